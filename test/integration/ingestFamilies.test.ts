import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ingestFile } from '../../src/ingest/ingestFile';
import { ok as okOn } from '../support/apiClient';
import { useSeededApi } from '../support/seededApi';

// Issue 9: what the family parsers find is written to the real Neo4j and read back through the API.
const FIXTURES = path.join(__dirname, '../fixtures/ingest');
// Seeding and four ingests on a shared, busy machine can take minutes; the assertions do not depend on time.
jest.setTimeout(300_000);
const api = useSeededApi();
const ok = <T = any>(query: string, variables?: Record<string, unknown>) => okOn<T>(api.server, query, variables);
const scalar = async (cypher: string, params: Record<string, unknown> = {}) =>
  (await api.executor.read('t', (tx) => tx.run(cypher, params))).records[0]?.get(0) as unknown;

const DEBATE = 'kst-32824-461-commissiedebat';
const VRAGEN = 'ah-tk-wachttijden';
const MOTIE = 'kst-32824-470-motie';

describe('ingested families through the API', () => {
  beforeAll(async () => {
    await ingestFile(api.executor, path.join(FIXTURES, 'commissiedebat', `${DEBATE}.txt`));
    await ingestFile(api.executor, path.join(FIXTURES, 'schriftelijke-vragen', `${VRAGEN}.txt`));
    await ingestFile(api.executor, path.join(FIXTURES, 'motie-amendement', `${MOTIE}.txt`));
  });

  it('the seed document is the Eerste Kamer VSO family', async () => {
    const d = await ok(
      '{ document(id: "ek-vso-wi2021-monitoring-2024") { family structure { family familyEvidence chamber date sourceIdentifier } } }',
    );
    expect(d.document).toEqual({
      family: 'VSO',
      structure: {
        family: 'VSO',
        familyEvidence: ['VERSLAG VAN EEN SCHRIFTELIJK OVERLEG'],
        chamber: 'EK',
        date: '2024-12-04',
        sourceIdentifier: null,
      },
    });
  });

  it('a debate report: family, members present, 12 speaker turns with 2 interruptions, 3 toezeggingen as Commitments', async () => {
    const d = await ok(
      `query($id: ID!) { document(id: $id) { family structure { chamber sourceIdentifier present { name role } }
      speakerTurns { order speaker party office interruption page startOffset endOffset }
      recordedCommitments { id type kind owner deadline date description } } }`,
      { id: DEBATE },
    );
    expect(d.document.family).toBe('COMMISSIEDEBAT');
    expect(d.document.structure).toMatchObject({ chamber: 'TK', sourceIdentifier: 'kst-32824-461' });
    expect(d.document.structure.present).toHaveLength(5);
    expect(d.document.speakerTurns).toHaveLength(12);
    expect(
      d.document.speakerTurns.filter((t: any) => t.interruption).map((t: any) => `${t.speaker} (${t.party})`),
    ).toEqual(['Van Dijk (VVD)', 'Ceder (ChristenUnie)']);
    expect(d.document.recordedCommitments.map((c: any) => [c.id, c.type, c.kind, c.owner, c.deadline])).toEqual([
      [`${DEBATE}-toezegging-1`, 'COMMITMENT', 'toezegging', 'De staatssecretaris', 'voor de zomer van 2025'],
      [`${DEBATE}-toezegging-2`, 'COMMITMENT', 'toezegging', 'De staatssecretaris', 'in het derde kwartaal van 2025'],
      [`${DEBATE}-toezegging-3`, 'COMMITMENT', 'toezegging', 'De staatssecretaris', null],
    ]);
    const one = await ok(
      'query($s: String) { document(id: "kst-32824-461-commissiedebat") { speakerTurns(speaker: $s) { order } } }',
      { s: 'Podt' },
    );
    expect(one.document.speakerTurns.map((t: any) => t.order)).toEqual([2, 5]);
    // A toezegging is an entity of its own, with its owner also when reached by id.
    const c = await ok(
      '{ entity(id: "kst-32824-461-commissiedebat-toezegging-2") { ... on Commitment { owner deadline } } }',
    );
    expect(c.entity).toEqual({ owner: 'De staatssecretaris', deadline: 'in het derde kwartaal van 2025' });
  });

  it('schriftelijke vragen: askers, dates, answering office-holder, 5 questions and 4 answers', async () => {
    const d = await ok(
      `query($id: ID!) { document(id: $id) { family structure { askers { name party } addressee submitted received answeredBy { name role } }
      questions { number answered } answers { label numbers } } }`,
      { id: VRAGEN },
    );
    expect(d.document.family).toBe('SCHRIFTELIJKE_VRAGEN');
    expect(d.document.structure).toEqual({
      askers: [
        { name: 'Podt', party: 'D66' },
        { name: 'Van Dijk', party: 'VVD' },
      ],
      addressee: 'staatssecretaris van Justitie en Veiligheid',
      submitted: '2025-02-03',
      received: '2025-02-28',
      answeredBy: { name: 'Coenradie', role: 'staatssecretaris van Justitie en Veiligheid' },
    });
    expect(d.document.questions).toEqual([1, 2, 3, 4, 5].map((number) => ({ number, answered: true })));
    expect(d.document.answers.map((a: any) => a.numbers)).toEqual([[1], [2], [3], [4, 5]]);
  });

  it('a motie: kind, dossier, submitters and operative part', async () => {
    const d = await ok(
      'query($id: ID!) { document(id: $id) { family structure { motion { kind dossier submitters operative page } } } }',
      { id: MOTIE },
    );
    expect(d.document).toEqual({
      family: 'MOTIE',
      structure: {
        motion: {
          kind: 'MOTIE',
          dossier: '32 824',
          submitters: ['Podt', 'Van Dijk', 'Ceder'],
          page: 1,
          operative: expect.stringMatching(/^verzoekt de regering om met de VNG afspraken te maken/),
        },
      },
    });
  });

  it('re-ingesting a changed debate report replaces its turns and drops a toezegging it no longer lists, curated data untouched', async () => {
    const curated = await scalar("MATCH (n:Entity {origin: 'seed'}) RETURN count(n)");
    const text = fs.readFileSync(path.join(FIXTURES, 'commissiedebat', `${DEBATE}.txt`), 'utf8');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-families-'));
    const file = path.join(dir, `${DEBATE}.txt`);
    fs.writeFileSync(
      file,
      text.replace(
        /\n- De staatssecretaris zegt toe de Kamer te informeren over de wachttijden voor\ntaallessen in de opvang.\n/,
        '\n',
      ),
    );
    const r = await ingestFile(api.executor, file);
    expect(r).toMatchObject({ written: true, replaced: true });
    expect(await scalar('MATCH (c:Entity:Commitment {documentId: $id}) RETURN count(c)', { id: DEBATE })).toBe(2);
    expect(await scalar('MATCH (t:SpeakerTurn {documentId: $id}) RETURN count(t)', { id: DEBATE })).toBe(12);
    expect(await scalar("MATCH (n:Entity {origin: 'seed'}) RETURN count(n)")).toBe(curated);
  });
});
