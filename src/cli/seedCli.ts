/**
 * `npm run seed [-- --check | --force]`: validates the seed folder and loads it (the same pipeline the start
 * command uses). --check only validates and prints counts, touching no database; --force writes even when the
 * graph already holds this seed version.
 */
import { ConfigError, loadConfig } from '../config';
import { formatIngestSummary } from '../ingest/formatIngestSummary';
import { connectNeo4j } from '../neo4jConnection';
import { SEED_DIR, seedDatabase } from '../seeding/seedPipeline';
import { validateSeeds } from '../seeding/validateSeeds';

async function run(): Promise<void> {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => a !== '--check' && a !== '--force');
  if (unknown.length) throw new Error(`unknown argument(s): ${unknown.join(' ')} (usage: npm run seed [-- --check | --force])`);
  if (args.includes('--check')) {
    const set = validateSeeds(SEED_DIR);
    const evidence = set.relations.reduce((n, r) => n + r.evidence.length, 0);
    process.stdout.write(`seed set ${set.version} is valid: ${set.entities.length} entities, ${set.relations.length} relations, ${evidence} evidence quotes checked\n`);
    return;
  }
  const conn = await connectNeo4j(loadConfig(), (l) => process.stderr.write(`${l}\n`));
  try {
    const r = await seedDatabase(conn.executor, SEED_DIR, { force: args.includes('--force') });
    process.stdout.write(`${JSON.stringify(r.load, null, 2)}\n`);
    for (const d of r.documents) process.stdout.write(formatIngestSummary(d));
  } finally {
    await conn.close();
  }
}

run().catch((e: unknown) => {
  process.stderr.write(`${e instanceof ConfigError || e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
