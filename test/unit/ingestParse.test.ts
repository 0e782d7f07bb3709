import fs from 'node:fs';
import path from 'node:path';
import { decodeSource } from '../../src/ingest/decodeSource';
import { IngestError } from '../../src/ingest/ingestError';
import { parseDocument, type ParsedDocument } from '../../src/ingest/parseDocument';
import { normaliseWhitespace } from '../../src/domain/text';
import { seedCatalogue } from '../support/catalogueFixture';

const SEED = path.join(__dirname, '../../seeds/documents/ek-vso-wi2021-monitoring-2024.txt');
const FIXTURES = path.join(__dirname, '../fixtures/ingest');
const parse = (file: string, id = 'test-doc') => parseDocument(fs.readFileSync(file, 'utf8'), { id, sourceName: path.basename(file), catalogue: seedCatalogue() });
const count = <T>(items: readonly T[], key: (t: T) => string) => items.reduce<Record<string, number>>((m, t) => ({ ...m, [key(t)]: (m[key(t)] ?? 0) + 1 }), {});

describe('the seed document (counts taken by hand from the text)', () => {
  let d: ParsedDocument;
  beforeAll(() => {
    d = parse(SEED, 'ek-vso-wi2021-monitoring-2024');
  });

  it('is a verslag van een schriftelijk overleg of 13 pages, dated 4 December 2024, of the SZW committee, clerk Karthaus', () => {
    expect(d).toMatchObject({ kind: 'verslag-schriftelijk-overleg', date: '2024-12-04', pageCount: 13, committeeId: 'ek-commissie-szw', clerk: 'Karthaus', clerkId: 'karthaus' });
    expect(d.title).toMatch(/^Verslag van een schriftelijk overleg over monitoring van de Wet inburgering 2021/);
  });

  it('has the committee letter of 23 October and the answer letter of 2 December with their signatories', () => {
    expect(d.parts.map((p) => [p.kind, p.date, p.signatory, p.signatoryId, p.officeId, p.page])).toEqual([
      ['COMMITTEE_LETTER', '2024-10-23', 'Dr. M.L. Vos', 'ek-vos', 'ek-commissie-szw', 2],
      ['ANSWER_LETTER', '2024-12-02', 'I. Coenradie', 'coenradie', 'staatssecretaris-jenv', 6],
    ]);
    expect(d.parts[1]?.addressee).toBe('de Voorzitter van de Eerste Kamer der Staten-Generaal');
  });

  it('has 19 questions: GroenLinks-PvdA 2, CDA 1, D66 8, SP 8, each linked to its faction', () => {
    expect(count(d.questions, (q) => q.faction)).toEqual({ 'GroenLinks-PvdA': 2, CDA: 1, D66: 8, SP: 8 });
    expect(d.questions.every((q) => q.factionId === `fractie-${q.faction.toLowerCase()}`)).toBe(true);
    expect(d.questions.filter((q) => q.faction === 'SP').map((q) => q.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('has 17 answers, two of which answer two questions (SP 3+4, SP 5+6), and every question answered', () => {
    expect(d.answers).toHaveLength(17);
    expect(d.answers.filter((a) => a.numbers.length > 1).map((a) => `${a.faction} ${a.numbers.join('+')}`)).toEqual(['SP 3+4', 'SP 5+6']);
    expect(d.warnings).toEqual([]);
  });

  it('finds the 3 cross-references between answers', () => {
    const refs = d.answers.flatMap((a) => a.refersTo.map((r) => `${a.faction} ${a.numbers.join('+')} → ${r.faction} ${r.numbers === 'ALL' ? 'all' : r.numbers.join('+')}`));
    expect(refs).toEqual(['D66 2 → CDA all', 'SP 5+6 → SP 3+4', 'SP 8 → SP 7']);
  });

  it('finds the 7 joins: GL-PvdA ↔ D66, GL-PvdA → CDA, ChristenUnie → all four asking factions', () => {
    expect(d.joins.map((j) => `${j.factionId}>${j.joinsId}`).sort()).toEqual([
      'fractie-christenunie>fractie-cda', 'fractie-christenunie>fractie-d66', 'fractie-christenunie>fractie-groenlinks-pvda', 'fractie-christenunie>fractie-sp',
      'fractie-d66>fractie-groenlinks-pvda', 'fractie-groenlinks-pvda>fractie-cda', 'fractie-groenlinks-pvda>fractie-d66',
    ]);
  });

  it('has 14 footnotes, each with the passage that carries its marker', () => {
    const notes = d.passages.filter((p) => p.footnote);
    expect(notes.map((p) => p.footnote?.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(d.footnoteRefs.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    // "juni 20248": footnote 8's marker glued to a year.
    const ref8 = d.footnoteRefs.find((r) => r.number === 8);
    expect(d.text.slice((ref8?.offset ?? 0) - 9, (ref8?.offset ?? 0) + 1)).toBe('juni 20248');
    expect(notes.find((p) => p.footnote?.number === 6)?.footnote?.urls).toEqual(['https://www.eerstekamer.nl/overig/20240815/uitvoering_eerste_fase_wet/document3/f=/vmgmadcudiwz.pdf']);
    expect(notes.find((p) => p.footnote?.number === 10)?.footnote?.urls).toEqual(['https://open.overheid.nl/documenten/f7cccba3-a2de-4572-bcae-f0839b3c2559/file']);
  });

  it('has 12 citations: 5 Kamerstukken, 1 toezegging, 1 article, 3 reports, 2 letters by address; all resolved to catalogued entities', () => {
    expect(count(d.citations, (c) => c.kind)).toEqual({ KAMERSTUK: 5, TOEZEGGING: 1, ARTICLE: 1, REPORT: 3, URL: 2 });
    expect([...new Set(d.citations.filter((c) => c.kind === 'KAMERSTUK').map((c) => c.identifier))].sort()).toEqual(['kst-22452-91', 'kst-32824-438', 'kst-35483-L']);
    expect(d.citations.find((c) => c.kind === 'ARTICLE')).toMatchObject({ identifier: 'besluit-inburgering-2021/artikel-2.2/lid-1', targetId: 'besluit-inburgering-2021' });
    expect(d.citations.filter((c) => c.kind === 'REPORT').map((c) => c.targetId)).toEqual(['radaradvies-uitvoering-eerste-fase-wi2021', 'wodc-locs-2024', 'nuffic-blijven-na-afstuderen-2023']);
    expect(d.citations.filter((c) => c.create)).toEqual([]);
  });

  it('keeps question and answer texts as the source has them (footnote blocks between pages left out)', () => {
    const src = normaliseWhitespace(d.passages.filter((p) => !p.footnote).map((p) => p.text).join(' '));
    for (const x of [...d.questions, ...d.answers]) expect(src).toContain(x.text);
    expect(d.questions.find((q) => q.faction === 'CDA')?.text).toBe('Steunt het huidige kabinet nog steeds het beleid zoals in de begeleidende brief bij de monitor is omschreven?');
    expect(d.answers.find((a) => a.faction === 'SP' && a.numbers[0] === 8)?.text).toBe('Zie antwoord vraag 7.');
    const d66q3 = d.questions.find((q) => q.faction === 'D66' && q.number === 3);
    expect(d66q3?.text).toMatch(/^In het onderzoeksrapport worden vrouwen met kleine kinderen .* succesvol te kunnen afronden\?$/);
    expect(normaliseWhitespace(d.text.slice(d66q3!.start, d66q3!.end))).toBe(d66q3!.text);
    expect(d66q3?.text).toContain('aan te bieden.6 Vooral');
  });

  it('splits passages with exact offsets and pages, and finds mentions as whole words', () => {
    for (const p of d.passages) expect(d.text.slice(p.start, p.end)).toBe(p.text);
    expect(d.passages.find((p) => p.text.startsWith('Antwoord vraag 8'))?.page).toBe(11);
    const ids = new Set(d.mentions.map((m) => m.entityId));
    for (const id of ['coa', 'divosa', 'vng', 'duo', 'kis', 'wodc', 'vrip', 'map', 'z-route', 'wi2021', 'gemeente-meierijstad']) expect(ids).toContain(id);
    for (const m of d.mentions) expect(d.text.slice(m.start, m.end)).toBe(m.matched);
    expect(d.mentions.some((m) => m.entityId === 'map' && m.matched !== 'MAP')).toBe(false);
  });
});

describe('fixtures of other shapes', () => {
  it('reads a small report with "Vraag 1." headings, an answer to two questions, a page break and a footnote inside a question', () => {
    const d = parse(path.join(FIXTURES, 'vso-klein.txt'));
    expect(d.pageCount).toBe(5);
    expect(d.questions.map((q) => `${q.faction} ${q.number} p${q.page}`)).toEqual(['D66 1 p2', 'D66 2 p2', 'D66 3 p2', 'SP 1 p2', 'SP 2 p3']);
    // The SP question runs across the page break and around the footnote block at the foot of page 2.
    expect(d.questions[3]?.text).toBe(
      'Wanneer wordt de Wet kinderopvang gewijzigd, zoals aangekondigd in de uitvoeringsbrief inburgering,3 en welke gevolgen heeft dat voor inburgeraars die nu nog geen recht hebben op kinderopvangtoeslag?',
    );
    // The blank line inside D66 question 1 (a hanging indent) does not cut it.
    expect(d.questions[0]?.text).toBe('Hoeveel bewoners van het azc bezoeken de Meedoenbalies van het COA? Hoe verhoudt zich dat tot het aantal bewoners dat het programma VrIP volgt?');
    expect(d.answers.map((a) => `${a.faction} ${a.numbers.join('+')}`)).toEqual(['D66 1', 'D66 2+3', 'SP 2']);
    expect(d.answers[2]?.refersTo).toEqual([{ faction: 'D66', numbers: 'ALL' }]);
    expect(d.warnings).toEqual(['question SP 1 has no answer']);
    expect(d.joins.map((j) => `${j.faction}>${j.joins}`)).toEqual(['ChristenUnie>D66', 'ChristenUnie>SP']);
    expect(d.citations.map((c) => [c.kind, c.identifier, c.targetId, Boolean(c.create)])).toEqual([
      ['KAMERSTUK', 'kst-36000-B', 'kst-36000-b', true],
      ['KAMERSTUK', 'kst-32824-438', 'kst-32824-438', false],
    ]);
    expect(d.parts.map((p) => [p.kind, p.signatoryId, p.officeId])).toEqual([
      ['COMMITTEE_LETTER', 'ek-vos', 'ek-commissie-szw'],
      ['ANSWER_LETTER', 'coenradie', 'staatssecretaris-jenv'],
    ]);
  });

  it('ingests a letter with no questions: passages, footnote, citation, mentions, one part', () => {
    const d = parse(path.join(FIXTURES, 'brief-zonder-vragen.txt'));
    expect(d.kind).toBe('brief');
    expect(d.structures).toEqual(['passages', 'footnotes', 'citations', 'mentions', 'parts']);
    expect(d.questions).toEqual([]);
    expect(d.parts.map((p) => [p.kind, p.date, p.signatory, p.officeId])).toEqual([['LETTER', '2025-05-12', 'X. Voorbeeld', 'minister-szw']]);
    expect(d.citations.map((c) => [c.kind, c.identifier, c.create?.type])).toEqual([['TOEZEGGING', 'T09999', 'COMMITMENT']]);
  });

  it('ingests a report of another family and matches names without accents, across hyphenation, but not "map" for MAP', () => {
    const d = parse(path.join(FIXTURES, 'rapport-meedoenbalies.txt'));
    expect(d.kind).toBe('document');
    expect(d.structures).toEqual(['passages', 'mentions']);
    const byEntity = (id: string) => d.mentions.filter((m) => m.entityId === id).map((m) => normaliseWhitespace(m.matched));
    expect(byEntity('meedoenbalies')).toEqual(['Meedoenbalies', 'Meedoen- balies', 'Meedoenbalies']);
    expect(byEntity('z-route')).toEqual(['Z route']);
    expect(byEntity('oekraiense-ontheemden')).toEqual(['Oekraiense ontheemden']);
    expect(byEntity('map')).toEqual(['MAP']);
    expect(byEntity('ministerie-jenv')).toEqual(['Ministerie van Justitie en Veiligheid']);
  });
});

describe('bad input', () => {
  const bytes = (s: string | number[]) => (typeof s === 'string' ? new TextEncoder().encode(s) : Uint8Array.from(s));
  it.each([
    ['empty', bytes(''), 'EMPTY', /empty/],
    ['only whitespace', bytes(' \n\n \t'), 'EMPTY', /empty/],
    ['binary', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'BINARY', /NUL byte at offset 8/],
    ['Latin-1', bytes([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]), 'NOT_UTF8', /not valid UTF-8 \(byte 0xe9 at offset 3\)/],
    ['overlong UTF-8', bytes([0x41, 0xc0, 0xaf]), 'NOT_UTF8', /offset 1/],
  ])('%s → IngestError %s', (_n, input, code, message) => {
    try {
      decodeSource(input, 'f.txt');
      throw new Error('expected IngestError');
    } catch (e) {
      expect(e).toBeInstanceOf(IngestError);
      expect((e as IngestError).code).toBe(code);
      expect((e as IngestError).message).toMatch(message);
    }
  });

  it('accepts UTF-8 with a BOM and the U+FFFD bullets of the exports', () => {
    expect(decodeSource(bytes('\uFEFF\uFFFD punt één'), 'f.txt')).toBe('\uFFFD punt één');
  });

  it('refuses text with no recognisable structure', () => {
    for (const t of ['1;2;3\n4;5;6\n7;8;9\n', 'a\nb\nc', '{"x": [1, 2, 3], "y": {"z": 4}}']) {
      expect(() => parseDocument(t, { id: 'x', sourceName: 'x.txt', catalogue: seedCatalogue() })).toThrow(/no recognisable text structure/);
    }
  });
});
