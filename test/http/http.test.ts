import type { AddressInfo } from 'node:net';
import { LEAKS } from '../support/responseInvariants';
import type { Executor } from '../../src/db/executor';
import { ERROR_CODES } from '../../src/errors';
import type { KgServer } from '../../src/server';
import { testServer } from '../support/apiClient';
import { graphFingerprint, resetAndSeed, testExecutor } from '../support/testDb';

let executor: Executor;
let server: KgServer;
let base: string;
let fingerprint: Awaited<ReturnType<typeof graphFingerprint>>;

beforeAll(async () => {
  executor = testExecutor();
  await resetAndSeed(executor);
  fingerprint = await graphFingerprint(executor);
  server = await testServer(executor);
  await new Promise<void>((r) => server.httpServer.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await server.stop();
  await executor.close();
});

/** Invariants every response must keep: JSON, no internals leaked, only documented codes. */
function assertClean(status: number, contentType: string | null, text: string): void {
  expect(status).toBeLessThan(500);
  expect(contentType ?? '').toMatch(/application\/(graphql-response\+)?json/);
  const parsed = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
  for (const e of parsed.errors ?? []) expect(ERROR_CODES).toContain(e.extensions?.code);
  for (const leak of LEAKS) expect(text).not.toMatch(leak);
}

async function post(body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  const res = await fetch(`${base}/graphql`, { method: 'POST', headers, body });
  const text = await res.text();
  assertClean(res.status, res.headers.get('content-type'), text);
  return { status: res.status, json: JSON.parse(text) as { data?: any; errors?: any[] } };
}

describe('HTTP', () => {
  it('answers a query over POST', async () => {
    const r = await post(JSON.stringify({ query: '{ entity(id: "coa") { name } }' }));
    expect(r).toEqual({ status: 200, json: { data: { entity: { name: 'COA' } } } });
  });

  it('serves /health and /ready', async () => {
    expect(await (await fetch(`${base}/health`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', neo4j: true });
  });

  it.each([
    ['empty body', '', 400],
    ['malformed JSON', '{"query": ', 400],
    ['query of the wrong JSON type', JSON.stringify({ query: 42 }), 400],
    ['variables as a string', JSON.stringify({ query: 'query($id: ID!) { entity(id: $id) { id } }', variables: '{"id":"coa"}' }), 400],
    ['batched array', JSON.stringify([{ query: '{ stats { nodeCount } }' }, { query: '{ stats { nodeCount } }' }]), 400],
    ['syntax error', JSON.stringify({ query: '{ entity(id: "coa") { name ' }), 400],
    ['unknown field', JSON.stringify({ query: '{ entity(id: "coa") { nam } }' }), 400],
    ['two operations without operationName', JSON.stringify({ query: 'query A { stats { nodeCount } } query B { stats { nodeCount } }' }), 400],
    ['Int overflow', JSON.stringify({ query: '{ entities(first: 99999999999) { totalCount } }' }), 400],
    ['missing variable', JSON.stringify({ query: 'query($id: ID!) { entity(id: $id) { id } }' }), 400],
    ['token flood', JSON.stringify({ query: `{ ${'stats { nodeCount } '.repeat(2000)} }` }), 400],
    ['first: 100000', JSON.stringify({ query: '{ entities(first: 100000) { totalCount } }' }), 200],
    ['first: -1', JSON.stringify({ query: '{ search(text: "coa", first: -1) { score } }' }), 200],
    ['mutation with a wrong variable type', JSON.stringify({ query: 'mutation($id: ID!) { retractRelation(id: $id, reason: 1) { id } }', variables: { id: 'x' } }), 400],
  ])('%s → clean error, graph unchanged', async (_name, body, status) => {
    const r = await post(body);
    expect(r.status).toBe(status);
    expect(r.json.errors?.length).toBeGreaterThan(0);
    if (status === 200) expect(r.json.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'first' } });
  });

  it('answers odd but valid strings (lone surrogate, RTL mark, emoji, 10k characters) with normal results', async () => {
    for (const s of ['\ud800', '\u202eabc', '🙂🙂', 'x'.repeat(10_000)]) {
      const r = await post(JSON.stringify({ query: 'query($s: ID!) { entity(id: $s) { id } }', variables: { s } }));
      expect(r).toEqual({ status: 200, json: { data: { entity: null } } });
    }
    // A lone surrogate as a raw JSON escape, not just inside a JS string.
    const raw = await post('{"query":"{ search(text: \\"\\ud800\\") { score } }"}');
    expect(raw.status).toBeLessThan(500);
  });

  it('refuses a POST that is not JSON (no CSRF-safe simple requests) and a mutation over GET', async () => {
    const plain = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ stats { nodeCount } }"}' });
    expect(plain.status).toBe(400);
    const get = await fetch(`${base}/graphql?query=${encodeURIComponent('mutation { retractRelation(id: "coa--RUNS-->vrip", reason: "x") { id } }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(get.status).toBe(405);
    assertClean(400, get.headers.get('content-type'), await get.text());
  });

  it('refuses a body over the size limit with 413 and JSON', async () => {
    const r = await post(JSON.stringify({ query: `{ stats { nodeCount } } #${'x'.repeat(200_000)}` }));
    expect(r.status).toBe(413);
  });

  it('refuses a GET without a CSRF-safe header and a mutation-less PUT', async () => {
    const get = await fetch(`${base}/graphql?query=${encodeURIComponent('{ stats { nodeCount } }')}`, { headers: { 'content-type': 'text/plain' } });
    expect(get.status).toBe(400);
    const ok = await fetch(`${base}/graphql?query=${encodeURIComponent('{ stats { nodeCount } }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(ok.status).toBe(200);
    const put = await fetch(`${base}/graphql`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(put.status).toBeGreaterThanOrEqual(400);
    expect(put.status).toBeLessThan(500);
  });

  it('keeps Cypher-injection strings in every string argument harmless', async () => {
    const evil = ["x' OR 1=1 //", '"}) MATCH (n) DETACH DELETE n //', '`) DETACH DELETE n //', 'a\u0000b', '\\u0027'];
    for (const s of evil) {
      const vars = { s };
      for (const q of [
        'query($s: ID!) { entity(id: $s) { id } }',
        'query($s: String!) { search(text: $s) { score } }',
        'query($s: String) { entities(filter: {text: $s, kind: $s}) { totalCount } }',
        'query($s: ID!) { entities(filter: {relatedTo: {id: $s}}) { totalCount } }',
        'query($s: ID!) { relations(filter: {fromId: $s, toId: $s, documentId: $s}) { totalCount } }',
        'query($s: ID!) { relation(id: $s) { id } }',
      ]) {
        const r = await post(JSON.stringify({ query: q, variables: vars }));
        expect({ q, s, status: r.status }).toEqual({ q, s, status: 200 });
      }
    }
    expect(await graphFingerprint(executor)).toEqual(fingerprint);
  });

  it('answers JSON 404 for unknown paths', async () => {
    const res = await fetch(`${base}/nope`);
    expect(res.status).toBe(404);
    assertClean(res.status, res.headers.get('content-type'), await res.text());
  });

  it('never changed the graph', async () => {
    expect(await graphFingerprint(executor)).toEqual(fingerprint);
  });
});
