import fs from 'node:fs';
import type { LocalNeo4j } from '../../src/neo4jLocal/localNeo4j';

export default async function globalTeardown(): Promise<void> {
  const servers = (globalThis as Record<string, unknown>).__KG_NEO4J__ as { server: LocalNeo4j; home: string }[] | undefined;
  await Promise.all(
    (servers ?? []).map(async (s) => {
      await s.server.stop();
      fs.rmSync(s.home, { recursive: true, force: true });
    }),
  );
}
