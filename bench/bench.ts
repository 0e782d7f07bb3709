/**
 * `npm run bench -- [--scales seed,100000,1000000] [--seconds 5] [--concurrency 4] [--rounds 5] [--seed 42]`: for a fixed mix
 * of researcher queries (bench/cases.ts), latency (p50/p95/p99) and throughput at fixed concurrency, after
 * warm-up, of four systems over the same Neo4j in one run, measured alternately (`--rounds`, default 5):
 *   1. this API (the real start command, in its own process),
 *   2. the same hand-written Cypher as 4. behind a bare Node HTTP server (bench/bareHttp, in its own process):
 *      the floor with HTTP and JSON, so this API / bare HTTP is the GraphQL layer's own cost,
 *   3. the API @neo4j/graphql generates over the same data (bench/neo4jGraphql, in its own process),
 *   4. the same queries as hand-written Cypher through neo4j-driver (the floor).
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
import { processCpuMs } from './processCpu';
import { benchCases } from './cases';
import { generateCorpus, resetCorpus, type GenerateReport } from './corpus';
import { barePoster, bareHttpApi, graphqlPoster, neo4jGraphqlApi, ourApi } from './systems';

export type SystemKey = 'ours' | 'bare' | 'neo4jGraphql' | 'raw';
export const SYSTEM_LABEL: Record<SystemKey, string> = {
  ours: 'this API',
  bare: 'bare HTTP',
  neo4jGraphql: '@neo4j/graphql',
  raw: 'raw Cypher',
};

export interface Measured {
  /** Set when the system failed the query (the measurement stops at the first failure). */
  error?: string;
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  n: number;
  /** CPU time (µs) of the system's server process per request, for the HTTP systems (Linux). */
  cpuUs?: number;
}

export interface ScaleResult {
  scale: string;
  nodes: number;
  rels: number;
  load: GenerateReport | null;
  /** The machine's 1-minute load average when the scale's measurements started and ended (the machine is shared). */
  loadAverage: [number, number];
  queries: { key: string; name: string; notExpressible?: string; results: Partial<Record<SystemKey, Measured>> }[];
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/** At least 30 calls and 1 s before measuring: JIT, query plan cache, page cache. */
async function warmUp(call: () => Promise<unknown>): Promise<void> {
  const warmEnd = Date.now() + 1000;
  for (let i = 0; i < 30 || Date.now() < warmEnd; i++) await call();
}

/** Runs `call` from `concurrency` loops for `seconds`; returns the latencies (ms) and the elapsed time (s). */
async function run(
  call: () => Promise<unknown>,
  seconds: number,
  concurrency: number,
): Promise<{ lat: number[]; elapsed: number }> {
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
  return { lat, elapsed: (Date.now() - started) / 1000 };
}

const failure = (e: unknown) => {
  const message = (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ');
  return /"message":"([^"]{0,160})/.exec(message)?.[1] ?? message.slice(0, 160);
};

/**
 * Measures the systems of one query alternately: `rounds` rounds of `seconds / rounds` each, every round visiting
 * the systems in a rotated order, so a disturbance of the shared machine (another process's burst) falls on all of
 * them rather than on whichever ran at that moment; the ratios are within-run. A system that fails a query (an
 * error answer, a database limit) is reported as failing and not measured further.
 */
async function measureAlternately(
  calls: Partial<Record<SystemKey, () => Promise<unknown>>>,
  seconds: number,
  concurrency: number,
  rounds: number,
  pids: Partial<Record<SystemKey, number | undefined>>,
): Promise<Partial<Record<SystemKey, Measured>>> {
  const keys = Object.keys(calls) as SystemKey[];
  const cpu: Partial<Record<SystemKey, number>> = {};
  const lat: Partial<Record<SystemKey, number[]>> = {};
  const elapsed: Partial<Record<SystemKey, number>> = {};
  const failed: Partial<Record<SystemKey, string>> = {};
  for (const k of keys) {
    lat[k] = [];
    elapsed[k] = 0;
    await warmUp(calls[k] as () => Promise<unknown>).catch((e: unknown) => (failed[k] = failure(e)));
  }
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < keys.length; i++) {
      const k = keys[(i + r) % keys.length] as SystemKey;
      if (failed[k]) continue;
      try {
        const cpu0 = processCpuMs(pids[k]);
        const m = await run(calls[k] as () => Promise<unknown>, seconds / rounds, concurrency);
        const cpu1 = processCpuMs(pids[k]);
        if (cpu0 !== undefined && cpu1 !== undefined) cpu[k] = (cpu[k] ?? 0) + (cpu1 - cpu0);
        (lat[k] as number[]).push(...m.lat);
        elapsed[k] = (elapsed[k] as number) + m.elapsed;
      } catch (e) {
        failed[k] = failure(e);
      }
    }
  }
  const out: Partial<Record<SystemKey, Measured>> = {};
  for (const k of keys) {
    if (failed[k]) {
      out[k] = { error: failed[k], p50: NaN, p95: NaN, p99: NaN, rps: 0, n: 0 };
      continue;
    }
    const sorted = (lat[k] as number[]).sort((a, b) => a - b);
    out[k] = {
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      p99: percentile(sorted, 99),
      rps: sorted.length / (elapsed[k] as number),
      n: sorted.length,
      ...(cpu[k] !== undefined ? { cpuUs: (cpu[k] * 1000) / sorted.length } : {}),
    };
  }
  return out;
}

