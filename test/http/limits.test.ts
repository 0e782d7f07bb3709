import type { AddressInfo } from 'node:net';
import { getIntrospectionQuery } from 'graphql';
import type { Executor } from '../../src/db/executor';
import { LIMITS } from '../../src/limits';
import { createLogger } from '../../src/logger';
import { createServer, type KgServer } from '../../src/server';
import { resetAndSeed, testExecutor } from '../support/testDb';

let executor: Executor;
let server: KgServer;
let closed: KgServer;
let base: string;
let closedBase: string;
const reads = { n: 0 };

async function listen(s: KgServer): Promise<string> {
  await new Promise<void>((r) => s.httpServer.listen(0, '127.0.0.1', () => r()));
  return `http://127.0.0.1:${(s.httpServer.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  executor = testExecutor();
  await resetAndSeed(executor);
  const read = executor.read.bind(executor);
  executor.read = (name: string, work: never) => {
    reads.n += 1;
    return read(name, work);
  };
  server = await createServer({ executor, logger: createLogger('silent') });
  closed = await createServer({ executor, logger: createLogger('silent'), introspection: false });
  base = await listen(server);
  closedBase = await listen(closed);
}, 420_000);
afterAll(async () => {
  await server.stop();
  await closed.stop();
  await executor.close();
});

async function post(query: string, variables?: Record<string, unknown>, at = base) {
  const started = Date.now();
  const res = await fetch(`${at}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
  return { status: res.status, body, ms: Date.now() - started };
}

const nest = (levels: number) => {
  let q = 'id';
  for (let i = 0; i < levels; i++) q = `relations(first: 1) { from { ${q} } }`;
  return `{ entity(id: "coa") { ${q} } }`;
};

describe('abusive operations are refused before they touch Neo4j', () => {
  const abusive: [string, string, string][] = [
    ['depth bomb (20 levels of relations)', nest(20), 'GRAPHQL_VALIDATION_FAILED'],
    [
      'alias flood (100 aliases)',
      `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: stats { nodeCount }`).join(' ')} }`,
      'GRAPHQL_VALIDATION_FAILED',
    ],
    ['directive flood', `{ stats { nodeCount ${'@include(if: true) '.repeat(50)} } }`, 'GRAPHQL_VALIDATION_FAILED'],
    [
      'fragment cycle',
      'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }',
      'GRAPHQL_VALIDATION_FAILED',
    ],
    [
      'fragment "billion laughs"',
      `query { ...F0 } ${Array.from({ length: 9 }, (_, i) => `fragment F${i} on Query { ${i === 8 ? 'stats { nodeCount }' : `a${i}: entity(id: "coa") { id } ...F${i + 1} ...F${i + 1}`} }`).join(' ')}`,
      'GRAPHQL_VALIDATION_FAILED',
    ],
    [
      'wide nested lists within the depth limit',
      '{ entities(first: 100) { nodes { relations(first: 500) { from { relations(first: 500) { id } } } } } }',
      'GRAPHQL_VALIDATION_FAILED',
    ],
    ['token flood (10k tokens)', `{ ${'stats { nodeCount } '.repeat(2500)} }`, 'GRAPHQL_PARSE_FAILED'],
  ];

  it.each(abusive.map(([name, query, code]) => ({ name, query, code })))(
    '$name → 400 $code, fast, no database read',
    async ({ query, code }) => {
      reads.n = 0;
      const r = await post(query);
      expect(r.status).toBe(400);
      expect(r.body.errors?.[0]?.extensions?.code).toBe(code);
      // Refused before any expansion: executing these takes tens of seconds (or never ends). The bound is loose on
      // purpose, so a busy two-core machine cannot make it flake (it measured 270-380 ms at load average 14).
      expect(r.ms).toBeLessThan(2000);
      expect(reads.n).toBe(0);
    },
  );

  it('counts list sizes given as variables', async () => {
    reads.n = 0;
    const q =
      'query($n: Int, $m: Int) { entities(first: $n) { nodes { relations(first: $m) { from { relations(first: $m) { id } } } } } }';
    const r = await post(q, { n: 100, m: 500 });
    expect(r.body.errors?.[0]).toMatchObject({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(r.body.errors?.[0]?.message).toMatch(new RegExp(`exceeds the limit of ${LIMITS.maxCost}`));
    expect(reads.n).toBe(0);
  });

  it('keeps the cost per document and variables: the same text is refused or answered by its variables, in any order', async () => {
    const q = 'query Costed($n: Int, $m: Int) { entities(first: $n) { nodes { relations(first: $m) { id } } } }';
    for (let i = 0; i < 2; i++) {
      expect((await post(q, { n: 2, m: 2 })).body.errors).toBeUndefined();
      expect((await post(q, { n: 500, m: 500 })).body.errors?.[0]?.message).toMatch(/Operation too costly/);
    }
  });
});

describe('ordinary operations pass the limits', () => {
  it('accepts the introspection query and a realistic explorer query', async () => {
    expect((await post(getIntrospectionQuery())).status).toBe(200);
    const r = await post(
      '{ neighbourhood(id: "coa", depth: 2, limit: 200) { truncated nodes { id name type } relations { id type from { id } to { id } evidence { page quote document { id } } } } }',
    );
    expect(r.status).toBe(200);
    expect(r.body.errors).toBeUndefined();
  });

  it('turns introspection off when configured', async () => {
    const r = await post('{ __schema { types { name } } }', undefined, closedBase);
    expect(r.status).toBe(400);
    expect(r.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await post('{ stats { nodeCount } }', undefined, closedBase)).status).toBe(200);
  });
});
