import { findCitations, type ParsedCitation } from '../../src/ingest/citations';
import type { ParsedPassage } from '../../src/ingest/passages';
import { seedCatalogue } from '../support/catalogueFixture';

const catalogue = seedCatalogue();
const passage = (text: string, footnote?: ParsedPassage['footnote']): ParsedPassage => ({
  order: 0,
  page: 1,
  kind: footnote ? 'FOOTNOTE' : 'PARAGRAPH',
  start: 100,
  end: 100 + text.length,
  text,
  ...(footnote ? { footnote } : {}),
});
const cite = (text: string): ParsedCitation[] => findCitations([passage(text)], catalogue);
const ids = (text: string): string[] => cite(text).map((c) => `${c.kind} ${c.identifier}`);

describe('the ten variants of issue 9 (4 were found before the grammar)', () => {
  it.each([
    ['(Kamerstuk 32 824, nr. 325)', ['KAMERSTUK kst-32824-325']],
    ['Kamerstukken 32 824 en 25 295, nr. 324', ['KAMERSTUK kst-32824-324', 'KAMERSTUK kst-25295-324']],
    ['Kamerstukken II 2022/23, 32 824, nr. 391', ['KAMERSTUK kst-32824-391']],
    ['zie https://zoek.officielebekendmakingen.nl/kst-32824-438.html voor de brief', ['KAMERSTUK kst-32824-438']],
    ['naar aanleiding van toezegging t03101 van de minister', ['TOEZEGGING T03101']],
    ['Kamerstukken I 2023-2024, 35483, L.', ['KAMERSTUK kst-35483-L']],
    ['Kamerstukken II 2023-2024, 3 2824, nr. 438.', ['KAMERSTUK kst-32824-438']],
    ['Kamerstukken II 2023/2024, 32824 nr. 438', ['KAMERSTUK kst-32824-438']],
    ['Kamerstukken II, 2024-2025, 22452 nr. 91.', ['KAMERSTUK kst-22452-91']],
    ['Toezegging T03101.', ['TOEZEGGING T03101']],
  ])('%s', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });
});

describe('Kamerstukken', () => {
  it.each([
    ['Kamerstukken II 2023-2024, 32 824, nr. 438', ['kst-32824-438']],
    ['Kamerstukken II 2023/24, 32 824, nr. 438', ['kst-32824-438']],
    ['Kamerstukken II 32 824, nr. 438', ['kst-32824-438']],
    ['Kamerstuk 32 824, nr. 438', ['kst-32824-438']],
    ['kamerstukken II 1999/00, 26 800, nr. 5', ['kst-26800-5']],
    ['Kamerstukken II 1999-2000, 26 800, nr. 5', ['kst-26800-5']],
    ['Kamerstuk 36 400 VI, nr. 12', ['kst-36400-VI-12']],
    ['Kamerstukken II 2024/25, 36 600-VI, nr. 7', ['kst-36600-VI-7']],
    ['Kamerstukken II 2023/24, 21 501-07, nr. 2010', ['kst-21501-07-2010']],
    ['Kamerstukken II 1986/87, 19 700 hoofdstuk XV, nr. 2', ['kst-19700-XV-2']],
    ['Kamerstukken I 2023/24, 35 483, L', ['kst-35483-L']],
    ['Kamerstukken I 2020/21, 35 483, nr. E', ['kst-35483-E']],
    ['Kamerstukken II 2022/23, 32 824, nrs. 380 en 381', ['kst-32824-380', 'kst-32824-381']],
    ['Kamerstukken II 2022/23, 32 824, nrs. 380, 381 en 385', ['kst-32824-380', 'kst-32824-381', 'kst-32824-385']],
    ['Kamerstukken II 2022/23, 32 824, nr. 380; 32 824, nr. 382', ['kst-32824-380', 'kst-32824-382']],
    ['(32 824, nr. 121)', ['kst-32824-121']],
    ['zoals eerder gemeld (32824, nr. 121).', ['kst-32824-121']],
    ['Kamerstukken II 2022/23, 32 824, nr. 391, p. 41', ['kst-32824-391']],
    ['Kamerstukken II 2022/23, 32 824, nr. 391, blz. 3-5', ['kst-32824-391']],
    ['Kamerstukken II 2022/23,\n32 824, nr.\n391', ['kst-32824-391']],
    ['1Kamerstukken II 2022/23, 36 229, nr. 1', ['kst-36229-1']],
    ['Kst. 32 824, nr. 12', ['kst-32824-12']],
    ['Kamerstukken II 2023/24, 32 824, nrs. 438 en nr. 440', ['kst-32824-438', 'kst-32824-440']],
    ['(Kamerstuk 32824-438)', ['kst-32824-438']],
    ['Kamerstuk 21501-32-1740', ['kst-21501-32-1740']],
  ])('%s', (text, expected) => {
    expect(cite(text).map((c) => c.identifier)).toEqual(expected);
    expect(cite(text).every((c) => c.kind === 'KAMERSTUK')).toBe(true);
  });

  it('keeps the page reference apart from the identifier', () => {
    expect(cite('Kamerstukken II 2022/23, 32 824, nr. 391, p. 41').map((c) => [c.identifier, c.locator])).toEqual([
      ['kst-32824-391', 'p. 41'],
    ]);
    expect(cite('Kamerstukken II 2003-2004, 29 255 nr. 3 p. 13 en 14')[0]?.locator).toBe('p. 13 en 14');
  });

  it('gives the printed text and its source offsets', () => {
    const text = 'Zie de brief (Kamerstuk 32 824, nr. 325) hierover.';
    const [c] = cite(text);
    expect(c).toMatchObject({
      text: 'Kamerstuk 32 824, nr. 325',
      start: 100 + text.indexOf('Kamerstuk'),
      end: 100 + text.indexOf(')'),
    });
  });

  it('resolves a catalogued Kamerstuk and creates a placeholder for an unknown one', () => {
    expect(cite('Kamerstukken II 2023/24, 32 824, nr. 438')[0]).toMatchObject({ targetId: 'kst-32824-438' });
    expect(cite('Kamerstukken II 2023/24, 32 824, nr. 438')[0]?.create).toBeUndefined();
    expect(cite('Kamerstuk 36 400 VI, nr. 12')[0]).toMatchObject({
      targetId: 'kst-36400-vi-12',
      create: {
        id: 'kst-36400-vi-12',
        type: 'DOCUMENT',
        kind: 'kamerstuk',
        identifiers: ['KAMERSTUK:kst-36400-VI-12'],
      },
    });
  });
});

