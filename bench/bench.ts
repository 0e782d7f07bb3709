/**
 * `npm run bench -- [--scales seed,100000,1000000] [--seconds 5] [--concurrency 4] [--seed 42]`: for a fixed mix
 * of researcher queries (bench/cases.ts), latency (p50/p95/p99) and throughput at fixed concurrency, after
 * warm-up, of three systems over the same Neo4j in one run:
 *   1. this API (the real start command, in its own process),
 *   2. the API @neo4j/graphql generates over the same data (bench/neo4jGraphql, in its own process),
 *   3. the same queries as hand-written Cypher through neo4j-driver (the floor).
 * With --scales, the synthetic corpus (bench/corpus.ts) is regenerated at each size ("seed" = the seed graph
 * alone; "current" = whatever the database holds, the default). Writes bench/results.md (tables, ratios,
 * growth, load throughput, machine, command), bench/results.json and the plot bench/latency-vs-size.svg.
 */
import fs from 'node:fs';
import os from 'node:os';
import { spawnSync } from 'node:child_process';
import { loadConfig } from '../src/config';
import { seedDatabase } from '../src/seeding/seedPipeline';
import { connectNeo4j } from '../src/neo4jConnection';
import { runScript } from './benchApi';
import { benchCases } from './cases';
import { generateCorpus, resetCorpus, type GenerateReport } from './corpus';
import { graphqlPoster, neo4jGraphqlApi, ourApi } from './systems';

export type SystemKey = 'ours' | 'neo4jGraphql' | 'raw';
export const SYSTEM_LABEL: Record<SystemKey, string> = { ours: 'this API', neo4jGraphql: '@neo4j/graphql', raw: 'raw Cypher' };

export interface Measured {
  /** Set when the system failed the query (the measurement stops at the first failure). */
  error?: string;
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  n: number;
}

export interface ScaleResult {
  scale: string;
  nodes: number;
  rels: number;
  load: GenerateReport | null;
  queries: { key: string; name: string; notExpressible?: string; results: Partial<Record<SystemKey, Measured>> }[];
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/** Runs `call` from `concurrency` loops for `seconds` after a warm-up of at least 30 calls and 1 s (JIT, plan cache, page cache). */
async function measure(call: () => Promise<unknown>, seconds: number, concurrency: number): Promise<Measured> {
  const warmEnd = Date.now() + 1000;
  for (let i = 0; i < 30 || Date.now() < warmEnd; i++) await call();
  const lat: number[] = [];
  const end = Date.now() + seconds * 1000;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < end) {
        const t = process.hrtime.bigint();
        await call();
        lat.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
    }),
  );
  const elapsed = (Date.now() - started) / 1000;
  lat.sort((a, b) => a - b);
  return { p50: percentile(lat, 50), p95: percentile(lat, 95), p99: percentile(lat, 99), rps: lat.length / elapsed, n: lat.length };
}

/** A system that fails a query (an error answer, a database limit) is reported as failing, not allowed to end the run. */
async function measureOrFail(call: () => Promise<unknown>, seconds: number, concurrency: number): Promise<Measured> {
  try {
    return await measure(call, seconds, concurrency);
  } catch (e) {
    const message = (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ');
    const reason = /"message":"([^"]{0,160})/.exec(message)?.[1] ?? message.slice(0, 160);
    return { error: reason, p50: NaN, p95: NaN, p99: NaN, rps: 0, n: 0 };
  }
}

function parseScales(text: string): string[] {
  const scales = text.split(',').map((s) => s.trim()).filter(Boolean);
  for (const s of scales) {
    if (s !== 'current' && s !== 'seed' && !(Number.isInteger(Number(s)) && Number(s) >= 1000 && Number(s) <= 20_000_000)) {
      throw new Error(`--scales: "${s}" is not "current", "seed" or a number of relationships between 1000 and 20000000`);
    }
  }
  return scales;
}

