/**
 * `npm run bench:generate -- --scale N [--seed S]`: a synthetic but realistically shaped corpus of about N
 * relationships, written into the configured Neo4j (the local one unless NEO4J_URI is set) on top of the seed
 * graph: documents with parts, questions, answers and passages; mentions drawn from a power law over the
 * entities (so hubs exist); citations between documents; curated relations with evidence. Deterministic for a
 * given seed. Prints load throughput (nodes/s, relationships/s). A start for the benchmark of issue 6: the
 * benchmark itself (three systems side by side) is not written yet.
 */
import { loadConfig } from '../src/config';
import { runScript } from './benchApi';
import { SCHEMA_STATEMENTS } from '../src/db/schemaStatements';
import { RELATION_TYPES, relTypeToken } from '../src/db/labels';
import { groupBy } from '../src/util/groupBy';
import { neoInts } from '../src/util/neoInts';
import { seedDatabase } from '../src/knowledge/seedPipeline';
import { connectNeo4j } from '../src/neo4jConnection';

/** Rows per UNWIND statement: large enough to amortise round trips, small enough for a 512 MB heap. */
const BATCH = 10_000;
/** Relationships one synthetic document brings (passages, mentions, Q&A, citations): used to size the corpus. */
const RELS_PER_DOCUMENT = 40 + 120 + 10 + 10 + 10 + 10 + 3 + 2;

/** mulberry32: a tiny deterministic PRNG, so the same seed gives the same corpus. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Index drawn from a Zipf-like power law over 0..n-1: index 0 is a hub. */
function zipf(rand: () => number, n: number, s = 1.1): number {
  return Math.min(n - 1, Math.floor(Math.pow(rand(), s * 3) * n));
}

function args(): { scale: number; seed: number } {
  const a = process.argv.slice(2);
  const get = (k: string) => {
    const i = a.indexOf(k);
    return i >= 0 ? a[i + 1] : undefined;
  };
  const scale = Number(get('--scale') ?? 10_000);
  const seed = Number(get('--seed') ?? 42);
  if (!Number.isInteger(scale) || scale < 1000 || scale > 20_000_000) throw new Error('--scale must be an integer between 1000 and 20000000 (relationships)');
  if (!Number.isInteger(seed)) throw new Error('--seed must be an integer');
  return { scale, seed };
}

