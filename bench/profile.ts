/**
 * `npm run profile -- [--seconds 20] [--connections 4]`: where the time of one light request goes, socket to socket.
 *   1. The floor, sequentially (one request at a time, after warm-up, systems alternating): `{ __typename }` over
 *      HTTP to this API, the same through Apollo in-process (`executeOperation`, no HTTP), and a bare Node HTTP
 *      server answering the same JSON (bench/bareHttp, no GraphQL).
 *   2. A CPU profile (`node --cpu-prof`) of the API, in its own process, under autocannon load of one light query,
 *      summarised by package and function for the load window only (bench/cpuProfileSummary.ts).
 * Writes bench/profile-summary.md; text after the line `<!-- notes -->` in that file is kept (the reading of it).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { ServerProcess } from '../scripts/serverProcess';
import { loadConfig } from '../src/config';
import { seedDatabase } from '../src/seeding/seedPipeline';
import { createLogger } from '../src/logger';
import { connectNeo4j } from '../src/neo4jConnection';
import { contextFor, createServer } from '../src/server';
import { runScript } from './benchApi';
import { LIGHT_QUERY } from './lightQuery';
import { summarise, summaryMarkdown, type CpuProfile } from './cpuProfileSummary';
import { barePoster, graphqlPoster } from './systems';

const OUT = 'bench/profile-summary.md';
/** Stages whose inclusive time the summary reports: the request pipeline from socket to socket. */
const STAGES = [
  'node (core):parserOnIncomingClient',
  'node (core):parserOnHeadersComplete',
  'express:handle',
  'body-parser:jsonParser',
  'src/http/trustedDocuments.ts:(anonymous)',
  '@as-integrations/express5:(anonymous)',
  '@apollo/server:executeHTTPGraphQLRequest',
  '@apollo/server:processGraphQLRequest',
  'graphql:parse',
  'graphql:validate',
  'graphql-query-complexity:getComplexity',
  'graphql:execute',
  'src/context.ts:createContext',
  'src/db/executor.ts:read',
  'neo4j-driver-core:run',
  'pino:write',
  'prom-client:observe',
  '(garbage collector):(garbage collector)',
];

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

