import fs from 'node:fs';
import path from 'node:path';
import { chamberFromText } from '../../src/ingest/linkContext';
import { MentionMatcher } from '../../src/ingest/mentions';
import { parseDocument, type ParsedDocument } from '../../src/ingest/parseDocument';
import type { ParsedPassage } from '../../src/ingest/passages';
import { findPersonReferences } from '../../src/ingest/personReferences';
import { existsAt, resolveEntity } from '../../src/ingest/resolveEntity';
import { resolvePerson } from '../../src/ingest/resolvePerson';
import { seedCatalogue } from '../support/catalogueFixture';

const FIXTURES = path.join(__dirname, '../fixtures/linking');
const SEED = path.join(__dirname, '../../seeds/documents/ek-vso-wi2021-monitoring-2024.txt');
const catalogue = seedCatalogue();
const parse = (file: string, id = 'test-doc') =>
  parseDocument(fs.readFileSync(file, 'utf8'), { id, sourceName: path.basename(file), catalogue });
const passage = (text: string, order = 0): ParsedPassage => ({
  order,
  page: 1,
  kind: 'PARAGRAPH',
  start: 0,
  end: text.length,
  text,
});
/** Mentions as "entity matched", in text order, optionally only of some entities. */
const linked = (d: ParsedDocument, only?: (id: string) => boolean) =>
  d.mentions.filter((m) => !only || only(m.entityId)).map((m) => `${m.entityId} ${m.matched.replace(/\s+/g, ' ')}`);
const unresolved = (d: ParsedDocument) =>
  d.unresolvedMentions.map((u) => `${u.matched} ${u.reason} ${u.candidates.join(',')}`);

describe('the chamber a text states', () => {
  it.each([
    ['Tweede Kamer der Staten-Generaal \nVergaderjaar 2024–2025 \n\nNr. 901 VERSLAG', 'TK'],
    [' EERSTE KAMER DER STATEN-GENERAAL\n\nVergaderjaar 2024–2025', 'EK'],
    ['BRIEF VAN DE MINISTER\n\nAan de Voorzitter van de Eerste Kamer der Staten-Generaal\n', 'EK'],
    // Running text names a chamber without being its document.
    ['VERSLAG\n\n' + 'Tekst.\n'.repeat(20) + 'De agenda is eerder dit jaar met de Tweede Kamer gedeeld.', null],
    // A header of one chamber and a letter to the other: undecided.
    ['Tweede Kamer der Staten-Generaal\n\nAan de Voorzitter van de Eerste Kamer der Staten-Generaal', null],
  ])('%j → %s', (text, chamber) => {
    expect(chamberFromText(text)).toBe(chamber);
  });
});

describe('resolving a name that several entities share', () => {
  const committees = catalogue.candidates('vaste commissie voor Sociale Zaken en Werkgelegenheid');
  const laws = catalogue.candidates('Wet inburgering');
  it("has both chambers' SZW committees and both laws as candidates", () => {
    expect(committees.map((c) => [c.id, c.chamber])).toEqual([
      ['ek-commissie-szw', 'EK'],
      ['tk-commissie-szw', 'TK'],
    ]);
    expect(laws.map((c) => c.id)).toEqual(['wi2021', 'wi2013']);
  });
  it("takes the committee of the document's chamber, and none when the chamber is unknown", () => {
    expect(resolveEntity(committees, { chamber: 'TK', date: '2025-03-14' })).toEqual({ entityId: 'tk-commissie-szw' });
    expect(resolveEntity(committees, { chamber: 'EK', date: null })).toEqual({ entityId: 'ek-commissie-szw' });
    expect(resolveEntity(committees, { chamber: null, date: '2025-03-14' })).toEqual({
      candidates: ['ek-commissie-szw', 'tk-commissie-szw'],
      reason: 'CHAMBER_UNKNOWN',
    });
  });
  it('does not link an Eerste Kamer faction from a Tweede Kamer text', () => {
    expect(resolveEntity(catalogue.candidates('VVD'), { chamber: 'TK', date: '2025-03-14' })).toEqual({
      candidates: ['fractie-vvd'],
      reason: 'OTHER_CHAMBER',
    });
    expect(resolveEntity(catalogue.candidates('VVD'), { chamber: 'EK', date: '2025-03-14' })).toEqual({
      entityId: 'fractie-vvd',
    });
  });
  it('decides "Wet inburgering" by date: before 2020 it can only be the 2007 law; later it is ambiguous without context', () => {
    expect(resolveEntity(laws, { chamber: null, date: '2015-06-01' })).toEqual({ entityId: 'wi2013' });
    expect(resolveEntity(laws, { chamber: null, date: '2024-12-04' })).toEqual({
      candidates: ['wi2021', 'wi2013'],
      reason: 'AMBIGUOUS',
    });
    expect(resolveEntity(laws, { chamber: null, date: null })).toEqual({
      candidates: ['wi2021', 'wi2013'],
      reason: 'AMBIGUOUS',
    });
    expect(resolveEntity(catalogue.candidates('Wi2021'), { chamber: null, date: '2019-01-01' })).toEqual({
      candidates: ['wi2021'],
      reason: 'TOO_EARLY',
    });
  });
  it('compares dates of any precision', () => {
    expect([
      existsAt('2020', '2019-12-31'),
      existsAt('2020', '2020-01-01'),
      existsAt('2020-06', '2020'),
      existsAt(undefined, '1990'),
      existsAt('2020', null),
    ]).toEqual([false, true, true, true, true]);
  });
});

