import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { parseTokens } from '../../src/auth';
import type { Executor } from '../../src/db/executor';
import { seedDatabase } from '../../src/seeding/seedPipeline';
import { createLogger } from '../../src/logger';
import { createServer, type KgServer } from '../../src/server';
import { graphFingerprint, resetAndSeed, testExecutor } from '../support/testDb';

const sha = (t: string) => createHash('sha256').update(t).digest('hex');
const TOKENS = { reader: 'reader-token-0001', curator: 'curator-token-0001', admin: 'admin-token-00001', expired: 'expired-token-001' };
const { tokens } = parseTokens(
  [`rita:reader:${sha(TOKENS.reader)}`, `carla:curator:${sha(TOKENS.curator)}`, `ada:admin:${sha(TOKENS.admin)}`, `old:curator:${sha(TOKENS.expired)}:2020-01-01`].join(','),
);

let executor: Executor;
let server: KgServer;
let base: string;
beforeAll(async () => {
  executor = testExecutor();
  await resetAndSeed(executor);
  server = await createServer({ executor, logger: createLogger('silent'), tokens });
  await new Promise<void>((r) => server.httpServer.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await server.stop();
  await executor.close();
});

async function gql(query: string, variables?: Record<string, unknown>, token?: string) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as { data?: any; errors?: { message: string; extensions: { code: string; argument?: string } }[] } };
}

const CREATE = `mutation($input: CreateEntityInput!) { createEntity(input: $input) { id name ... on Organisation { history { action by at } } } }`;
const ADD = `mutation($input: AddRelationInput!) { addRelation(input: $input) { id type origin addedBy addedAt evidence { page quote } } }`;
const RETRACT = `mutation($id: ID!, $reason: String!) { retractRelation(id: $id, reason: $reason) { id change { action by reason data } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateEntityInput!) { updateEntity(id: $id, input: $input) { id name aliases } }`;
const newOrg = { id: 'test-stichting', type: 'ORGANISATION', name: 'Stichting Test', aliases: ['ST'], description: 'A foundation made up for tests.', kind: 'foundation' };
const divosaHelps = { from: 'divosa', type: 'SUPPORTS', to: 'gemeenten', evidence: [{ documentId: 'ek-vso-wi2021-monitoring-2024', page: 8, quote: 'subsidie aan Divosa om het leren in de uitvoering (o.a. in gemeenten) te faciliteren' }] };

describe('writes without the right token are refused and write nothing', () => {
  const cases: [string, string | undefined, string][] = [
    ['no token', undefined, 'UNAUTHENTICATED'],
    ['forged token', 'not-a-real-token-123', 'UNAUTHENTICATED'],
    ['expired token', TOKENS.expired, 'UNAUTHENTICATED'],
    ['malformed header value', 'x', 'UNAUTHENTICATED'],
    ['reader token', TOKENS.reader, 'FORBIDDEN'],
  ];
  it.each(cases.map(([name, token, code]) => ({ name, token, code })))('$name → $code', async ({ token, code }) => {
    const before = await graphFingerprint(executor);
    for (const [q, v] of [
      [CREATE, { input: newOrg }],
      [UPDATE, { id: 'coa', input: { name: 'Hacked' } }],
      [ADD, { input: divosaHelps }],
      [RETRACT, { id: 'coa--RUNS-->vrip', reason: 'test' }],
    ] as const) {
      const r = await gql(q, v, token);
      expect(r.body.errors?.[0]?.extensions.code).toBe(code);
      expect(r.status).toBe(code === 'UNAUTHENTICATED' ? 401 : 403);
    }
    expect(await graphFingerprint(executor)).toEqual(before);
  });

  it('still serves reads to anyone', async () => {
    expect((await gql('{ entity(id: "coa") { name } }')).body).toEqual({ data: { entity: { name: 'COA' } } });
  });
});

