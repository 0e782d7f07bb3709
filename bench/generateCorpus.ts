/**
 * `npm run bench:generate -- --scale N [--seed S] [--reset]`: writes the synthetic corpus of bench/corpus.ts (about
 * N relationships) into the configured Neo4j (the local one unless NEO4J_URI is set) and prints the load
 * throughput (nodes/s, relationships/s). `--reset` first removes a corpus written before.
 */
import { loadConfig } from '../src/config';
import { connectNeo4j } from '../src/neo4jConnection';
import { runScript } from './benchApi';
import { generateCorpus, resetCorpus } from './corpus';

function args(): { scale: number; seed: number } {
  const a = process.argv.slice(2);
  const get = (k: string) => {
    const i = a.indexOf(k);
    return i >= 0 ? a[i + 1] : undefined;
  };
  const scale = Number(get('--scale') ?? 10_000);
  const seed = Number(get('--seed') ?? 42);
  if (!Number.isInteger(scale) || scale < 1000 || scale > 20_000_000)
    throw new Error('--scale must be an integer between 1000 and 20000000 (relationships)');
  if (!Number.isInteger(seed)) throw new Error('--seed must be an integer');
  return { scale, seed };
}

async function main(): Promise<void> {
  const { scale, seed } = args();
  const conn = await connectNeo4j(loadConfig(), (l) => process.stderr.write(`${l}\n`));
  try {
    if (process.argv.includes('--reset')) await resetCorpus(conn.executor);
    const r = await generateCorpus(conn.executor, scale, seed, (l) => process.stderr.write(`${l}\n`));
    process.stdout.write(
      `generated ${r.nodes} nodes and ${r.rels} relationships in ${r.seconds.toFixed(1)} s: ${(r.nodes / r.seconds).toFixed(0)} nodes/s, ${(r.rels / r.seconds).toFixed(0)} relationships/s\n`,
    );
  } finally {
    await conn.close();
  }
}

runScript(main);