describe('a footnote number glued to a word', () => {
  const matcher = new MentionMatcher(catalogue.entries);
  const ids = (text: string, footnotes: number[]) =>
    matcher.match(text, passage(text), new Set(footnotes)).map((s) => `${s.entityIds.join('|')} ${s.matched}`);
  it("does not block the match when it is one of the document's footnotes, and is not part of the mention", () => {
    expect(ids('DE VASTE COMMISSIE VOOR SOCIALE ZAKEN EN WERKGELEGENHEID1 HEEFT', [1])).toEqual([
      'ek-commissie-szw|tk-commissie-szw VASTE COMMISSIE VOOR SOCIALE ZAKEN EN WERKGELEGENHEID',
    ]);
    expect(ids('onderzoek van het WODC7 naar', [7])).toEqual(['wodc WODC']);
  });
  it('is kept when the number is no footnote, and never cut from a name that ends in digits', () => {
    expect(ids('het WODC7 naar', [])).toEqual([]);
    expect(ids('de Wi2021 en D66', [1, 21, 66])).toEqual(['wi2021 Wi2021', 'fractie-d66 D66']);
  });
});

describe('persons named with role and party', () => {
  const refs = (text: string) =>
    findPersonReferences(passage(text)).map((r) => [r.name, r.role ?? null, r.party ?? null, r.quote]);
  it.each([
    ['Dit vraagt het lid Podt (D66).', [['Podt', 'lid', 'D66', 'het lid Podt (D66)']]],
    [
      'de leden Podt (D66) en Mutluer (GroenLinks-PvdA) vragen',
      [
        ['Podt', 'lid', 'D66', 'de leden Podt (D66)'],
        ['Mutluer', 'lid', 'GroenLinks-PvdA', 'Mutluer (GroenLinks-PvdA)'],
      ],
    ],
    ['Zo zegt staatssecretaris Coenradie.', [['Coenradie', 'staatssecretaris', null, 'staatssecretaris Coenradie']]],
    ['Mevrouw Van der Plas (BBB) vraagt', [['Van der Plas', null, 'BBB', 'Mevrouw Van der Plas (BBB)']]],
    [
      'de heer E.H. van den Berg (CDA) en Kamerlid De Jong',
      [
        ['E.H. van den Berg', null, 'CDA', 'de heer E.H. van den Berg (CDA)'],
        ['De Jong', 'lid', null, 'Kamerlid De Jong'],
      ],
    ],
    // Offices without a name, and a lower-case word after the role, name no person.
    ['de minister van Sociale Zaken en Werkgelegenheid en de staatssecretaris heeft', []],
    ['De leden van de VVD-fractie vragen', []],
  ])('%s', (text, expected) => {
    expect(refs(text)).toEqual(expected);
  });

  it('links a catalogue person in context, not duplicating it, and creates one the catalogue lacks with an id from the name', () => {
    expect(
      resolvePerson({ name: 'Coenradie', role: 'staatssecretaris' }, { chamber: 'TK', date: '2025-03-14' }, catalogue),
    ).toEqual({ personId: 'coenradie' });
    expect(
      resolvePerson(
        { name: 'I. Coenradie', role: 'Staatssecretaris van Justitie en Veiligheid' },
        { chamber: null, date: null },
        catalogue,
      ),
    ).toEqual({ personId: 'coenradie', officeId: 'staatssecretaris-jenv' });
    expect(resolvePerson({ name: 'M.L. Vos' }, { chamber: 'EK', date: null }, catalogue)).toEqual({
      personId: 'ek-vos',
    });
    expect(
      resolvePerson({ name: 'Podt', party: 'D66', role: 'lid' }, { chamber: 'TK', date: '2025-03-14' }, catalogue),
    ).toEqual({ personId: 'persoon-podt', create: { id: 'persoon-podt', name: 'Podt' } });
  });
  it('leaves a catalogue name that the chamber rules out unresolved instead of making a second person of that name', () => {
    expect(
      resolvePerson({ name: 'Heijnen', party: 'BBB', role: 'lid' }, { chamber: 'TK', date: '2025-03-14' }, catalogue),
    ).toEqual({ candidates: ['ek-heijnen'], reason: 'OTHER_CHAMBER' });
  });
  it("links the party to a faction only for a member in a text of known chamber and date, and only that chamber's", () => {
    const member = { name: 'Dittrich', party: 'D66', role: 'lid' };
    expect(resolvePerson(member, { chamber: 'EK', date: '2025-05-20' }, catalogue)).toMatchObject({
      personId: 'persoon-dittrich',
      factionId: 'fractie-d66',
    });
    expect(resolvePerson(member, { chamber: 'EK', date: null }, catalogue)).not.toHaveProperty('factionId');
    expect(resolvePerson(member, { chamber: 'TK', date: '2025-05-20' }, catalogue)).not.toHaveProperty('factionId');
    expect(
      resolvePerson(
        { name: 'Nieuwe', party: 'VVD', role: 'staatssecretaris' },
        { chamber: 'EK', date: '2025-05-20' },
        catalogue,
      ),
    ).not.toHaveProperty('factionId');
  });
});

