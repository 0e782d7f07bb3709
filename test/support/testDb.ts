import { createHash } from 'node:crypto';
import { Executor } from '../../src/db/executor';
import { SEED_DIR, seedDatabase } from '../../src/seeding/seedPipeline';
import { testBoltUri } from './testBoltUri';
import type { SeedSet } from '../../src/domain/seedSet';
import { validateSeeds } from '../../src/seeding/validateSeeds';

/** An executor on this worker's throwaway Neo4j (started by globalSetup). */
export function testExecutor(readTimeoutMs = 10_000): Executor {
  return new Executor(testBoltUri(), { username: undefined, password: undefined, database: 'neo4j', readTimeoutMs });
}

let cachedSeeds: SeedSet | undefined;
/** The project's real seed set, validated once per worker. */
export function seedSet(): SeedSet {
  cachedSeeds ??= validateSeeds(SEED_DIR);
  return cachedSeeds;
}

/** Empties the database and loads the seed graph the way the start command does (curated graph + seed documents). */
export async function resetAndSeed(executor: Executor): Promise<void> {
  await clearDatabase(executor);
  await seedDatabase(executor, SEED_DIR, { force: true });
}

export async function clearDatabase(executor: Executor): Promise<void> {
  await executor.write('clear', (tx) => tx.run('MATCH (n) DETACH DELETE n'));
}

/**
 * A fingerprint of the whole graph: every node's labels and properties and every relationship's type, ends and
 * properties, sorted. Equal fingerprints mean equal graphs (used for "unchanged" and "idempotent" assertions).
 */
export async function graphFingerprint(executor: Executor): Promise<{ nodes: number; relationships: number; hash: string }> {
  const res = await executor.read('fingerprint', (tx) =>
    tx.run(`
      CALL () { MATCH (n) WITH n ORDER BY coalesce(n.id, '') RETURN collect([labels(n), properties(n)]) AS nodes }
      CALL () { MATCH (a)-[r]->(b) WITH a, r, b ORDER BY coalesce(r.id, '') RETURN collect([type(r), a.id, b.id, properties(r)]) AS rels }
      RETURN nodes, rels`),
  );
  const row = res.records[0];
  const nodes = (row?.get('nodes') ?? []) as unknown[];
  const rels = (row?.get('rels') ?? []) as unknown[];
  const hash = createHash('sha256')
    .update(JSON.stringify(nodes.map(stable).sort()))
    .update(JSON.stringify(rels.map(stable).sort()))
    .digest('hex');
  return { nodes: nodes.length, relationships: rels.length, hash };
}

function stable(v: unknown): string {
  return JSON.stringify(v, (_k, val) =>
    val && typeof val === 'object' && !Array.isArray(val) ? Object.fromEntries(Object.entries(val).sort(([a], [b]) => a.localeCompare(b))) : val,
  );
}