function parseScales(text: string): string[] {
  const scales = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const s of scales) {
    if (
      s !== 'current' &&
      s !== 'seed' &&
      !(Number.isInteger(Number(s)) && Number(s) >= 1000 && Number(s) <= 20_000_000)
    ) {
      throw new Error(
        `--scales: "${s}" is not "current", "seed" or a number of relationships between 1000 and 20000000`,
      );
    }
  }
  return scales;
}

async function main(): Promise<void> {
  const scales = parseScales(arg('--scales', 'current'));
  const seconds = Number(arg('--seconds', '5'));
  const concurrency = Number(arg('--concurrency', '4'));
  const seed = Number(arg('--seed', '42'));
  const rounds = Number(arg('--rounds', '5'));
  if (!(Number.isInteger(rounds) && rounds >= 1 && rounds <= 100))
    throw new Error('--rounds must be an integer between 1 and 100');
  if (!(seconds > 0 && seconds <= 3600)) throw new Error('--seconds must be a number of seconds between 0 and 3600');
  if (!(Number.isInteger(concurrency) && concurrency >= 1 && concurrency <= 256))
    throw new Error('--concurrency must be an integer between 1 and 256');
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
  const servers = [ourApi(), neo4jGraphqlApi(), bareHttpApi()];
  const results: ScaleResult[] = [];
  try {
    await seedDatabase(ex);
    await Promise.all(servers.map((s) => s.start(env)));
    const [ours, ng] = servers.slice(0, 2).map((s) => graphqlPoster(`${s.url}/graphql`, concurrency)) as [
      ReturnType<typeof graphqlPoster>,
      ReturnType<typeof graphqlPoster>,
    ];
    const bare = barePoster((servers[2] as (typeof servers)[number]).url, concurrency);
    for (const scale of scales) {
      let load: GenerateReport | null = null;
      if (scale !== 'current') {
        log(`[bench] scale ${scale}: removing the previous corpus`);
        await resetCorpus(ex);
        if (scale !== 'seed') load = await generateCorpus(ex, Number(scale), seed, log);
        if (load)
          log(
            `[bench] loaded ${load.rels} relationships in ${load.seconds.toFixed(1)} s (${(load.rels / load.seconds).toFixed(0)}/s)`,
          );
      }
      const { cases, nodes, rels } = await benchCases(ex);
      log(`[bench] scale ${scale}: ${nodes} nodes, ${rels} relationships`);
      const sr: ScaleResult = { scale, nodes, rels, load, loadAverage: [os.loadavg()[0] as number, NaN], queries: [] };
      for (const c of cases) {
        const calls: Partial<Record<SystemKey, () => Promise<unknown>>> = {
          ours: () => ours.post(c.graphql),
          bare: () => bare.post(c.key, c.params),
          ...(c.neo4jGraphql ? { neo4jGraphql: () => ng.post(c.neo4jGraphql as string) } : {}),
          raw: () => ex.read('bench-raw', (tx) => tx.run(c.cypher, c.params)),
        };
        const r = await measureAlternately(calls, seconds, concurrency, rounds, {
          ours: servers[0]?.pid,
          neo4jGraphql: servers[1]?.pid,
          bare: servers[2]?.pid,
        });
        sr.queries.push({ key: c.key, name: c.name, notExpressible: c.notExpressible, results: r });
        const f = (m?: Measured) => (m ? (m.error ? 'failed' : `${m.p50.toFixed(2)} ms`) : 'n/a');
        log(
          `[bench] ${c.name}: ours ${f(r.ours)}, bare HTTP ${f(r.bare)}, @neo4j/graphql ${f(r.neo4jGraphql)}, raw ${f(r.raw)} (load ${os.loadavg()[0]?.toFixed(2)})`,
        );
      }
      sr.loadAverage[1] = os.loadavg()[0] as number;
      results.push(sr);
    }
    ours.close();
    ng.close();
    bare.close();
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await conn.close();
  }
  const command = `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim();
  fs.writeFileSync(
    outJson,
    `${JSON.stringify({ command, date: new Date().toISOString(), machine: machine(), seconds, concurrency, rounds, results }, null, 2)}\n`,
  );
  fs.writeFileSync(outMd, report(command, seconds, concurrency, rounds, results));
  const plot = spawnSync(process.execPath, ['--import', 'tsx', 'bench/plot.mts', outJson, outSvg], {
    stdio: 'inherit',
  });
  if (plot.status !== 0) throw new Error('the plot failed');
  process.stdout.write(`${fs.readFileSync(outMd, 'utf8')}\nwritten: ${outMd}, ${outJson}, ${outSvg}\n`);
}

function machine(): string {
  return `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}`;
}

const ms = (m?: Measured) =>
  m
    ? m.error
      ? `failed: ${m.error.replace(/\|/g, '/')}`
      : `${m.p50.toFixed(2)} / ${m.p95.toFixed(1)} / ${m.p99.toFixed(1)}`
    : 'n/a';
const rps = (m?: Measured) => (m && !m.error ? m.rps.toFixed(0) : '');
const ratio = (a?: Measured, b?: Measured) =>
  a && b && !a.error && !b.error ? (a.p50 / Math.max(0.01, b.p50)).toFixed(2) : '—';

function report(command: string, seconds: number, concurrency: number, rounds: number, results: ScaleResult[]): string {
  const lines = [
    '# Benchmark results',
    '',
    `Command: \`${command}\` on ${new Date().toISOString().slice(0, 10)}; ${seconds} s per query and system at concurrency ${concurrency}, in ${rounds} rounds that visit the systems alternately (rotated order), after a warm-up of at least 30 calls and 1 s.`,
    `Machine: ${machine()}. Neo4j, the three HTTP servers (each in its own process) and the load generator share it; the machine is shared with other work, so compare the within-run ratios rather than absolute figures across runs.`,
    'Latencies in ms, measured by the load generator (for the HTTP systems: the whole request).',
    'Systems: **this API**; **bare HTTP** = the same hand-written Cypher as raw Cypher, behind a bare Node HTTP server (driver, JSON out, keep-alive; bench/bareHttp), so *ours / bare* is the cost of the GraphQL layer itself; **@neo4j/graphql** over the same data; **raw Cypher** through the driver in the load generator (no HTTP).',
    '',
  ];
  for (const s of results) {
    lines.push(
      `## ${s.scale === 'seed' ? 'Seed graph' : s.scale === 'current' ? 'Current graph' : `Corpus of ${Number(s.scale).toLocaleString('en')} relationships`}: ${s.nodes} nodes, ${s.rels} relationships`,
      '',
    );
    if (s.load)
      lines.push(
        `Loaded ${s.load.nodes} nodes and ${s.load.rels} relationships in ${s.load.seconds.toFixed(1)} s: ${(s.load.nodes / s.load.seconds).toFixed(0)} nodes/s, ${(s.load.rels / s.load.seconds).toFixed(0)} relationships/s.`,
        '',
      );
    lines.push(
      `Load average (1 min) ${s.loadAverage[0].toFixed(2)} when this scale started, ${s.loadAverage[1].toFixed(2)} when it ended.`,
      '',
    );
    lines.push(
      '| query | this API p50 / p95 / p99 | req/s | bare HTTP p50 / p95 / p99 | req/s | @neo4j/graphql p50 / p95 / p99 | req/s | raw Cypher p50 / p95 / p99 | req/s | ours / bare | ours / @neo4j/graphql | ours / raw |',
      '|---|---|---|---|---|---|---|---|---|---|---|---|',
    );
    for (const q of s.queries) {
      const r = q.results;
      lines.push(
        `| ${q.name} | ${ms(r.ours)} | ${rps(r.ours)} | ${ms(r.bare)} | ${rps(r.bare)} | ${r.neo4jGraphql ? ms(r.neo4jGraphql) : `n/a (${q.notExpressible ?? 'not run'})`} | ${rps(r.neo4jGraphql)} | ${ms(r.raw)} | ${rps(r.raw)} | ${ratio(r.ours, r.bare)} | ${ratio(r.ours, r.neo4jGraphql)} | ${ratio(r.ours, r.raw)} |`,
      );
    }
    lines.push(
      '',
      'Server CPU per request (µs; user + system time of the server process over the measured requests, steadier than latency on a shared machine):',
      '',
    );
    lines.push('| query | this API | bare HTTP | @neo4j/graphql | ours / bare |', '|---|---|---|---|---|');
    const us = (m?: Measured) => (m?.cpuUs !== undefined && !m.error ? m.cpuUs.toFixed(0) : 'n/a');
    for (const q of s.queries) {
      const r = q.results;
      const cr = r.ours?.cpuUs !== undefined && r.bare?.cpuUs ? (r.ours.cpuUs / r.bare.cpuUs).toFixed(2) : '—';
      lines.push(`| ${q.name} | ${us(r.ours)} | ${us(r.bare)} | ${us(r.neo4jGraphql)} | ${cr} |`);
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
      '| query | this API | bare HTTP | @neo4j/graphql | raw Cypher |',
      '|---|---|---|---|---|',
    );
    for (const q of last.queries) {
      const base = first.queries.find((b) => b.key === q.key)?.results;
      const g = (k: SystemKey) => {
        const a = base?.[k];
        const b = q.results[k];
        return a && b && !a.error && !b.error ? `${(b.p50 / Math.max(0.01, a.p50)).toFixed(2)}×` : 'n/a';
      };
      lines.push(`| ${q.name} | ${g('ours')} | ${g('bare')} | ${g('neo4jGraphql')} | ${g('raw')} |`);
    }
    lines.push('');
  }
  lines.push('Plot: [latency-vs-size.svg](latency-vs-size.svg) (p50 against graph size, per query and system).', '');
  return lines.join('\n');
}

runScript(main);
