/**
 * The fourth system of the benchmark: the hand-written Cypher of each query (bench/cases.ts CASE_CYPHER) behind a
 * bare Node HTTP server in its own process: `POST /q/<case key>` (and `POST /q/typename`, no database) with the parameters as a JSON body, one read
 * transaction through neo4j-driver, the records as JSON. No framework, no GraphQL: what is left is HTTP, JSON and the
 * driver, so "this API / bare HTTP" is the cost of the GraphQL layer itself. Keep-alive is Node's default.
 * Prints "Bare HTTP at <url>/" when listening; reads NEO4J_URI / NEO4J_USERNAME / NEO4J_PASSWORD / NEO4J_DATABASE.
 */
import http from 'node:http';
import neo4j from 'neo4j-driver';
import { CASE_CYPHER } from '../cases';

/** The same pool size and read timeout as the API's executor, so the two differ only above the driver. */
const POOL = 50;
const READ_TIMEOUT_MS = 10_000;
const TYPENAME = '{"data":{"__typename":"Query"}}';

async function main(): Promise<void> {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('NEO4J_URI is required');
  const user = process.env.NEO4J_USERNAME;
  const password = process.env.NEO4J_PASSWORD;
  const driver = neo4j.driver(uri, user && password ? neo4j.auth.basic(user, password) : undefined, {
    maxConnectionPoolSize: POOL,
    disableLosslessIntegers: true,
  });
  const database = process.env.NEO4J_DATABASE ?? 'neo4j';
  const cypher: Record<string, string> = CASE_CYPHER;
  const server = http.createServer((req, res) => {
    const key = req.url?.startsWith('/q/') ? req.url.slice(3) : '';
    if (key === 'typename') {
      // The floor of an HTTP request in Node: the counterpart of `{ __typename }`, no database.
      req
        .resume()
        .on('end', () =>
          res
            .writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(TYPENAME) })
            .end(TYPENAME),
        );
      return;
    }
    const statement = Object.hasOwn(cypher, key) ? cypher[key] : undefined;
    if (req.method !== 'POST' || !statement) {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"POST /q/<case key>"}');
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
        try {
          const params = JSON.parse(Buffer.concat(chunks).toString() || '{}') as Record<string, unknown>;
          const result = await session.executeRead((tx) => tx.run(statement, params), { timeout: READ_TIMEOUT_MS });
          const body = JSON.stringify({ rows: result.records.map((r) => r.toObject()) });
          res
            .writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) })
            .end(body);
        } catch (e) {
          const body = JSON.stringify({ error: e instanceof Error ? e.message : String(e) });
          res.writeHead(500, { 'content-type': 'application/json' }).end(body);
        } finally {
          await session.close();
        }
      })();
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((r) => server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => r()));
  const addr = server.address();
  process.stderr.write(`Bare HTTP at http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/\n`);
  const stop = () => void new Promise((r) => server.close(r)).then(() => driver.close()).then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
