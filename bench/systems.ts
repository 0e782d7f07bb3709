import http from 'node:http';
import { ServerProcess } from '../scripts/serverProcess';

/** This project's API (the real start command, Neo4j given, seed already loaded). */
export const ourApi = () => new ServerProcess('this API', 'src/main.ts');
/** The API @neo4j/graphql generates over the same database. */
export const neo4jGraphqlApi = () => new ServerProcess('@neo4j/graphql', 'bench/neo4jGraphql/server.ts');
/** The hand-written Cypher behind a bare Node HTTP server (no GraphQL): the floor with HTTP and JSON. */
export const bareHttpApi = () => new ServerProcess('bare HTTP', 'bench/bareHttp/server.ts');

/** POSTs the parameters of a case to the bare HTTP server; rejects on a non-200 answer. */
export function barePoster(
  origin: string,
  concurrency: number,
): { post(key: string, params: Record<string, unknown>): Promise<void>; close(): void } {
  const p = jsonPoster(origin, concurrency, (status) => status !== 200);
  return { post: (key, params) => p.post(`/q/${key}`, JSON.stringify(params)), close: () => p.close() };
}

/**
 * A keep-alive HTTP client posting one GraphQL query: cheaper per request than fetch, so the client's own cost
 * stays small next to the server's. Rejects on a non-200 answer or GraphQL errors (a benchmark of errors is void).
 */
export function graphqlPoster(url: string, concurrency: number): { post(query: string): Promise<void>; close(): void } {
  const target = new URL(url);
  const p = jsonPoster(target.origin, concurrency, (status, text) => status !== 200 || text.includes('"errors"'));
  return { post: (query) => p.post(target.pathname, JSON.stringify({ query })), close: () => p.close() };
}

function jsonPoster(
  origin: string,
  concurrency: number,
  failed: (status: number | undefined, text: string) => boolean,
): { post(path: string, body: string): Promise<void>; close(): void } {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const target = new URL(origin);
  const url = origin;
  return {
    post: (path, body) =>
      new Promise<void>((resolve, reject) => {
        const req = http.request(
          {
            host: target.hostname,
            port: target.port,
            path,
            method: 'POST',
            agent,
            headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => {
              const text = Buffer.concat(chunks).toString();
              if (failed(res.statusCode, text))
                reject(new Error(`${url}${path} answered ${res.statusCode}: ${text.slice(0, 400)}`));
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