async function main(): Promise<void> {
  const scales = parseScales(arg('--scales', 'current'));
  const seconds = Number(arg('--seconds', '5'));
  const concurrency = Number(arg('--concurrency', '4'));
  const seed = Number(arg('--seed', '42'));
  if (!(seconds > 0 && seconds <= 3600)) throw new Error('--seconds must be a number of seconds between 0 and 3600');
  if (!(Number.isInteger(concurrency) && concurrency >= 1 && concurrency <= 256)) throw new Error('--concurrency must be an integer between 1 and 256');
  if (!Number.isInteger(seed)) throw new Error('--seed must be an integer');
  const outMd = arg('--out', 'bench/results.md');
  const outJson = outMd.replace(/\.md$/, '') + '.json';
  const outSvg = arg('--plot', 'bench/latency-vs-size.svg');
  const config = loadConfig();
  const log = (l: string) => process.stderr.write(`${l}\n`);
  const conn = await connectNeo4j(config, log);
  const ex = conn.executor;
  const uri = config.neo4j.uri ?? conn.local?.boltUri;
  if (!uri) throw new Error('no Neo4j URI');
  const env = { NEO4J_URI: uri, NEO4J_DATABASE: config.neo4j.database, SEED_ON_START: 'false', NODE_ENV: 'production' };
  const servers = [ourApi(), neo4jGraphqlApi()];
  const results: ScaleResult[] = [];
  try {
    await seedDatabase(ex);
    await Promise.all(servers.map((s) => s.start(env)));
    const [ours, ng] = servers.map((s) => graphqlPoster(`${s.url}/graphql`, concurrency)) as [ReturnType<typeof graphqlPoster>, ReturnType<typeof graphqlPoster>];
    for (const scale of scales) {
      let load: GenerateReport | null = null;
      if (scale !== 'current') {
        log(`[bench] scale ${scale}: removing the previous corpus`);
        await resetCorpus(ex);
        if (scale !== 'seed') load = await generateCorpus(ex, Number(scale), seed, log);
        if (load) log(`[bench] loaded ${load.rels} relationships in ${load.seconds.toFixed(1)} s (${(load.rels / load.seconds).toFixed(0)}/s)`);
      }
      const { cases, nodes, rels } = await benchCases(ex);
      log(`[bench] scale ${scale}: ${nodes} nodes, ${rels} relationships`);
      const sr: ScaleResult = { scale, nodes, rels, load, queries: [] };
      for (const c of cases) {
        const r: Partial<Record<SystemKey, Measured>> = {};
        r.ours = await measureOrFail(() => ours.post(c.graphql), seconds, concurrency);
        if (c.neo4jGraphql) r.neo4jGraphql = await measureOrFail(() => ng.post(c.neo4jGraphql as string), seconds, concurrency);
        r.raw = await measureOrFail(() => ex.read('bench-raw', (tx) => tx.run(c.cypher, c.params)), seconds, concurrency);
        sr.queries.push({ key: c.key, name: c.name, notExpressible: c.notExpressible, results: r });
        const f = (m?: Measured) => (m ? (m.error ? 'failed' : `${m.p50.toFixed(1)} ms`) : 'n/a');
        log(`[bench] ${c.name}: ours ${f(r.ours)}, @neo4j/graphql ${f(r.neo4jGraphql)}, raw ${f(r.raw)}`);
      }
      results.push(sr);
    }
    ours.close();
    ng.close();
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await conn.close();
  }
  const command = `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim();
  fs.writeFileSync(outJson, `${JSON.stringify({ command, date: new Date().toISOString(), machine: machine(), seconds, concurrency, results }, null, 2)}\n`);
  fs.writeFileSync(outMd, report(command, seconds, concurrency, results));
  const plot = spawnSync(process.execPath, ['--import', 'tsx', 'bench/plot.mts', outJson, outSvg], { stdio: 'inherit' });
  if (plot.status !== 0) throw new Error('the plot failed');
  process.stdout.write(`${fs.readFileSync(outMd, 'utf8')}\nwritten: ${outMd}, ${outJson}, ${outSvg}\n`);
}

function machine(): string {
  return `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}`;
}

const ms = (m?: Measured) => (m ? (m.error ? `failed: ${m.error.replace(/\|/g, '/')}` : `${m.p50.toFixed(1)} / ${m.p95.toFixed(1)} / ${m.p99.toFixed(1)}`) : 'n/a');
const rps = (m?: Measured) => (m && !m.error ? m.rps.toFixed(0) : '');
const ratio = (a?: Measured, b?: Measured) => (a && b && !a.error && !b.error ? (a.p50 / Math.max(0.01, b.p50)).toFixed(2) : '—');

function report(command: string, seconds: number, concurrency: number, results: ScaleResult[]): string {
  const lines = [
    '# Benchmark results',
    '',
    `Command: \`${command}\` on ${new Date().toISOString().slice(0, 10)}; ${seconds} s per query and system at concurrency ${concurrency}, after a warm-up of at least 30 calls and 1 s.`,
    `Machine: ${machine()}. Neo4j, both GraphQL servers (each in its own process) and the load generator share it.`,
    'Latencies in ms, measured by the load generator (for the APIs: the whole HTTP request).',
    '',
  ];
  for (const s of results) {
    lines.push(`## ${s.scale === 'seed' ? 'Seed graph' : s.scale === 'current' ? 'Current graph' : `Corpus of ${Number(s.scale).toLocaleString('en')} relationships`}: ${s.nodes} nodes, ${s.rels} relationships`, '');
    if (s.load) lines.push(`Loaded ${s.load.nodes} nodes and ${s.load.rels} relationships in ${s.load.seconds.toFixed(1)} s: ${(s.load.nodes / s.load.seconds).toFixed(0)} nodes/s, ${(s.load.rels / s.load.seconds).toFixed(0)} relationships/s.`, '');
    lines.push(
      '| query | this API p50 / p95 / p99 | req/s | @neo4j/graphql p50 / p95 / p99 | req/s | raw Cypher p50 / p95 / p99 | req/s | ours / @neo4j/graphql | ours / raw |',
      '|---|---|---|---|---|---|---|---|---|',
    );
    for (const q of s.queries) {
      const r = q.results;
      lines.push(`| ${q.name} | ${ms(r.ours)} | ${rps(r.ours)} | ${r.neo4jGraphql ? ms(r.neo4jGraphql) : `n/a (${q.notExpressible ?? 'not run'})`} | ${rps(r.neo4jGraphql)} | ${ms(r.raw)} | ${rps(r.raw)} | ${ratio(r.ours, r.neo4jGraphql)} | ${ratio(r.ours, r.raw)} |`);
    }
    lines.push('');
  }
  if (results.length > 1) {
    const first = results[0] as ScaleResult;
    const last = results[results.length - 1] as ScaleResult;
    lines.push(
      `## Growth: p50 at ${last.rels} relationships over p50 at ${first.rels}`,
      '',
      'The hub (most curated relations) and the ordinary node (median degree) are chosen at each scale; names are those of the largest.',
      '',
      '| query | this API | @neo4j/graphql | raw Cypher |',
      '|---|---|---|---|',
    );
    for (const q of last.queries) {
      const base = first.queries.find((b) => b.key === q.key)?.results;
      const g = (k: SystemKey) => {
        const a = base?.[k];
        const b = q.results[k];
        return a && b && !a.error && !b.error ? `${(b.p50 / Math.max(0.01, a.p50)).toFixed(2)}×` : 'n/a';
      };
      lines.push(`| ${q.name} | ${g('ours')} | ${g('neo4jGraphql')} | ${g('raw')} |`);
    }
    lines.push('');
  }
  lines.push('Plot: [latency-vs-size.svg](latency-vs-size.svg) (p50 against graph size, per query and system).', '');
  return lines.join('\n');
}

runScript(main);
