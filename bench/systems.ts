import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';

const ROOT = path.join(__dirname, '..');

/** A GraphQL server in its own process (as in production: the load generator never shares its event loop). */
export class ServerProcess {
  private proc: ChildProcess | undefined;
  private output = '';
  url = '';

  constructor(
    readonly label: string,
    private readonly script: string,
  ) {}

  async start(env: Record<string, string>): Promise<void> {
    this.proc = spawn(process.execPath, ['--import', 'tsx', this.script], {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'production', PORT: '0', LOG_LEVEL: 'silent', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${this.label} did not start:\n${this.output}`)), 120_000);
      const onData = (b: Buffer) => {
        this.output += b.toString();
        const m = /GraphQL at (http:\/\/[^\s]+\/graphql)/.exec(this.output);
        if (m) {
          this.url = (m[1] as string).replace('localhost', '127.0.0.1');
          clearTimeout(timer);
          resolve();
        }
      };
      this.proc?.stderr?.on('data', onData);
      this.proc?.stdout?.on('data', onData);
      this.proc?.on('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`${this.label} exited (${code}):\n${this.output}`));
      });
    });
  }

  async stop(): Promise<void> {
    const p = this.proc;
    if (!p || p.exitCode !== null) return;
    await new Promise<void>((r) => {
      p.once('exit', () => r());
      p.kill('SIGTERM');
      setTimeout(() => p.kill('SIGKILL'), 10_000).unref();
    });
  }
}

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
