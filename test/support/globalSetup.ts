import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Config } from '@jest/types';
import { LocalNeo4j } from '../../src/neo4jLocal/localNeo4j';

/** More databases than this would only compete for the same two cores. */
const MAX_DATABASES = 4;

/**
 * Starts one throwaway Neo4j per jest worker, in parallel: a free port and a temporary home folder each (never
 * the developer's .data/), stopped and deleted by globalTeardown. Each worker finds its own through
 * KG_TEST_BOLT_URIS and its JEST_WORKER_ID (see testBoltUri), so suites in different workers never share a graph.
 */
export default async function globalSetup(globalConfig: Config.GlobalConfig): Promise<void> {
  const count = Math.max(1, Math.min(MAX_DATABASES, globalConfig.maxWorkers || 1));
  const started = await Promise.allSettled(
    Array.from({ length: count }, async () => {
      const home = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-test-neo4j-'));
      const boltPort = await freePort();
      const server = new LocalNeo4j(
        { boltPort, homeDir: home, heap: '512m', pageCache: '64m', startTimeoutMs: 180_000 },
        (l) => process.stderr.write(`${l}\n`),
      );
      try {
        await server.start();
      } catch (e) {
        fs.rmSync(home, { recursive: true, force: true });
        throw e;
      }
      return { server, home };
    }),
  );
  const servers = started.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  const failed = started.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) {
    // One database did not come up: stop the others too, so no Neo4j outlives the run.
    await Promise.all(servers.map(async (s) => { await s.server.stop(); fs.rmSync(s.home, { recursive: true, force: true }); }));
    throw failed.reason;
  }
  process.env.KG_TEST_BOLT_URIS = servers.map((s) => s.server.boltUri).join(',');
  (globalThis as Record<string, unknown>).__KG_NEO4J__ = servers;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => resolve(typeof addr === 'object' && addr ? addr.port : 0));
    });
  });
}