describe('moties with their submitters', () => {
  it.each([
    ['de motie-Podt (Kamerstuk 32 824, nr. 400)', 'kst-32824-400', ['Podt']],
    ['De motie-Podt/Ceder c.s. (32 824, nr. 401) vraagt', 'kst-32824-401', ['Podt', 'Ceder']],
    ['de motie van het lid Van der Plas (Kamerstukken II 2023/24, 32 824, nr. 402)', 'kst-32824-402', ['Van der Plas']],
    ['de gewijzigde motie-De Kort (Kamerstuk 32 824, nr. 403)', 'kst-32824-403', ['De Kort']],
  ])('%s', (text, identifier, submitters) => {
    expect(cite(text).map((c) => [c.kind, c.identifier, c.submitters])).toEqual([['MOTION', identifier, submitters]]);
    expect(cite(text)[0]?.create).toMatchObject({ kind: 'motie' });
  });
});

describe('Handelingen, Staatsblad, Staatscourant, case law and laws', () => {
  it.each([
    ['Aanhangsel Handelingen II 2024/25, nr. 512', 'AANHANGSEL ah-tk-20242025-512'],
    ['Aanhangsel van de Handelingen I 2023-2024, nr. 12', 'AANHANGSEL ah-ek-20232024-12'],
    ['Aanhangsel Handelingen II 2024-2025, 512', 'AANHANGSEL ah-tk-20242025-512'],
    ['Handelingen II 2023/24, nr. 45, item 12', 'HANDELINGEN h-tk-20232024-45-12'],
    ['Handelingen I 2023-2024, nr. 20, item 7, p. 3', 'HANDELINGEN h-ek-20232024-20-7'],
    ['Stb. 2021, 38', 'STAATSBLAD stb-2021-38'],
    ['Staatsblad 2021, nr. 38', 'STAATSBLAD stb-2021-38'],
    ['Stcrt. 2023, 12345', 'STAATSCOURANT stcrt-2023-12345'],
    ['Staatscourant 2023, nr. 12345', 'STAATSCOURANT stcrt-2023-12345'],
    ['ECLI:NL:HR:2023:1234.', 'ECLI ECLI:NL:HR:2023:1234'],
    ['ecli:nl:rvs:2022:3456', 'ECLI ECLI:NL:RVS:2022:3456'],
    ['BWBR0044770', 'LAW BWBR0044770'],
    ['https://wetten.overheid.nl/BWBR0044770/2024-01-01.', 'LAW BWBR0044770'],
    ['wetten.overheid.nl/jci1.3:c:BWBR0045555&artikel=2.2', 'LAW BWBR0045555'],
    ['https://zoek.officielebekendmakingen.nl/ah-tk-20242025-512.html', 'AANHANGSEL ah-tk-20242025-512'],
    ['https://zoek.officielebekendmakingen.nl/h-tk-20232024-45-12.html', 'HANDELINGEN h-tk-20232024-45-12'],
    ['https://zoek.officielebekendmakingen.nl/stb-2021-38.html', 'STAATSBLAD stb-2021-38'],
    ['officielebekendmakingen.nl/stcrt-2023-12345', 'STAATSCOURANT stcrt-2023-12345'],
    ['het stuk kst-36400-vi-12 van', 'KAMERSTUK kst-36400-VI-12'],
    ['toezegging (T03101)', 'TOEZEGGING T03101'],
    ['toezeggingen T03101', 'TOEZEGGING T03101'],
  ])('%s', (text, expected) => {
    expect(ids(text)).toEqual([expected]);
  });

  it('links a BWB id to the catalogued law, and a Staatsblad to a placeholder', () => {
    expect(cite('BWBR0044770')[0]).toMatchObject({ targetId: 'wi2021' });
    expect(cite('Stb. 2021, 38')[0]?.create).toMatchObject({
      id: 'stb-2021-38',
      type: 'DOCUMENT',
      kind: 'staatsblad',
      identifiers: ['PUBLICATION:stb-2021-38'],
    });
    expect(cite('ECLI:NL:HR:2023:1234')[0]?.create).toMatchObject({
      id: 'ecli-nl-hr-2023-1234',
      identifiers: ['ECLI:ECLI:NL:HR:2023:1234'],
    });
  });
});

