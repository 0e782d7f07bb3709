/**
 * A synthetic but realistically shaped corpus of about N relationships on top of the seed graph: documents with
 * questions, answers and passages; mentions drawn from a power law over the entities (so hubs exist); citations
 * between documents; curated relations with evidence quoting a synthetic passage. Deterministic for a given seed.
 * Everything it writes carries `origin: 'bench'` or a `bench-doc-` id, so `resetCorpus` removes exactly it.
 */
import type { Executor } from '../src/db/executor';
import { SCHEMA_STATEMENTS } from '../src/db/schemaStatements';
import { RELATION_TYPES, relTypeToken } from '../src/db/labels';
import { groupBy } from '../src/util/groupBy';
import { neoInts } from '../src/util/neoInts';
import { seedDatabase } from '../src/seeding/seedPipeline';

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

export interface GenerateReport {
  nodes: number;
  rels: number;
  seconds: number;
}

/** Writes the corpus (after the seed graph and the schema); progress lines go to `log`. */
export async function generateCorpus(ex: Executor, scale: number, seed: number, log: (line: string) => void = () => undefined): Promise<GenerateReport> {
  const rand = rng(seed);
  await seedDatabase(ex);
  await ex.schema(SCHEMA_STATEMENTS);
  const entities = (await ex.read('ids', (tx) => tx.run("MATCH (n:Entity) WHERE n.origin = 'seed' RETURN n.id AS id ORDER BY n.id"))).records.map((r) => r.get('id') as string);
  const docs = Math.max(1, Math.round(scale / RELS_PER_DOCUMENT));
  const synth = Array.from({ length: Math.max(50, Math.round(docs / 4)) }, (_, i) => `synth-org-${i}`);
  const pool = [...entities, ...synth];
  log(`[generate] scale ${scale}: ${docs} documents, ${synth.length} synthetic entities, seed ${seed}`);
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
    // Each quotes the first passage of a synthetic document, as curated evidence quotes a page of a source.
    const curated = slice.flatMap((d) =>
      [0, 1].map(() => ({ from: pool[zipf(rand, pool.length)], to: pool[zipf(rand, pool.length)], type: RELATION_TYPES[Math.floor(rand() * RELATION_TYPES.length)] as string, doc: `bench-doc-${d}`, quote: `Synthetische passage 0 van verslag ${d}` })),
    );
    for (const [type, rows] of groupBy(curated, (c) => c.type)) {
      await write(
        `UNWIND $rows AS row MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to}) WITH a, b, row WHERE a <> b
         CREATE (a)-[:${relTypeToken(type)} {id: row.from + '--${type}-bench-->' + row.to, origin: 'bench', evidenceDocumentIds: [row.doc], evidencePages: [1], evidenceQuotes: [row.quote]}]->(b)`,
        rows,
      );
    }
    log(`[generate] ${Math.min(docs, d0 + 500)}/${docs} documents, ${rels} relationships`);
  }
  const secs = (Date.now() - started) / 1000;
  return { nodes, rels, seconds: secs };
}

/** Removes a corpus written by generateCorpus (in batches, so a million relationships fit a small heap). */
export async function resetCorpus(ex: Executor): Promise<void> {
  const session = ex.driver.session({ database: ex.database });
  try {
    // CALL IN TRANSACTIONS needs an implicit transaction: the executor's managed transactions cannot run it.
    await session.run(`MATCH ()-[r]->() WHERE r.origin = 'bench' CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS`);
    await session.run(
      `MATCH (n) WHERE n.origin = 'bench' OR n.documentId STARTS WITH 'bench-doc-'
       CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS`,
    );
  } finally {
    await session.close();
  }
}
