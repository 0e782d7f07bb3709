import fs from 'node:fs';
import type { LocalNeo4j } from '../../src/db/localNeo4j';

export default async function globalTeardown(): Promise<void> {
  const g = (globalThis as Record<string, unknown>).__KG_NEO4J__ as { server: LocalNeo4j; home: string } | undefined;
  if (!g) return;
  await g.server.stop();
  fs.rmSync(g.home, { recursive: true, force: true });
}
