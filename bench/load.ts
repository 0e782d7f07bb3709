/**
 * `npm run load -- [smoke|steady|spike|abuse|all]`: bounded load against a local API on loopback, outside
 * `npm test`. Starts the API in-process on a free port over the configured Neo4j (the local one unless NEO4J_URI
 * is set), runs autocannon with a realistic mix of researcher queries, and prints requests/s, p50/p95/p99 and
 * error counts by code. Profiles: smoke 10 connections 10 s; steady 25 connections 60 s; spike 150 connections
 * 20 s; abuse = steady with abusive operations mixed in, to compare its p99 with steady's.
 */
import autocannon from 'autocannon';
import { runScript, startBenchApi } from './benchApi';

const MIX = [
  '{ entity(id: "vrip") { name aliases ... on Programme { relations { type from { name } evidence { page quote } } } } }',
  '{ search(text: "oekraiense", first: 5) { score snippet entity { id name } } }',
  '{ neighbourhood(id: "coa", depth: 2, limit: 100) { truncated nodes { id name type } relations { id type from { id } to { id } } } }',
  '{ document(id: "ek-vso-wi2021-monitoring-2024") { questions(faction: "fractie-d66") { number text answers { label text } } } }',
  '{ entities(first: 20, filter: {types: [ORGANISATION]}) { totalCount nodes { id name } pageInfo { endCursor } } }',
  '{ shortestPath(from: "kis", to: "map") { nodes { name } relations { type } } }',
  '{ entity(id: "z-route") { mentionedIn(first: 5) { totalCount edges { snippet node { page } } } } }',
];
const ABUSE = [
  `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: stats { nodeCount }`).join(' ')} }`,
  '{ entities(first: 100) { nodes { relations(first: 500) { from { relations(first: 500) { id } } } } } }',
  `{ ${'stats { nodeCount } '.repeat(2500)} }`,
];
const PROFILES: Record<string, { connections: number; duration: number; abuse?: boolean }> = {
  smoke: { connections: 10, duration: 10 },
  steady: { connections: 25, duration: 60 },
  spike: { connections: 150, duration: 20 },
  abuse: { connections: 25, duration: 60, abuse: true },
};

async function run(url: string, name: string): Promise<{ p99: number }> {
  const p = PROFILES[name]!;
  const codes: Record<string, number> = {};
  const bodies = p.abuse ? [...MIX, ...MIX, ...ABUSE] : MIX;
  const result = await autocannon({
    url: `${url}/graphql`,
    connections: p.connections,
    duration: p.duration,
    requests: bodies.map((query) => ({
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
      onResponse: (status: number, body: string) => {
        let code = status === 200 ? 'OK' : `HTTP_${status}`;
        try {
          const parsed = JSON.parse(body) as { errors?: { extensions?: { code?: string } }[] };
          if (parsed.errors?.length) code = String(parsed.errors[0]?.extensions?.code);
        } catch {
          code = `NON_JSON_${status}`;
        }
        codes[code] = (codes[code] ?? 0) + 1;
      },
    })),
  });
  const l = result.latency;
  process.stdout.write(
    `${name.padEnd(7)} ${String(p.connections).padStart(3)} conns ${String(p.duration).padStart(3)} s | ` +
      `${result.requests.average.toFixed(0).padStart(5)} req/s | p50 ${l.p50} ms  p97.5 ${l.p97_5} ms  p99 ${l.p99} ms  max ${l.max} ms | ` +
      `non-2xx ${result.non2xx} | ${Object.entries(codes)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}\n`,
  );
  return { p99: l.p99 };
}

async function main(): Promise<void> {
  const which = process.argv[2] ?? 'smoke';
  const names = which === 'all' ? ['smoke', 'steady', 'spike', 'abuse'] : [which];
  if (!names.every((n) => n in PROFILES))
    throw new Error(`unknown profile ${which}: smoke, steady, spike, abuse or all`);
  const api = await startBenchApi();
  const url = api.url;
  process.stdout.write(`load against ${url} (${process.platform}, node ${process.version})\n`);
  try {
    const p99: Record<string, number> = {};
    for (const n of names) p99[n] = (await run(url, n)).p99;
    if (p99.steady && p99.abuse)
      process.stdout.write(`abuse moved steady p99 by ${(p99.abuse / p99.steady).toFixed(2)}x\n`);
  } finally {
    await api.close();
  }
}

runScript(main);
