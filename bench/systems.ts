import http from 'node:http';
import { ServerProcess } from '../scripts/serverProcess';

/** This project's API (the real start command, Neo4j given, seed already loaded). */
export const ourApi = () => new ServerProcess('this API', 'src/main.ts');
/** The API @neo4j/graphql generates over the same database. */
export const neo4jGraphqlApi = () => new ServerProcess('@neo4j/graphql', 'bench/neo4jGraphql/server.ts');

/**
 * A keep-alive HTTP client posting one GraphQL query: cheaper per request than fetch, so the client's own cost
 * stays small next to the server's. Rejects on a non-200 answer or GraphQL errors (a benchmark of errors is void).
 */
export function graphqlPoster(url: string, concurrency: number): { post(query: string): Promise<void>; close(): void } {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const target = new URL(url);
  return {
    post: (query) =>
      new Promise<void>((resolve, reject) => {
        const body = JSON.stringify({ query });
        const req = http.request(
          { host: target.hostname, port: target.port, path: target.pathname, method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => {
              const text = Buffer.concat(chunks).toString();
              if (res.statusCode !== 200 || text.includes('"errors"')) reject(new Error(`${url} answered ${res.statusCode}: ${text.slice(0, 400)}`));
              else resolve();
            });
            res.on('error', reject);
          },
        );
        req.on('error', reject);
        req.end(body);
      }),
    close: () => agent.destroy(),
  };
}