describe('a curator writes, and every write is recorded', () => {
  it('creates an entity, visible with its author and time', async () => {
    const r = await gql(CREATE, { input: newOrg }, TOKENS.curator);
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data.createEntity).toMatchObject({ id: 'test-stichting', name: 'Stichting Test', history: [{ action: 'CREATE_ENTITY', by: 'carla' }] });
    expect(Date.now() - Date.parse(r.body.data.createEntity.history[0].at)).toBeLessThan(60_000);
    expect((await gql('{ search(text: "stichting test") { entity { id } } }')).body.data.search[0].entity.id).toBe('test-stichting');
  });

  it('refuses invalid entities with the argument named, writing nothing', async () => {
    const before = await graphFingerprint(executor);
    const bad: [Record<string, unknown>, string][] = [
      [{ ...newOrg }, 'input.id'],
      [{ ...newOrg, id: 'Bad Id' }, 'input.id'],
      [{ ...newOrg, id: 'x-2', role: 'not for organisations' }, 'input.role'],
      [{ ...newOrg, id: 'x-3', identifiers: [{ scheme: 'BWB', value: '123' }] }, 'input.identifiers[0]'],
      [{ ...newOrg, id: 'x-4', description: 'd'.repeat(3000) }, 'input.description'],
    ];
    for (const [input, argument] of bad) {
      const r = await gql(CREATE, { input }, TOKENS.curator);
      expect(r.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    }
    expect(await graphFingerprint(executor)).toEqual(before);
  });

  it('adds a relationship only with evidence that occurs on the cited page', async () => {
    const before = await graphFingerprint(executor);
    const wrongPage = { ...divosaHelps, evidence: [{ ...divosaHelps.evidence[0], page: 9 }] };
    const r1 = await gql(ADD, { input: wrongPage }, TOKENS.curator);
    expect(r1.body.errors?.[0]?.message).toMatch(/does not occur on page 9 \(it is on page 8\)/);
    const invented = { ...divosaHelps, evidence: [{ ...divosaHelps.evidence[0], quote: 'Divosa en de gemeenten werken altijd samen' }] };
    expect((await gql(ADD, { input: invented }, TOKENS.curator)).body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.evidence[0].quote' });
    expect((await gql(ADD, { input: { ...divosaHelps, to: 'nobody' } }, TOKENS.curator)).body.errors?.[0]?.extensions).toMatchObject({ argument: 'input.to' });
    expect(await graphFingerprint(executor)).toEqual(before);
    const ok = await gql(ADD, { input: divosaHelps }, TOKENS.curator);
    expect(ok.body.errors).toBeUndefined();
    expect(ok.body.data.addRelation).toMatchObject({ id: 'divosa--SUPPORTS-->gemeenten', origin: 'curator', addedBy: 'carla', evidence: [{ page: 8 }] });
  });

  it('keeps curators\' additions and edits when the seed loader runs again', async () => {
    expect((await gql(UPDATE, { id: 'coa', input: { aliases: ['Centraal Orgaan opvang asielzoekers', 'het COA', 'C.O.A.'] } }, TOKENS.curator)).body.errors).toBeUndefined();
    await seedDatabase(executor, undefined, { force: true });
    const d = (await gql('{ entity(id: "coa") { aliases history { action by } } g: entity(id: "gemeenten") { relations(types: [SUPPORTS], direction: IN) { id origin } history { action } } x: entity(id: "test-stichting") { id } }')).body.data;
    expect(d.entity.aliases).toContain('C.O.A.');
    expect(d.entity.history).toEqual([{ action: 'UPDATE_ENTITY', by: 'carla' }]);
    expect(d.g.relations).toEqual(expect.arrayContaining([{ id: 'divosa--SUPPORTS-->gemeenten', origin: 'curator' }]));
    expect(d.g.history.map((h: any) => h.action)).toEqual(['ADD_RELATION']);
    expect(d.x).toEqual({ id: 'test-stichting' });
  });

  it('retracts with history: the relation is gone, its content kept; seed relations need an admin and stay retracted', async () => {
    const r = await gql(RETRACT, { id: 'divosa--SUPPORTS-->gemeenten', reason: 'the subsidy goes to Divosa, not to gemeenten' }, TOKENS.curator);
    expect(r.body.data.retractRelation.change).toMatchObject({ action: 'RETRACT_RELATION', by: 'carla', reason: 'the subsidy goes to Divosa, not to gemeenten' });
    expect(JSON.parse(r.body.data.retractRelation.change.data)).toMatchObject({ type: 'SUPPORTS', from: 'divosa', to: 'gemeenten', addedBy: 'carla', evidence: [{ page: 8 }] });
    expect((await gql('{ relation(id: "divosa--SUPPORTS-->gemeenten") { id } }')).body.data.relation).toBeNull();

    const seedRel = 'coa--RUNS-->vrip';
    expect((await gql(RETRACT, { id: seedRel, reason: 'test' }, TOKENS.curator)).body.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect((await gql(RETRACT, { id: seedRel, reason: 'checking retraction of seed data' }, TOKENS.admin)).body.errors).toBeUndefined();
    await seedDatabase(executor, undefined, { force: true });
    expect((await gql(`{ relation(id: "${seedRel}") { id } }`)).body.data.relation).toBeNull();
    const hist = (await gql('{ entity(id: "vrip") { history { action by reason } } }')).body.data.entity.history;
    expect(hist[0]).toEqual({ action: 'RETRACT_RELATION', by: 'ada', reason: 'checking retraction of seed data' });
    expect((await gql(RETRACT, { id: seedRel, reason: 'again' }, TOKENS.admin)).body.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });
});

describe('token configuration', () => {
  it('reports bad entries one line each and never needs the token itself', () => {
    const { problems } = parseTokens('a:reader:zz, b:boss:' + sha('x') + ', c:curator:' + sha('y') + ':not-a-date, justname');
    expect(problems).toEqual([
      expect.stringMatching(/entry 1: the token's SHA-256 must be 64 hex digits/),
      expect.stringMatching(/entry 2: role "boss"/),
      expect.stringMatching(/entry 3: expiry "not-a-date"/),
      expect.stringMatching(/entry 4: expected name:role:sha256hex/),
    ]);
  });
});