describe('a Tweede Kamer text (fixture tk-commissiedebat.txt)', () => {
  let d: ParsedDocument;
  beforeAll(() => {
    d = parse(path.join(FIXTURES, 'tk-commissiedebat.txt'));
  });
  it('is a Tweede Kamer text of 14 March 2025', () => {
    expect([d.meta.chamber, d.date]).toEqual(['TK', '2025-03-14']);
  });
  it('links "de vaste commissie voor Sociale Zaken en Werkgelegenheid1" to the Tweede Kamer\'s committee', () => {
    expect(linked(d, (id) => id.includes('commissie'))).toEqual([
      'tk-commissie-szw vaste commissie voor Sociale Zaken en Werkgelegenheid',
    ]);
  });
  it('links the persons: the state secretary from the catalogue, four new members; no Eerste Kamer faction', () => {
    expect(
      d.mentions.filter((m) => m.role || m.party).map((m) => [m.entityId, m.matched, m.role ?? null, m.party ?? null]),
    ).toEqual([
      ['coenradie', 'Coenradie', 'staatssecretaris', null],
      ['persoon-podt', 'Podt', 'lid', 'D66'],
      ['persoon-mutluer', 'Mutluer', 'lid', 'GroenLinks-PvdA'],
      ['persoon-van-der-plas', 'Van der Plas', 'lid', 'BBB'],
      ['coenradie', 'Coenradie', 'staatssecretaris', 'VVD'],
      ['persoon-podt', 'Podt', 'lid', 'D66'],
      ['persoon-van-der-plas', 'Van der Plas', null, 'BBB'],
      ['persoon-dekker', 'Dekker', 'lid', 'VVD'],
    ]);
    expect(d.newPersons.map((p) => p.id)).toEqual([
      'persoon-podt',
      'persoon-mutluer',
      'persoon-van-der-plas',
      'persoon-dekker',
    ]);
    expect(d.memberships).toEqual([]);
    expect(linked(d, (id) => id.startsWith('fractie-'))).toEqual([]);
  });
  it('leaves unresolved: every party the catalogue has only as an Eerste Kamer faction, the EK member Heijnen, and one "Wet inburgering"', () => {
    expect(unresolved(d)).toEqual([
      'D66 OTHER_CHAMBER fractie-d66',
      'GroenLinks-PvdA OTHER_CHAMBER fractie-groenlinks-pvda',
      'BBB OTHER_CHAMBER fractie-bbb',
      'VVD OTHER_CHAMBER fractie-vvd',
      'D66 OTHER_CHAMBER fractie-d66',
      'BBB OTHER_CHAMBER fractie-bbb',
      // The passage before names both the Wi2021 and the Wi2013: which one "daarbij" means, the text does not say.
      'Wet inburgering AMBIGUOUS wi2021,wi2013',
      'Heijnen OTHER_CHAMBER ek-heijnen',
      'BBB OTHER_CHAMBER fractie-bbb',
      'VVD OTHER_CHAMBER fractie-vvd',
    ]);
  });
  it('links "Wet inburgering" where the text last named the Wi2021 explicitly, and the office the minister\'s title names', () => {
    expect(linked(d, (id) => id.startsWith('wi20') || id === 'minister-szw')).toEqual([
      'wi2021 Wet inburgering 2021',
      'wi2021 Wet inburgering',
      'wi2021 Wi2021',
      'wi2013 Wi2013',
      'minister-szw minister van Sociale Zaken en Werkgelegenheid',
    ]);
  });
});

