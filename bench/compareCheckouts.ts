/**
 * `npm run bench:compare -- <other checkout> [--this <checkout>] [--rounds 6] [--seconds 2] [--concurrency 4]`: the
 * measured effect of a change to the request path. Starts this checkout's API (or the one given by --this) and another checkout's (e.g. `git worktree add` of the commit
 * before, with its node_modules) over the same Neo4j, and measures both alternately, in rotated rounds, so the shared
 * machine's noise falls on both: `{ __typename }` and one light query, sequentially (p50) and at a fixed concurrency
 * (the server process's CPU time per request, the steadiest figure on a shared machine, and requests/s). Prints a markdown table; the ratio is this checkout over the other.
 */
import os from 'node:os';
import path from 'node:path';
import { ServerProcess } from '../scripts/serverProcess';
import { loadConfig } from '../src/config';
import { seedDatabase } from '../src/seeding/seedPipeline';
import { connectNeo4j } from '../src/neo4jConnection';
import { runScript } from './benchApi';
import { LIGHT_QUERY } from './lightQuery';
import { processCpuMs } from './processCpu';
import { graphqlPoster } from './systems';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function main(): Promise<void> {
  const other = process.argv[2];
  if (!other || other.startsWith('--'))
    throw new Error('usage: npm run bench:compare -- <other checkout> [--rounds 6] [--seconds 2] [--concurrency 4]');
  const rounds = Number(arg('--rounds', '6'));
  const seconds = Number(arg('--seconds', '2'));
  const concurrency = Number(arg('--concurrency', '4'));
  const config = loadConfig();
  const conn = await connectNeo4j(config, (l) => process.stderr.write(`${l}\n`));
  const uri = config.neo4j.uri ?? conn.local?.boltUri;
  if (!uri) throw new Error('no Neo4j URI');
  const env = { NEO4J_URI: uri, NEO4J_DATABASE: config.neo4j.database, SEED_ON_START: 'false', NODE_ENV: 'production' };
  const thisDir = process.argv.includes('--this') ? path.resolve(arg('--this', '.')) : undefined;
  const apis = {
    this: thisDir
      ? new ServerProcess('this checkout', 'src/main.ts', [], thisDir)
      : new ServerProcess('this checkout', 'src/main.ts'),
    other: new ServerProcess('other checkout', 'src/main.ts', [], path.resolve(other)),
  };
  try {
    await seedDatabase(conn.executor);
    await Promise.all(Object.values(apis).map((a) => a.start(env)));
    const posters = {
      this: graphqlPoster(`${apis.this.url}/graphql`, concurrency),
      other: graphqlPoster(`${apis.other.url}/graphql`, concurrency),
    };
    const rows: string[] = [];
    for (const query of ['{ __typename }', LIGHT_QUERY]) {
      const seq: Record<'this' | 'other', number[]> = { this: [], other: [] };
      const conc: Record<'this' | 'other', { rps: number[]; n: number; cpuMs: number }> = {
        this: { rps: [], n: 0, cpuMs: 0 },
        other: { rps: [], n: 0, cpuMs: 0 },
      };
      for (const k of ['this', 'other'] as const) for (let i = 0; i < 300; i++) await posters[k].post(query);
      for (let r = 0; r < rounds; r++) {
        const order: ('this' | 'other')[] = r % 2 ? ['other', 'this'] : ['this', 'other'];
        for (const k of order) {
          for (let i = 0; i < 200; i++) {
            const t = process.hrtime.bigint();
            await posters[k].post(query);
            seq[k].push(Number(process.hrtime.bigint() - t) / 1e6);
          }
          const lat: number[] = [];
          const end = Date.now() + (seconds * 1000) / 2;
          const started = Date.now();
          const cpu0 = processCpuMs(apis[k].pid);
          await Promise.all(
            Array.from({ length: concurrency }, async () => {
              while (Date.now() < end) {
                const t = process.hrtime.bigint();
                await posters[k].post(query);
                lat.push(Number(process.hrtime.bigint() - t) / 1e6);
              }
            }),
          );
          conc[k].rps.push(lat.length / ((Date.now() - started) / 1000));
          conc[k].cpuMs += (processCpuMs(apis[k].pid) ?? NaN) - (cpu0 ?? NaN);
          conc[k].n += lat.length;
        }
      }
      const s = { this: median(seq.this), other: median(seq.other) };
      const rps = { this: median(conc.this.rps), other: median(conc.other.rps) };
      const cpu = { this: (conc.this.cpuMs * 1000) / conc.this.n, other: (conc.other.cpuMs * 1000) / conc.other.n };
      rows.push(
        `| \`${query}\` | ${s.other.toFixed(3)} | ${s.this.toFixed(3)} | ${(s.this / s.other).toFixed(2)} | ${cpu.other.toFixed(0)} | ${cpu.this.toFixed(0)} | ${(cpu.this / cpu.other).toFixed(2)} | ${rps.other.toFixed(0)} | ${rps.this.toFixed(0)} | ${(rps.this / rps.other).toFixed(2)} |`,
      );
    }
    for (const p of Object.values(posters)) p.close();
    process.stdout.write(
      [
        `this: ${thisDir ? path.basename(thisDir) : 'this checkout'}; other: ${path.basename(path.resolve(other))}; ${rounds} alternating rounds; concurrency ${concurrency}; load average ${(os.loadavg()[0] as number).toFixed(2)}`,
        '',
        `| request | sequential p50 ms, other | this | this / other | server CPU µs per request at ${concurrency}, other | this | this / other | req/s at ${concurrency}, other | this | this / other |`,
        '|---|---|---|---|---|---|---|---|---|---|',
        ...rows,
        '',
      ].join('\n'),
    );
  } finally {
    await Promise.all(Object.values(apis).map((a) => a.stop()));
    await conn.close();
  }
}

runScript(main);
