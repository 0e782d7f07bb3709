import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ingestFile } from '../../src/ingest/ingestFile';
import { ok as okOn } from '../support/apiClient';
import { useSeededApi } from '../support/seededApi';

const FIXTURES = path.join(__dirname, '../fixtures/linking');
const TK = path.join(FIXTURES, 'tk-commissiedebat.txt');
const EK = path.join(FIXTURES, 'ek-brief-commissie.txt');
const api = useSeededApi();
const ok = <T = any>(query: string, variables?: Record<string, unknown>) => okOn<T>(api.server, query, variables);
const rows = async (cypher: string, params: Record<string, unknown> = {}) =>
  (await api.executor.read('t', (tx) => tx.run(cypher, params))).records.map((r) => r.get(0) as unknown);

function tempCopy(name: string, content: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-linking-'));
  fs.writeFileSync(path.join(dir, name), content);
  return path.join(dir, name);
}

describe('linking in the graph', () => {
  beforeAll(async () => {
    await ingestFile(api.executor, TK, { id: 'tk-commissiedebat' });
    await ingestFile(api.executor, EK, { id: 'ek-brief-commissie' });
  });

  it("a Tweede Kamer text mentions the Tweede Kamer's committee and no Eerste Kamer faction", async () => {
    expect(
      await rows(
        "MATCH (:Passage {documentId: 'tk-commissiedebat'})-[:MENTIONS]->(e) WHERE e.kind = 'committee' OR e.type = 'FACTION' RETURN e.id",
      ),
    ).toEqual(['tk-commissie-szw']);
    expect(
      await rows(
        "MATCH (:Passage {documentId: 'ek-brief-commissie'})-[:MENTIONS]->(e {kind: 'committee'}) RETURN DISTINCT e.id",
      ),
    ).toEqual(['ek-commissie-szw']);
  });

  it('creates the persons the catalogue lacks, marked as coming from the document, and links the ones it has', async () => {
    expect(await rows("MATCH (p:Person {origin: 'ingest'}) RETURN [p.id, p.sourceDocumentId] ORDER BY p.id")).toEqual([
      ['persoon-dekker', 'tk-commissiedebat'],
      ['persoon-dittrich', 'ek-brief-commissie'],
      ['persoon-mutluer', 'tk-commissiedebat'],
      ['persoon-podt', 'tk-commissiedebat'],
      ['persoon-van-der-plas', 'tk-commissiedebat'],
    ]);
    expect(
      await rows(
        "MATCH (:Passage {documentId: 'tk-commissiedebat'})-[m:MENTIONS]->(:Entity {id: 'coenradie'}) RETURN m.party ORDER BY m.start",
      ),
    ).toEqual([null, 'VVD']);
    expect(
      await rows(
        "MATCH (:Passage {documentId: 'ek-brief-commissie'})-[m:MENTIONS]->(:Entity {id: 'ek-petersen'}) RETURN [m.role, m.party]",
      ),
    ).toEqual([['lid', 'VVD']]);
  });

  it("states a new Eerste Kamer member's faction as a relation with evidence; a Tweede Kamer member gets none", async () => {
    const d = await ok(
      `{ entity(id: "persoon-dittrich") { ... on Person { relations { id type to { id } evidence { document { id } page quote passage { order } } } } } }`,
    );
    expect(d.entity.relations).toEqual([
      {
        id: 'persoon-dittrich--MEMBER_OF-->fractie-d66',
        type: 'MEMBER_OF',
        to: { id: 'fractie-d66' },
        evidence: [
          { document: { id: 'ek-brief-commissie' }, page: 1, quote: 'het lid Dittrich (D66)', passage: { order: 3 } },
        ],
      },
    ]);
    expect(await rows("MATCH (:Entity {id: 'persoon-dekker'})-[r]->() RETURN type(r)")).toEqual([]);
  });

  it('shows unresolved names in the API with their candidates and reason', async () => {
    const d = await ok(
      `{ document(id: "tk-commissiedebat") { unresolvedMentions { matched reason candidates { id } passage { order } startOffset } } }`,
    );
    const u = d.document.unresolvedMentions;
    expect(u).toHaveLength(10);
    expect(u.filter((x: any) => x.reason === 'AMBIGUOUS')).toEqual([
      {
        matched: 'Wet inburgering',
        reason: 'AMBIGUOUS',
        candidates: [{ id: 'wi2013' }, { id: 'wi2021' }],
        passage: { order: 8 },
        startOffset: 716,
      },
    ]);
    expect(u.find((x: any) => x.matched === 'Heijnen')).toMatchObject({
      reason: 'OTHER_CHAMBER',
      candidates: [{ id: 'ek-heijnen' }],
    });
    const p = await ok(
      `{ document(id: "tk-commissiedebat") { passages(first: 20) { edges { node { order unresolvedMentions { matched } mentions { entity { id } role party } } } } } }`,
    );
    const byOrder = new Map(p.document.passages.edges.map((e: any) => [e.node.order, e.node]));
    expect((byOrder.get(9) as any).unresolvedMentions.map((m: any) => m.matched)).toEqual(['Heijnen', 'BBB', 'VVD']);
    expect((byOrder.get(5) as any).mentions.filter((m: any) => m.party)).toEqual([
      { entity: { id: 'persoon-podt' }, role: 'lid', party: 'D66' },
      { entity: { id: 'persoon-mutluer' }, role: 'lid', party: 'GroenLinks-PvdA' },
      { entity: { id: 'persoon-van-der-plas' }, role: 'lid', party: 'BBB' },
      { entity: { id: 'coenradie' }, role: 'staatssecretaris', party: 'VVD' },
    ]);
  });

  it('a second document naming the same new person links to the same Person; re-ingesting drops what a version no longer names', async () => {
    const second =
      'Tweede Kamer der Staten-Generaal \n\nVastgesteld 2 april 2025 \n\nHet lid Podt (D66) stelt opnieuw vragen over de leerroutes van gemeenten. \n';
    await ingestFile(api.executor, tempCopy('tk-tweede.txt', second), { id: 'tk-tweede' });
    expect(await rows("MATCH (p:Person) WHERE p.name = 'Podt' RETURN p.id")).toEqual(['persoon-podt']);
    expect(
      await rows(
        "MATCH (p:Passage)-[:MENTIONS]->(:Entity {id: 'persoon-podt'}) RETURN DISTINCT p.documentId ORDER BY p.documentId",
      ),
    ).toEqual(['tk-commissiedebat', 'tk-tweede']);

    const v2 = fs
      .readFileSync(TK, 'utf8')
      .replace('en het lid Dekker (VVD) sluiten', 'sluit')
      .replace('Het lid Podt (D66) vraagt', 'De commissie vraagt');
    const r = await ingestFile(api.executor, tempCopy('tk-commissiedebat.txt', v2), { id: 'tk-commissiedebat' });
    expect(r).toMatchObject({ written: true, replaced: true });
    expect(await rows("MATCH (p:Person {origin: 'ingest'}) RETURN p.id ORDER BY p.id")).toEqual([
      'persoon-dittrich',
      'persoon-mutluer',
      'persoon-podt',
      'persoon-van-der-plas',
    ]);
    // Two of the ten unresolved names went with the text that named them: "(D66)" after Podt and "(VVD)" after Dekker.
    expect(
      Number((await rows("MATCH (u:UnresolvedMention {documentId: 'tk-commissiedebat'}) RETURN count(u)"))[0]),
    ).toBe(8);
  });
});