async function main(): Promise<void> {
  const { scale, seed } = args();
  const rand = rng(seed);
  const conn = await connectNeo4j(loadConfig(), (l) => process.stderr.write(`${l}\n`));
  const ex = conn.executor;
  try {
    await seedDatabase(ex);
    await ex.schema(SCHEMA_STATEMENTS);
    const entities = (await ex.read('ids', (tx) => tx.run("MATCH (n:Entity) WHERE n.origin = 'seed' RETURN n.id AS id ORDER BY n.id"))).records.map((r) => r.get('id') as string);
    const docs = Math.max(1, Math.round(scale / RELS_PER_DOCUMENT));
    const synth = Array.from({ length: Math.max(50, Math.round(docs / 4)) }, (_, i) => `synth-org-${i}`);
    const pool = [...entities, ...synth];
    process.stderr.write(`[generate] scale ${scale}: ${docs} documents, ${synth.length} synthetic entities, seed ${seed}\n`);
    let nodes = 0;
    let rels = 0;
    const started = Date.now();
    const write = async (cypher: string, rows: unknown[]) => {
      for (let i = 0; i < rows.length; i += BATCH) {
        const res = await ex.write('generate', (tx) => tx.run(cypher, { rows: rows.slice(i, i + BATCH) }));
        const u = res.summary.counters.updates();
        nodes += u.nodesCreated;
        rels += u.relationshipsCreated;
      }
    };
    await write(
      `UNWIND $rows AS row MERGE (n:Entity {id: row.id}) ON CREATE SET n:Organisation, n += row.props`,
      synth.map((id, i) => ({ id, props: { id, type: 'ORGANISATION', origin: 'bench', name: `Synthetische organisatie ${i}`, aliases: [], description: 'Synthetic organisation for the benchmark.', sortName: `synthetische organisatie ${i}`, searchKeys: [], searchText: `synthetische organisatie ${i}`, identifiers: [] } })),
    );
    for (let d0 = 0; d0 < docs; d0 += 500) {
      const slice = Array.from({ length: Math.min(500, docs - d0) }, (_, k) => d0 + k);
      const docRows = slice.map((d) => ({ id: `bench-doc-${d}`, name: `Synthetisch verslag ${d}` }));
      await write(
        `UNWIND $rows AS row CREATE (n:Entity:Document {id: row.id, type: 'DOCUMENT', origin: 'bench', name: row.name, aliases: [], description: 'Synthetic document.', sortName: toLower(row.name), searchKeys: [], searchText: toLower(row.name), identifiers: [], hasText: false})`,
        docRows,
      );
      const passages: unknown[] = [];
      const mentions: unknown[] = [];
      const qa: unknown[] = [];
      const cites: unknown[] = [];
      for (const d of slice) {
        for (let p = 0; p < 40; p++) passages.push({ doc: `bench-doc-${d}`, id: `bench-doc-${d}/passage/${p}`, order: p, page: 1 + Math.floor(p / 4), text: `Synthetische passage ${p} van verslag ${d} over inburgering en participatie.` });
        for (let m = 0; m < 120; m++) mentions.push({ passage: `bench-doc-${d}/passage/${m % 40}`, entity: pool[zipf(rand, pool.length)], start: m * 7, end: m * 7 + 5 });
        for (let q = 0; q < 10; q++) qa.push({ doc: `bench-doc-${d}`, q: `bench-doc-${d}/question/${q}`, a: `bench-doc-${d}/answer/${q}`, number: q + 1, faction: entities.filter((e) => e.startsWith('fractie-'))[q % 4] });
        for (let c = 0; c < 3; c++) cites.push({ passage: `bench-doc-${d}/passage/${c}`, target: `bench-doc-${zipf(rand, Math.max(1, d0 + slice.length))}` });
      }
      await write(
        `UNWIND $rows AS row MATCH (d:Entity {id: row.doc})
         CREATE (p:Passage {id: row.id, documentId: row.doc, order: row.order, page: row.page, kind: 'PARAGRAPH', start: 0, end: 0, text: row.text, normText: row.text})
         CREATE (d)-[:HAS_PASSAGE]->(p)`,
        neoInts(passages),
      );
      await write(`UNWIND $rows AS row MATCH (p:Passage {id: row.passage}) MATCH (e:Entity {id: row.entity}) CREATE (p)-[:MENTIONS {matched: e.name, start: row.start, end: row.end}]->(e)`, neoInts(mentions));
      await write(
        `UNWIND $rows AS row MATCH (d:Entity {id: row.doc}) OPTIONAL MATCH (f:Entity {id: row.faction})
         CREATE (q:Question {id: row.q, documentId: row.doc, faction: row.faction, number: row.number, text: 'Synthetische vraag', page: 1, start: 0, end: 0, order: row.number})
         CREATE (a:Answer {id: row.a, documentId: row.doc, faction: row.faction, numbers: [row.number], label: 'Antwoord', text: 'Synthetisch antwoord', page: 2, start: 0, end: 0, order: row.number})
         CREATE (d)-[:HAS_QUESTION]->(q) CREATE (d)-[:HAS_ANSWER]->(a) CREATE (a)-[:ANSWERS]->(q)
         FOREACH (_ IN CASE WHEN f IS NULL THEN [] ELSE [1] END | CREATE (q)-[:ASKED_BY]->(f))`,
        neoInts(qa),
      );
      await write(`UNWIND $rows AS row MATCH (p:Passage {id: row.passage}) MATCH (t:Entity {id: row.target}) CREATE (p)-[:CITATION {kind: 'KAMERSTUK', identifier: row.target, identifierKey: row.target, text: row.target, start: 0, end: 0}]->(t)`, cites);
      // Curated-style relations with evidence between hub-skewed entities.
      const curated = slice.flatMap(() => [0, 1].map(() => ({ from: pool[zipf(rand, pool.length)], to: pool[zipf(rand, pool.length)], type: RELATION_TYPES[Math.floor(rand() * RELATION_TYPES.length)] as string })));
      for (const [type, rows] of groupBy(curated, (c) => c.type)) {
        await write(
          `UNWIND $rows AS row MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to}) WITH a, b, row WHERE a <> b
           CREATE (a)-[:${relTypeToken(type)} {id: row.from + '--${type}-bench-->' + row.to, origin: 'bench', evidenceDocumentIds: [], evidencePages: [], evidenceQuotes: []}]->(b)`,
          rows,
        );
      }
      process.stderr.write(`[generate] ${Math.min(docs, d0 + 500)}/${docs} documents, ${rels} relationships\n`);
    }
    const secs = (Date.now() - started) / 1000;
    process.stdout.write(`generated ${nodes} nodes and ${rels} relationships in ${secs.toFixed(1)} s: ${(nodes / secs).toFixed(0)} nodes/s, ${(rels / secs).toFixed(0)} relationships/s\n`);
  } finally {
    await conn.close();
  }
}

runScript(main);
