import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { LocalNeo4j } from '../../src/db/localNeo4j';

/**
 * Starts one throwaway Neo4j for the whole run: a free port, a temporary home folder (never the developer's
 * .data/), stopped and deleted by globalTeardown. Workers find it through KG_TEST_BOLT_URI.
 */
export default async function globalSetup(): Promise<void> {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-test-neo4j-'));
  const boltPort = await freePort();
  const server = new LocalNeo4j(
    { boltPort, homeDir: home, heap: '512m', pageCache: '64m', startTimeoutMs: 180_000 },
    (l) => process.stderr.write(`${l}\n`),
  );
  await server.start();
  process.env.KG_TEST_BOLT_URI = server.boltUri;
  (globalThis as Record<string, unknown>).__KG_NEO4J__ = { server, home };
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