const p50 = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** Sequential p50 of each call, `rounds` alternating rounds of `n` calls after 300 warm-up calls each. */
async function sequentialFloor(
  calls: Record<string, () => Promise<unknown>>,
  n = 500,
  rounds = 4,
): Promise<Record<string, number>> {
  const lat: Record<string, number[]> = {};
  for (const [k, call] of Object.entries(calls)) {
    lat[k] = [];
    for (let i = 0; i < 300; i++) await call();
  }
  for (let r = 0; r < rounds; r++) {
    for (const [k, call] of Object.entries(calls)) {
      for (let i = 0; i < n; i++) {
        const t = process.hrtime.bigint();
        await call();
        lat[k]?.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
    }
  }
  return Object.fromEntries(Object.entries(lat).map(([k, xs]) => [k, p50(xs)]));
}

async function main(): Promise<void> {
  const seconds = Number(arg('--seconds', '20'));
  const connections = Number(arg('--connections', '4'));
  const config = loadConfig();
  const conn = await connectNeo4j(config, (l) => process.stderr.write(`${l}\n`));
  const uri = config.neo4j.uri ?? conn.local?.boltUri;
  if (!uri) throw new Error('no Neo4j URI');
  const profDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-cpu-prof-'));
  const env = { NEO4J_URI: uri, NEO4J_DATABASE: config.neo4j.database, SEED_ON_START: 'false', NODE_ENV: 'production' };
  const api = new ServerProcess('this API', 'src/main.ts', ['--cpu-prof', `--cpu-prof-dir=${profDir}`]);
  const bare = new ServerProcess('bare HTTP', 'bench/bareHttp/server.ts');
  const inProcess = await createServer({ executor: conn.executor, logger: createLogger('silent') });
  const load0 = os.loadavg()[0] as number;
  try {
    await seedDatabase(conn.executor);
    await Promise.all([api.start(env), bare.start(env)]);
    const ours = graphqlPoster(`${api.url}/graphql`, connections);
    const barePost = barePoster(bare.url, connections);
    const floor = await sequentialFloor({
      'this API over HTTP': () => ours.post('{ __typename }'),
      'Apollo in-process (executeOperation, no HTTP)': () =>
        inProcess.apollo.executeOperation({ query: '{ __typename }' }, { contextValue: contextFor(inProcess) }),
      'bare Node HTTP (no GraphQL)': () => barePost.post('typename', {}),
      [`this API over HTTP: ${LIGHT_QUERY}`]: () => ours.post(LIGHT_QUERY),
    });
    barePost.close();
    ours.close();
    process.stderr.write(`[profile] sequential p50: ${JSON.stringify(floor)}\n`);
    const loadStart = Date.now();
    const result = await autocannon({
      url: `${api.url}/graphql`,
      connections,
      duration: seconds,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LIGHT_QUERY }),
    });
    const loadEnd = Date.now();
    await api.stop();
    const exited = Date.now();
    const file = fs.readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'));
    if (!file) throw new Error(`no CPU profile written: ${api.output}`);
    const profile = JSON.parse(fs.readFileSync(path.join(profDir, file), 'utf8')) as CpuProfile;
    const totalMs = (profile.endTime - profile.startTime) / 1000;
    const toMs = totalMs - (exited - loadEnd);
    const summary = summarise(profile, path.resolve(__dirname, '..'), STAGES, toMs - (loadEnd - loadStart), toMs);
    const perRequest = (summary.windowMs * 1000) / result.requests.total;
    const kept = fs.existsSync(OUT) ? (/<!-- notes -->[\s\S]*$/.exec(fs.readFileSync(OUT, 'utf8'))?.[0] ?? '') : '';
    const command = `npm run profile -- ${process.argv.slice(2).join(' ')}`.trim();
    const lines = [
      '# CPU profile of one light request',
      '',
      `Command: \`${command}\` on ${new Date().toISOString().slice(0, 10)}. Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}; load average (1 min) ${load0.toFixed(2)} at the start, ${(os.loadavg()[0] as number).toFixed(2)} at the end (the machine is shared: absolute figures are noisy, shares less so).`,
      '',
      '## The floor, sequentially (p50, ms)',
      '',
      '| request | p50 ms |',
      '|---|---|',
      ...Object.entries(floor).map(([k, v]) => `| ${k} | ${v.toFixed(3)} |`),
      '',
      `## Under load: \`${LIGHT_QUERY}\`, ${connections} connections, ${seconds} s`,
      '',
      `${result.requests.total} requests, ${result.requests.average.toFixed(0)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ${result.non2xx} non-2xx. ` +
        `The API process was on CPU ${((100 * (summary.windowMs - (summary.byPackage.find(([p]) => p === '(idle)')?.[1] ?? 0))) / summary.windowMs).toFixed(0)}% of the window: ` +
        `${(((summary.windowMs - (summary.byPackage.find(([p]) => p === '(idle)')?.[1] ?? 0)) * 1000) / result.requests.total).toFixed(0)} µs of CPU per request (${perRequest.toFixed(0)} µs of wall time per request over the window).`,
      '',
      ...summaryMarkdown(summary),
      '',
      kept || '<!-- notes -->',
      '',
    ];
    fs.writeFileSync(OUT, lines.join('\n').replace(/\n{3,}/g, '\n\n'));
    process.stdout.write(`${fs.readFileSync(OUT, 'utf8')}\nwritten: ${OUT}\n`);
  } finally {
    await api.stop();
    await bare.stop();
    await inProcess.stop();
    await conn.close();
    fs.rmSync(profDir, { recursive: true, force: true });
  }
}

runScript(main);
