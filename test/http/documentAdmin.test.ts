import { createHash } from 'node:crypto';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { parseTokens } from '../../src/auth';
import type { Executor } from '../../src/db/executor';
import { ingestFile } from '../../src/ingest/ingestFile';
import { createLogger } from '../../src/logger';
import { createServer, type KgServer } from '../../src/server';
import { graphFingerprint, resetAndSeed, testExecutor } from '../support/testDb';

const sha = (t: string) => createHash('sha256').update(t).digest('hex');
const TOKENS = { reader: 'reader-token-0002', curator: 'curator-token-0002', admin: 'admin-token-000002' };
const { tokens } = parseTokens(
  [`rita:reader:${sha(TOKENS.reader)}`, `carla:curator:${sha(TOKENS.curator)}`, `ada:admin:${sha(TOKENS.admin)}`].join(
    ',',
  ),
);
const FIXTURES = path.join(__dirname, '../fixtures/ingest');

let executor: Executor;
let server: KgServer;
let base: string;
beforeAll(async () => {
  executor = testExecutor(60_000);
  await resetAndSeed(executor);
  await ingestFile(executor, path.join(FIXTURES, 'vso-klein.txt'));
  await ingestFile(executor, path.join(FIXTURES, 'brief-zonder-vragen.txt'));
  server = await createServer({ executor, logger: createLogger('silent'), tokens });
  await new Promise<void>((r) => server.httpServer.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`;
}, 600_000);
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
  return (await res.json()) as {
    data?: any;
    errors?: { message: string; extensions: { code: string; argument?: string } }[];
  };
}

const LIST = `query($filter: IngestedDocumentFilter, $first: Int, $after: String) {
  ingestedDocuments(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { document { id } kind family date origin sourceName counts { passages questions answers } }
  }
}`;
const REMOVE =
  'mutation($id: ID!) { removeDocument(id: $id) { documentId removedNodes removedEntities documentEntity } }';

describe('ingestedDocuments', () => {
  it('lists every ingested document in id order, paged with cursors', async () => {
    const first = await gql(LIST, { first: 2 });
    expect(first.errors).toBeUndefined();
    const page1 = first.data.ingestedDocuments;
    expect(page1.totalCount).toBe(3);
    expect(page1.nodes.map((n: any) => n.document.id)).toEqual([
      'brief-zonder-vragen',
      'ek-vso-wi2021-monitoring-2024',
    ]);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (await gql(LIST, { first: 2, after: page1.pageInfo.endCursor })).data.ingestedDocuments;
    expect(page2.nodes.map((n: any) => n.document.id)).toEqual(['vso-klein']);
    expect(page2.nodes[0]).toMatchObject({
      kind: 'verslag-schriftelijk-overleg',
      family: 'VSO',
      date: '2025-03-03',
      origin: 'ingest',
      sourceName: 'vso-klein.txt',
      counts: { questions: 5, answers: 3 },
    });
    expect(page2.pageInfo.hasNextPage).toBe(false);
  });

  it.each([
    [{ origin: 'seed' }, ['ek-vso-wi2021-monitoring-2024']],
    [{ kind: 'brief' }, ['brief-zonder-vragen']],
    [{ dateFrom: '2025-03', dateTo: '2025' }, ['brief-zonder-vragen', 'vso-klein']],
    [{ dateFrom: '2025-04' }, ['brief-zonder-vragen']],
    [{ dateTo: '2024' }, ['ek-vso-wi2021-monitoring-2024']],
    [{ family: 'KAMERBRIEF' }, ['brief-zonder-vragen']],
    [{ family: 'VSO' }, ['ek-vso-wi2021-monitoring-2024', 'vso-klein']],
    [{ family: 'MOTIE' }, []],
    [{ chamber: 'TK' }, ['brief-zonder-vragen']],
    [{ chamber: 'EK', family: 'VSO', dateTo: '2024' }, ['ek-vso-wi2021-monitoring-2024']],
  ])('filter %j', async (filter, ids) => {
    const r = await gql(LIST, { filter });
    expect(r.errors).toBeUndefined();
    expect(r.data.ingestedDocuments.nodes.map((n: any) => n.document.id)).toEqual(ids);
    expect(r.data.ingestedDocuments.totalCount).toBe(ids.length);
  });

  it('refuses a malformed date and a cursor of another list', async () => {
    expect((await gql(LIST, { filter: { dateFrom: 'maart' } })).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'filter.dateFrom',
    });
    expect((await gql(LIST, { after: 'bm9wZQ' })).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'after',
    });
  });
});

describe('removeDocument', () => {
  it.each([
    ['no token', undefined, 'UNAUTHENTICATED'],
    ['reader', TOKENS.reader, 'FORBIDDEN'],
    ['curator', TOKENS.curator, 'FORBIDDEN'],
  ])('%s → %s, nothing removed', async (_n, token, code) => {
    const before = await graphFingerprint(executor);
    expect((await gql(REMOVE, { id: 'vso-klein' }, token)).errors?.[0]?.extensions.code).toBe(code);
    expect(await graphFingerprint(executor)).toEqual(before);
  });

  it('an admin removes an ingested document; an unknown id is NOT_FOUND', async () => {
    const r = await gql(REMOVE, { id: 'vso-klein' }, TOKENS.admin);
    expect(r.errors).toBeUndefined();
    expect(r.data.removeDocument).toMatchObject({
      documentId: 'vso-klein',
      documentEntity: 'DELETED',
      removedEntities: ['kst-36000-b'],
    });
    expect((await gql(LIST, {})).data.ingestedDocuments.totalCount).toBe(2);
    expect((await gql(REMOVE, { id: 'vso-klein' }, TOKENS.admin)).errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect((await gql(REMOVE, { id: "x' OR 1=1" }, TOKENS.admin)).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'id',
    });
  });
});