describe('an Eerste Kamer text (fixture ek-brief-commissie.txt)', () => {
  let d: ParsedDocument;
  beforeAll(() => {
    d = parse(path.join(FIXTURES, 'ek-brief-commissie.txt'));
  });
  it("links the committee (also in the capitals heading with a glued footnote) to the Eerste Kamer's", () => {
    expect(d.meta.chamber).toBe('EK');
    expect(linked(d, (id) => id.includes('commissie'))).toEqual([
      'ek-commissie-szw VASTE COMMISSIE VOOR SOCIALE ZAKEN EN WERKGELEGENHEID',
      'ek-commissie-szw commissie voor Sociale Zaken en Werkgelegenheid',
    ]);
  });
  it("links a catalogue member, creates a new one, and states the new one's faction with evidence", () => {
    expect(linked(d, (id) => id.startsWith('persoon-') || id.startsWith('ek-') || id.startsWith('fractie-'))).toEqual([
      'ek-commissie-szw VASTE COMMISSIE VOOR SOCIALE ZAKEN EN WERKGELEGENHEID',
      'ek-commissie-szw commissie voor Sociale Zaken en Werkgelegenheid',
      'persoon-dittrich Dittrich',
      'fractie-d66 D66',
      'ek-petersen Petersen',
      'fractie-vvd VVD',
      'fractie-vvd VVD',
      'persoon-dittrich Dittrich',
      'fractie-d66 D66',
    ]);
    expect(d.newPersons).toEqual([{ id: 'persoon-dittrich', name: 'Dittrich' }]);
    expect(d.memberships).toEqual([
      {
        personId: 'persoon-dittrich',
        targetId: 'fractie-d66',
        passageOrder: 3,
        page: 1,
        quote: 'het lid Dittrich (D66)',
      },
    ]);
    expect(d.unresolvedMentions).toEqual([]);
  });
});

describe('one name with two parties in one document', () => {
  it('is two people: left unresolved, not merged into one Person', () => {
    const d = parseDocument(
      'Tweede Kamer der Staten-Generaal\n\nVastgesteld 1 april 2025\n\nHet lid Van Dijk (SP) en het lid Van Dijk (GroenLinks-PvdA) stellen samen vragen over de leerroutes.\n',
      { id: 'x', sourceName: 'x.txt', catalogue },
    );
    expect(d.newPersons).toEqual([]);
    expect(d.unresolvedMentions.filter((u) => u.matched === 'Van Dijk').map((u) => [u.reason, u.candidates])).toEqual([
      ['AMBIGUOUS', []],
      ['AMBIGUOUS', []],
    ]);
  });
});

describe('the seed document keeps its links', () => {
  it('links its committee, factions and "Wet inburgering" as before, and gains only the names a glued footnote hid and the new catalogue entries (kinderopvang, inburgeringstermijn, inburgeringsplichtigen)', () => {
    const d = parse(SEED, 'ek-vso-wi2021-monitoring-2024');
    expect(d.meta.chamber).toBe('EK');
    expect(d.unresolvedMentions).toEqual([]);
    expect(d.newPersons).toEqual([]);
    expect(d.mentions).toHaveLength(504);
    expect(d.mentions.filter((m) => m.matched === 'Wet inburgering').map((m) => m.entityId)).toEqual([
      'wi2021',
      'wi2021',
      'wi2021',
    ]);
    expect(
      d.mentions.filter((m) => m.passageOrder === 2 || m.passageOrder === 48).map((m) => `${m.entityId} ${m.matched}`),
    ).toEqual(
      expect.arrayContaining(['ek-commissie-szw vaste commissie voor Sociale Zaken en Werkgelegenheid', 'wodc WODC']),
    );
  });
});
