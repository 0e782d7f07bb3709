import path from 'node:path';
import { ingestFile } from '../../src/ingest/ingestFile';
import { graphFingerprint } from '../support/testDb';
import { ok as okOn } from '../support/apiClient';
import { useSeededApi } from '../support/seededApi';

const FIXTURE = path.join(__dirname, '../fixtures/ingest/brief-citaties.txt');
const api = useSeededApi();
const ok = <T = any>(query: string, variables?: Record<string, unknown>) => okOn<T>(api.server, query, variables);
const rows = async (cypher: string) =>
  (await api.executor.read('t', (tx) => tx.run(cypher))).records.map((r) => r.toObject());

/** The fixture cites, in this order (counted by hand): a motion, a toezegging, a Kamerstuk with a page, an article,
 *  a Staatsblad, a Staatscourant, an Aanhangsel, Handelingen, an ECLI, a wetten.overheid.nl address, two dossiers
 *  with one number (footnote 1) and a kst web address (footnote 2); "32 824 mensen", a date and an amount are not. */
const EXPECTED = [
  ['MOTION', 'kst-32824-400', 'kst-32824-400'],
  ['TOEZEGGING', 'T03101', 't03101'],
  ['KAMERSTUK', 'kst-32824-438', 'kst-32824-438'],
  ['ARTICLE', 'wi2021/artikel-13/lid-1', 'wi2021'],
  ['STAATSBLAD', 'stb-2024-112', 'stb-2024-112'],
  ['STAATSCOURANT', 'stcrt-2024-23456', 'stcrt-2024-23456'],
  ['AANHANGSEL', 'ah-tk-20242025-512', 'ah-tk-20242025-512'],
  ['HANDELINGEN', 'h-tk-20232024-45-12', 'h-tk-20232024-45-12'],
  ['ECLI', 'ECLI:NL:CRVB:2023:1234', 'ecli-nl-crvb-2023-1234'],
  ['LAW', 'BWBR0044770', 'wi2021'],
  ['KAMERSTUK', 'kst-25295-324', 'kst-25295-324'],
  ['KAMERSTUK', 'kst-32824-324', 'kst-32824-324'],
  ['KAMERSTUK', 'kst-36600-VI-7', 'kst-36600-vi-7'],
];

describe('citations of an ingested letter', () => {
  let created: string[];
  beforeAll(async () => {
    created = (await ingestFile(api.executor, FIXTURE, { id: 'brief-citaties' })).createdEntities;
  });

  it('writes one CITATION per cited identifier, linked to the catalogued entity where there is one', async () => {
    const got =
      await rows(`MATCH (p:Passage {documentId: 'brief-citaties'})-[c:CITATION]->(t) WITH p, c, t ORDER BY p.order, c.start, c.identifier
      RETURN c.kind AS kind, c.identifier AS identifier, t.id AS target`);
    expect(got.map((r) => [r.kind, r.identifier, r.target])).toEqual(EXPECTED);
  });

  it('creates placeholders only for what the graph lacked, each with its identifier', async () => {
    expect([...created].sort()).toEqual([
      'ah-tk-20242025-512',
      'ecli-nl-crvb-2023-1234',
      'h-tk-20232024-45-12',
      'kst-25295-324',
      'kst-32824-324',
      'kst-32824-400',
      'kst-36600-vi-7',
      // Not a citation: the linking step creates the member the letter names ("het lid Podt").
      'persoon-podt',
      'stb-2024-112',
      'stcrt-2024-23456',
    ]);
    const props =
      await rows(`MATCH (e:Entity) WHERE e.id IN ['kst-32824-400', 'ah-tk-20242025-512', 'ecli-nl-crvb-2023-1234'] WITH e ORDER BY e.id
      RETURN e.id AS id, e.origin AS origin, e.type AS type, e.kind AS kind, e.name AS name, e.identifiers AS identifiers`);
    expect(props).toEqual([
      {
        id: 'ah-tk-20242025-512',
        origin: 'citation',
        type: 'DOCUMENT',
        kind: 'aanhangsel-handelingen',
        name: 'Aanhangsel Handelingen II 2024-2025, nr. 512',
        identifiers: ['PUBLICATION:ah-tk-20242025-512'],
      },
      {
        id: 'ecli-nl-crvb-2023-1234',
        origin: 'citation',
        type: 'DOCUMENT',
        kind: 'uitspraak',
        name: 'ECLI:NL:CRVB:2023:1234',
        identifiers: ['ECLI:ECLI:NL:CRVB:2023:1234'],
      },
      {
        id: 'kst-32824-400',
        origin: 'citation',
        type: 'DOCUMENT',
        kind: 'motie',
        name: 'Motie-Podt (Kamerstuk 32824, nr. 400)',
        identifiers: ['KAMERSTUK:kst-32824-400'],
      },
    ]);
  });

  it('shows the page reference, the submitters and the target through the API', async () => {
    const d = await ok(
      `{ document(id: "brief-citaties") { citations { kind identifier text locator submitters target { id } } } }`,
    );
    expect(d.document.citations).toHaveLength(EXPECTED.length);
    expect(d.document.citations[0]).toEqual({
      kind: 'MOTION',
      identifier: 'kst-32824-400',
      text: 'de motie-Podt (Kamerstuk 32 824, nr. 400)',
      locator: null,
      submitters: ['Podt'],
      target: { id: 'kst-32824-400' },
    });
    expect(d.document.citations[2]).toMatchObject({ identifier: 'kst-32824-438', locator: 'p. 4', submitters: [] });
  });

  it('finds each cited entity by its identifier, and shows the new identifier schemes with their addresses', async () => {
    const d = await ok(`{ a: citation(identifier: "ah-tk-20242025-512") { id identifiers { scheme value url } }
      b: citation(identifier: "ECLI:NL:CRVB:2023:1234") { id identifiers { scheme url } } c: citation(identifier: "KST-36600-VI-7") { id }
      d: citation(identifier: "BWBR0044770") { id } }`);
    expect(d).toEqual({
      a: {
        id: 'ah-tk-20242025-512',
        identifiers: [
          {
            scheme: 'PUBLICATION',
            value: 'ah-tk-20242025-512',
            url: 'https://zoek.officielebekendmakingen.nl/ah-tk-20242025-512.html',
          },
        ],
      },
      b: {
        id: 'ecli-nl-crvb-2023-1234',
        identifiers: [{ scheme: 'ECLI', url: 'https://uitspraken.rechtspraak.nl/details?id=ECLI:NL:CRVB:2023:1234' }],
      },
      c: { id: 'kst-36600-vi-7' },
      d: { id: 'wi2021' },
    });
  });

  it('changes nothing when the same letter is ingested again', async () => {
    const fp = await graphFingerprint(api.executor);
    expect((await ingestFile(api.executor, FIXTURE, { id: 'brief-citaties' })).written).toBe(false);
    expect(await graphFingerprint(api.executor)).toEqual(fp);
  });
});
