/**
 * `npm run bench -- [--seconds 5] [--concurrency 4] [--out bench/results.md]`: for a fixed mix of researcher queries,
 * latency (p50/p95/p99) and throughput at fixed concurrency, after warm-up, of (1) this API over HTTP and (2) the
 * equivalent hand-written Cypher through neo4j-driver (the floor), over whatever graph the configured Neo4j holds
 * (the seed graph, or a corpus from `npm run bench:generate`). Prints a table with ours/raw ratios and writes it,
 * with the machine and the command, to the results file.
 *
 * Not yet: the third system (@neo4j/graphql), runs at several scales in one go, and the plot (issue 6).
 */
import fs from 'node:fs';
import os from 'node:os';
import neo4j from 'neo4j-driver';
import { runScript, startBenchApi } from './benchApi';
import { encodeCursor } from '../src/db/cursor';
import { typePattern, vocabulary } from '../src/db/labels';
import { luceneQuery } from '../src/db/searchRepository';

interface Case {
  name: string;
  graphql: string;
  cypher: string;
  params: Record<string, unknown>;
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** Runs `call` from `concurrency` loops for `seconds` after `warmup` calls; returns sorted latencies (ms). */
async function measure(call: () => Promise<void>, seconds: number, concurrency: number): Promise<{ lat: number[]; rps: number }> {
  for (let i = 0; i < 20; i++) await call();
  const lat: number[] = [];
  const end = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < end) {
        const t = process.hrtime.bigint();
        await call();
        lat.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
    }),
  );
  lat.sort((a, b) => a - b);
  return { lat, rps: lat.length / seconds };
}

