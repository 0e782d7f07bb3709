import type { AddressInfo } from 'node:net';
import { loadConfig } from '../src/config';
import type { Executor } from '../src/db/executor';
import { seedDatabase } from '../src/seeding/seedPipeline';
import { createLogger } from '../src/logger';
import { connectNeo4j } from '../src/neo4jConnection';
import { createServer } from '../src/server';

/**
 * The API on a free loopback port over the configured Neo4j (started locally unless NEO4J_URI is set), seed graph
 * loaded, for the load and benchmark scripts. `close` stops the server, the driver and the local Neo4j.
 */
export async function startBenchApi(): Promise<{ url: string; executor: Executor; close(): Promise<void> }> {
  const conn = await connectNeo4j(loadConfig(), (l) => process.stderr.write(`${l}\n`));
  await seedDatabase(conn.executor);
  const server = await createServer({ executor: conn.executor, logger: createLogger('silent') });
  await new Promise<void>((r) => server.httpServer.listen(0, '127.0.0.1', () => r()));
  return {
    url: `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`,
    executor: conn.executor,
    async close() {
      await server.stop();
      await conn.close();
    },
  };
}

/** Entry point wrapper: message and exit 1 on failure. */
export function runScript(main: () => Promise<void>): void {
  main().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