describe('articles of catalogued laws', () => {
  it.each([
    [
      'artikel 13, eerste lid, van de Wet inburgering 2021',
      'wi2021/artikel-13/lid-1',
      'artikel 13, eerste lid, van de Wet inburgering 2021',
    ],
    [
      'Artikel 2.2, eerste lid Besluit Inburgering 2021',
      'besluit-inburgering-2021/artikel-2.2/lid-1',
      'Artikel 2.2, eerste lid Besluit Inburgering 2021',
    ],
    ['art. 7 lid 2 Wet inburgering 2021 bepaalt', 'wi2021/artikel-7/lid-2', 'art. 7 lid 2 Wet inburgering 2021'],
    ['artikel 6a van de Wet inburgering 2021, dat', 'wi2021/artikel-6a', 'artikel 6a van de Wet inburgering 2021'],
  ])('%s', (text, identifier, printed) => {
    expect(cite(text).map((c) => [c.kind, c.identifier, c.text])).toEqual([['ARTICLE', identifier, printed]]);
  });

  it('gives nothing for an article of a law the catalogue does not know, and scans on after it', () => {
    expect(ids('artikel 3 van de Wet op de Ruimtelijke Fantasie')).toEqual([]);
    expect(ids('artikel 3 van de Wet inburgering 2021 en Kamerstuk 32 824, nr. 5')).toEqual([
      'ARTICLE wi2021/artikel-3',
      'KAMERSTUK kst-32824-5',
    ]);
  });
});

describe('text that is no citation', () => {
  it.each([
    '32 824 mensen volgden de cursus',
    'op 12 maart 2024 en 2023-2024',
    'een bedrag van € 32 824,50 en 1 250 euro',
    'nr. 5 van de lijst',
    'Handelingen II 2023-2025, nr. 45, item 12',
    'ATZ03101 en AT03101',
    'Stb. is een afkorting',
    'Handelingen II 2023/24, nr. 45',
    'Kamerstukken II 2023/24, 32 824',
    'artikel 13',
    'T031012',
  ])('%s', (text) => {
    expect(ids(text)).toEqual([]);
  });
});

describe('footnotes', () => {
  it('reads a web address that the footnote wraps over two lines from its joined urls', () => {
    const text = '4 https://zoek.officielebekendmakingen.nl/kst-\n32824-438.html';
    const got = findCitations(
      [passage(text, { number: 4, urls: ['https://zoek.officielebekendmakingen.nl/kst-32824-438.html'] })],
      catalogue,
    );
    expect(got.map((c) => [c.kind, c.identifier, c.targetId])).toEqual([
      ['KAMERSTUK', 'kst-32824-438', 'kst-32824-438'],
    ]);
  });
});