async function main(): Promise<void> {
  const seconds = Number(arg('--seconds', '5'));
  const concurrency = Number(arg('--concurrency', '4'));
  const out = arg('--out', 'bench/results.md');
  const api = await startBenchApi();
  const ex = api.executor;
  const url = `${api.url}/graphql`;
  const types = vocabulary(null);
  try {
    const one = async (cypher: string, params: Record<string, unknown> = {}) => (await ex.read('bench-setup', (tx) => tx.run(cypher, params))).records[0];
    const size = await one("MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS rels");
    const hub = (await one('MATCH (n:Entity)-[r]-(:Entity) WHERE type(r) IN $types RETURN n.id AS id, count(r) AS d ORDER BY d DESC LIMIT 1', { types }))?.get('id') as string;
    const ordinary = 'kis';
    const doc = ((await one("MATCH (d:Entity:Document {origin: 'bench'}) RETURN d.id AS id LIMIT 1"))?.get('id') as string | undefined) ?? 'ek-vso-wi2021-monitoring-2024';
    const total = Number((await one('MATCH (n:Entity) RETURN count(n) AS c'))?.get('c'));
    const mid = await one('MATCH (n:Entity) WITH n ORDER BY n.sortName, n.id SKIP $skip LIMIT 1 RETURN n.sortName AS k, n.id AS id', { skip: neo4j.int(Math.floor(total / 2)) });
    const deepCursor = encodeCursor('NAME_ASC', mid?.get('k') as string, mid?.get('id') as string);
    const REL = `{id: r.id, type: type(r), from: a.id, to: b.id, evidence: r.evidenceQuotes}`;
    const T = typePattern(null);
    // The same answer as the API's neighbourhood (nodes with name and type, the relations among them), written by hand.
    const NEIGHBOURS = (depth: number) => `MATCH (s:Entity {id: $id})
      CALL (s) { MATCH (s)-[:${T}*1..${depth}]-(m:Entity) WHERE m <> s RETURN DISTINCT m LIMIT 99 }
      WITH s, collect(m) AS ms WITH [s] + ms AS nodes
      CALL (nodes) { UNWIND nodes AS a MATCH (a)-[r:${T}]->(b:Entity) WHERE b IN nodes WITH r, a, b LIMIT 400 RETURN collect({id: r.id, type: type(r), from: a.id, to: b.id}) AS rels }
      RETURN [n IN nodes | n {.id, .name, .type}] AS nodes, rels`;
    const cases: Case[] = [
      {
        name: 'entity by id with relations and evidence',
        graphql: `{ entity(id: "${ordinary}") { id name aliases relations(first: 100) { id type from { id name } to { id name } evidence { page quote document { id name } } } } }`,
        cypher: `MATCH (n:Entity {id: $id}) OPTIONAL CALL (n) { MATCH (n)-[r]-(m:Entity) WHERE type(r) IN $types WITH r LIMIT 100 WITH r, startNode(r) AS a, endNode(r) AS b RETURN collect(${REL}) AS rels } RETURN n {.id, .name, .aliases}, rels`,
        params: { id: ordinary, types },
      },
      {
        name: 'search over names',
        graphql: '{ search(text: "oekraiense", first: 10) { score snippet entity { id name } } }',
        cypher: "CALL db.index.fulltext.queryNodes('entity_search', $q, {limit: 10}) YIELD node, score RETURN node.id, node.name, score",
        params: { q: luceneQuery('oekraiense') },
      },
      {
        name: 'search over passages',
        graphql: '{ passageSearch(text: "participatie", first: 10) { page snippet document { id } } }',
        cypher: "CALL db.index.fulltext.queryNodes('passage_search', $q, {limit: 10}) YIELD node, score RETURN node.documentId, node.page, node.text, score",
        params: { q: luceneQuery('participatie') },
      },
      {
        name: `neighbourhood depth 1 of the hub (${hub})`,
        graphql: `{ neighbourhood(id: "${hub}", depth: 1, limit: 100) { truncated nodes { id name type } relations { id type from { id } to { id } } } }`,
        cypher: NEIGHBOURS(1),
        params: { id: hub, types },
      },
      {
        name: `neighbourhood depth 1 of an ordinary node (${ordinary})`,
        graphql: `{ neighbourhood(id: "${ordinary}", depth: 1, limit: 100) { truncated nodes { id name type } relations { id type from { id } to { id } } } }`,
        cypher: NEIGHBOURS(1),
        params: { id: ordinary, types },
      },
      {
        name: `neighbourhood depth 2 of the hub (${hub})`,
        graphql: `{ neighbourhood(id: "${hub}", depth: 2, limit: 100) { truncated nodes { id name type } relations { id type from { id } to { id } } } }`,
        cypher: NEIGHBOURS(2),
        params: { id: hub, types },
      },
      {
        name: 'shortestPath (kis → map)',
        graphql: '{ shortestPath(from: "kis", to: "map") { nodes { id } relations { id type } } }',
        cypher: 'MATCH (a:Entity {id: $a}), (b:Entity {id: $b}) MATCH p = shortestPath((a)-[*..6]-(b)) WHERE all(r IN relationships(p) WHERE type(r) IN $types) RETURN [n IN nodes(p) | n.id]',
        params: { a: 'kis', b: 'map', types },
      },
      {
        name: `a document's questions with answers (${doc})`,
        graphql: `{ document(id: "${doc}") { questions { number text answers { label text } } } }`,
        cypher: 'MATCH (q:Question {documentId: $id}) OPTIONAL MATCH (q)<-[:ANSWERS]-(a:Answer) WITH q, collect(a {.label, .text}) AS answers ORDER BY q.order RETURN q.number, q.text, answers',
        params: { id: doc },
      },
      {
        name: `paging deep into entities with totalCount (item ${Math.floor(total / 2)} of ${total})`,
        graphql: `{ entities(first: 20, after: "${deepCursor}") { totalCount nodes { id name } pageInfo { endCursor hasNextPage } } }`,
        cypher: 'MATCH (n:Entity) WHERE n.sortName > $k OR (n.sortName = $k AND n.id > $id) WITH n ORDER BY n.sortName, n.id LIMIT 21 RETURN n.id, n.name',
        params: { k: mid?.get('k'), id: mid?.get('id') },
      },
    ];
    const rows: string[] = [];
    for (const c of cases) {
      const ours = await measure(async () => {
        const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: c.graphql }) });
        const body = (await res.json()) as { errors?: unknown[] };
        if (body.errors) throw new Error(`${c.name}: ${JSON.stringify(body.errors)}`);
      }, seconds, concurrency);
      const raw = await measure(async () => {
        await ex.read('bench-raw', (tx) => tx.run(c.cypher, c.params));
      }, seconds, concurrency);
      const p = (l: number[], q: number) => percentile(l, q).toFixed(1);
      const row = `| ${c.name} | ${p(ours.lat, 50)} / ${p(ours.lat, 95)} / ${p(ours.lat, 99)} | ${ours.rps.toFixed(0)} | ${p(raw.lat, 50)} / ${p(raw.lat, 95)} / ${p(raw.lat, 99)} | ${raw.rps.toFixed(0)} | ${(percentile(ours.lat, 50) / Math.max(0.01, percentile(raw.lat, 50))).toFixed(2)} |`;
      rows.push(row);
      process.stdout.write(`${row}\n`);
    }
    const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}`;
    const text = [
      `# Benchmark results`,
      '',
      `Command: \`npm run bench -- --seconds ${seconds} --concurrency ${concurrency}\` on ${new Date().toISOString().slice(0, 10)}.`,
      `Machine: ${machine}; Neo4j, the API and the load loops share it.`,
      `Graph: ${size?.get('nodes')} nodes, ${size?.get('rels')} relationships.`,
      '',
      '| query | this API p50 / p95 / p99 ms | req/s | raw Cypher p50 / p95 / p99 ms | req/s | ours/raw p50 |',
      '|---|---|---|---|---|---|',
      ...rows,
      '',
    ].join('\n');
    fs.writeFileSync(out, text);
    process.stdout.write(`\nwritten to ${out}\n`);
  } finally {
    await api.close();
  }
}

runScript(main);
