import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { parseTokens } from '../../src/auth';
import type { Executor } from '../../src/db/executor';
import { ingestFile } from '../../src/ingest/ingestFile';
import { removeDocument } from '../../src/ingest/removeDocument';
import { createLogger } from '../../src/logger';
import { createServer, type KgServer } from '../../src/server';
import { documentSuggester } from '../../src/suggest/documentSuggester';
import { resetAndSeed, testExecutor } from '../support/testDb';

const sha = (t: string) => createHash('sha256').update(t).digest('hex');
const TOKENS = { reader: 'reader-token-0003', curator: 'curator-token-0003' };
const { tokens } = parseTokens([`rita:reader:${sha(TOKENS.reader)}`, `carla:curator:${sha(TOKENS.curator)}`].join(','));
const SEED_DOC = 'ek-vso-wi2021-monitoring-2024';

let executor: Executor;
let server: KgServer;
let base: string;
beforeAll(async () => {
  executor = testExecutor(60_000);
  await resetAndSeed(executor);
  server = await createServer({ executor, logger: createLogger('silent'), tokens });
  await new Promise<void>((r) => server.httpServer.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`;
}, 300_000);
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

const FIELDS = `id kind status page sentence sentenceStart sentenceEnd relationType rule confidence reviewedBy reason resultId
  entityType name aliases alias entity { id } document { id } passage { id page }
  from { id existing type name start end entity { id } } to { id existing type name start end entity { id } }`;
const LIST = `query($status: SuggestionStatus, $documentId: ID, $kind: SuggestionKind, $type: RelationType, $first: Int, $after: String) {
  suggestions(status: $status, documentId: $documentId, kind: $kind, type: $type, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { ${FIELDS} } } }`;
const ACCEPT = `mutation($id: ID!, $edits: SuggestionEdits) { acceptSuggestion(id: $id, edits: $edits) {
  suggestion { id status reviewedBy resultId } relation { id type origin addedBy from { id } to { id } evidence { document { id } page quote } }
  entity { id name type aliases } } }`;
const REJECT = `mutation($id: ID!, $reason: String!) { rejectSuggestion(id: $id, reason: $reason) { id status reason reviewedBy } }`;

const list = async (vars: Record<string, unknown>) => {
  const r = await gql(LIST, { first: 100, ...vars });
  expect(r.errors).toBeUndefined();
  return r.data.suggestions as {
    totalCount: number;
    nodes: any[];
    pageInfo: { hasNextPage: boolean; endCursor: string };
  };
};

describe('the review queue', () => {
  it('holds the seed document’s suggestions, each with its sentence on its page and no relation the graph has', async () => {
    const q = await list({ documentId: SEED_DOC });
    expect(q.totalCount).toBeGreaterThan(0);
    for (const s of q.nodes) {
      expect(s).toMatchObject({ status: 'PENDING', document: { id: SEED_DOC } });
      expect(s.passage?.page).toBe(s.page);
      expect(s.sentence.length).toBeGreaterThan(10);
      if (s.kind === 'RELATION') {
        const has = await gql(
          'query($id: ID!) { entity(id: $id) { relations(first: 500) { type to { id } from { id } } } }',
          { id: s.from.existing ? s.from.id : s.to.id },
        );
        const rels = has.data.entity?.relations ?? [];
        expect(rels.some((r: any) => r.type === s.relationType && r.from.id === s.from.id && r.to.id === s.to.id)).toBe(
          false,
        );
      }
    }
  });

  it('pages in document order and filters by kind and type', async () => {
    const all = await list({});
    const first = await list({ first: 3 });
    expect(first.nodes.map((n) => n.id)).toEqual(all.nodes.slice(0, 3).map((n) => n.id));
    const next = await list({ first: 3, after: first.pageInfo.endCursor });
    expect(next.nodes.map((n) => n.id)).toEqual(all.nodes.slice(3, 6).map((n) => n.id));
    const relations = await list({ kind: 'RELATION' });
    expect(relations.nodes.every((n) => n.kind === 'RELATION')).toBe(true);
    const t = relations.nodes[0]?.relationType;
    if (t) expect((await list({ type: t })).nodes.every((n) => n.relationType === t)).toBe(true);
    expect((await gql(LIST, { first: 0 })).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'first',
    });
  });

  it('accepting a relation makes a curated relation with its evidence and reviewer, in entity, neighbourhood and history', async () => {
    const s = (await list({ kind: 'RELATION' })).nodes.find((n) => n.from.existing && n.to.existing);
    expect(s).toBeDefined();
    expect((await gql(ACCEPT, { id: s.id })).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect((await gql(ACCEPT, { id: s.id }, TOKENS.reader)).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const r = await gql(ACCEPT, { id: s.id }, TOKENS.curator);
    expect(r.errors).toBeUndefined();
    const rel = r.data.acceptSuggestion.relation;
    expect(rel).toMatchObject({
      type: s.relationType,
      origin: 'curator',
      addedBy: 'carla',
      from: { id: s.from.id },
      to: { id: s.to.id },
      evidence: [{ document: { id: SEED_DOC }, page: s.page, quote: s.sentence }],
    });
    expect(r.data.acceptSuggestion.suggestion).toMatchObject({
      status: 'ACCEPTED',
      reviewedBy: 'carla',
      resultId: rel.id,
    });
    const seen = await gql(
      `query($id: ID!) { entity(id: $id) { relations(first: 500) { id addedBy } ... on Organisation { history { action by targetId } } }
         neighbourhood(id: $id, depth: 1, limit: 500) { relations { id } } }`,
      { id: s.from.id },
    );
    expect(seen.errors).toBeUndefined();
    expect(seen.data.entity.relations).toContainEqual({ id: rel.id, addedBy: 'carla' });
    expect(seen.data.neighbourhood.relations.map((x: any) => x.id)).toContain(rel.id);
    // Deciding twice is refused; the relation is not written twice.
    expect((await gql(ACCEPT, { id: s.id }, TOKENS.curator)).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'id',
    });
    expect((await gql(ACCEPT, { id: 'no-such-suggestion' }, TOKENS.curator)).errors?.[0]?.extensions.code).toBe(
      'NOT_FOUND',
    );
  });

  it('a failed check writes nothing: an edited quote that is not on the page', async () => {
    const s = (await list({ kind: 'RELATION', status: 'PENDING' })).nodes.find((n) => n.from.existing && n.to.existing);
    const r = await gql(
      ACCEPT,
      { id: s.id, edits: { quote: 'Deze zin staat nergens in het document.' } },
      TOKENS.curator,
    );
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'edits.evidence[0].quote' });
    expect((await gql(`query($id: ID!) { suggestion(id: $id) { status } }`, { id: s.id })).data.suggestion.status).toBe(
      'PENDING',
    );
  });

  it('accepting an entity suggestion creates the entity through the curator checks, and a relation to it becomes acceptable', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-suggest-entity-'));
    const file = path.join(dir, 'brief-ind.txt');
    fs.writeFileSync(
      file,
      `BRIEF VAN DE STAATSSECRETARIS VAN SOCIALE ZAKEN EN WERKGELEGENHEID

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 10 november 2025

De Immigratie- en Naturalisatiedienst (IND) beslist over de verblijfsvergunningen van asielstatushouders.
`,
    );
    const ingested = await ingestFile(executor, file, { suggest: documentSuggester });
    const entities = (await list({ documentId: ingested.document.id, kind: 'ENTITY' })).nodes;
    const ind = entities.find((n) => n.name === 'Immigratie- en Naturalisatiedienst');
    expect(ind).toMatchObject({ entityType: 'ORGANISATION', aliases: ['IND'] });
    const r = await gql(ACCEPT, { id: ind.id, edits: { entityId: 'ind' } }, TOKENS.curator);
    expect(r.errors).toBeUndefined();
    expect(r.data.acceptSuggestion.entity).toEqual({
      id: 'ind',
      name: 'Immigratie- en Naturalisatiedienst',
      type: 'ORGANISATION',
      aliases: ['IND'],
    });
    const made = await gql('{ entity(id: "ind") { name origin: __typename } }');
    expect(made.data.entity.name).toBe('Immigratie- en Naturalisatiedienst');
    // A relation suggestion that named the suggested entity now names the created one.
    for (const s of (await list({ documentId: ingested.document.id, kind: 'RELATION' })).nodes) {
      if (s.from.name === 'Immigratie- en Naturalisatiedienst')
        expect(s.from).toMatchObject({ id: 'ind', existing: true });
      if (s.to.name === 'Immigratie- en Naturalisatiedienst') expect(s.to).toMatchObject({ id: 'ind', existing: true });
    }
    // The same id again is refused by createEntity's own check, named on the edits argument.
    const again = entities.find((n) => n.id !== ind.id);
    if (again) {
      const dup = await gql(ACCEPT, { id: again.id, edits: { entityId: 'ind' } }, TOKENS.curator);
      expect(dup.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'edits.id' });
    }
  });
});

describe('decisions survive re-ingest and removal', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-suggest-'));
  const file = path.join(dir, 'brief-inburgering.txt');
  const letter = (extra: string) => `BRIEF VAN DE STAATSSECRETARIS VAN SOCIALE ZAKEN EN WERKGELEGENHEID

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 3 november 2025

De Immigratie- en Naturalisatiedienst (IND) beoordeelt de aanvragen. DUO voert de inburgeringsexamens uit.
Het Centraal Orgaan opvang asielzoekers (COA) biedt de voorinburgering aan in de azc's.
${extra}
De Staatssecretaris van Sociale Zaken en Werkgelegenheid,
J. de Vries
`;
  const ingest = () => ingestFile(executor, file, { suggest: documentSuggester, replace: true });

  it('a rejected suggestion stays rejected when the document is re-ingested, and when it is removed and ingested again', async () => {
    fs.writeFileSync(file, letter(''));
    const first = await ingest();
    expect(first.suggestions).toBeGreaterThan(0);
    const q = await list({ documentId: first.document.id });
    expect(q.totalCount).toBe(first.suggestions);
    const [rejected] = q.nodes;
    // An empty reason is refused and decides nothing.
    expect(
      (await gql(REJECT, { id: rejected.id, reason: '  ' }, TOKENS.curator)).errors?.[0]?.extensions,
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'reason',
    });
    const r = await gql(REJECT, { id: rejected.id, reason: 'niet wat de zin zegt' }, TOKENS.curator);
    expect(r.data.rejectSuggestion).toEqual({
      id: rejected.id,
      status: 'REJECTED',
      reason: 'niet wat de zin zegt',
      reviewedBy: 'carla',
    });

    fs.writeFileSync(file, letter('Gemeenten ontvangen hiervoor een uitkering.\n'));
    const second = await ingest();
    expect(second.written).toBe(true);
    const after = await list({ documentId: first.document.id, status: null });
    expect(after.nodes.find((n) => n.id === rejected.id)?.status).toBe('REJECTED');
    expect((await list({ documentId: first.document.id })).nodes.map((n) => n.id)).not.toContain(rejected.id);

    await removeDocument(executor, first.document.id);
    expect((await list({ documentId: first.document.id })).totalCount).toBe(0);
    expect((await list({ documentId: first.document.id, status: 'REJECTED' })).nodes.map((n) => n.id)).toEqual([
      rejected.id,
    ]);
    await ingest();
    expect((await list({ documentId: first.document.id, status: 'REJECTED' })).nodes.map((n) => n.id)).toEqual([
      rejected.id,
    ]);
    expect((await list({ documentId: first.document.id })).nodes.map((n) => n.id)).not.toContain(rejected.id);
  });
});
