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
  const servers = await Promise.all(
    Array.from({ length: count }, async () => {
      const home = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-test-neo4j-'));
      const boltPort = await freePort();
      const server = new LocalNeo4j(
        { boltPort, homeDir: home, heap: '512m', pageCache: '64m', startTimeoutMs: 180_000 },
        (l) => process.stderr.write(`${l}\n`),
      );
      await server.start();
      return { server, home };
    }),
  );
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
