import fc from 'fast-check';
import { findCitations } from '../../src/ingest/citations';
import { parse } from '../../src/ingest/citations/citationParser';
import { scanCitations } from '../../src/ingest/citations/scanCitations';
import { seedCatalogue } from '../support/catalogueFixture';

const catalogue = seedCatalogue();
const identifiersIn = (text: string) =>
  findCitations([{ order: 0, page: 1, kind: 'PARAGRAPH', start: 0, end: text.length, text }], catalogue).map(
    (c) => c.identifier,
  );

/** A dossier of 5 digits as the print spaces it ("32 824") or not ("32824"). */
const dossier = fc.integer({ min: 10_000, max: 99_999 });
const session = fc.integer({ min: 1950, max: 2040 });

/** Every way the publications print one Kamerstuk: label, chamber, session notation, spacing, page reference. */
const printedKamerstuk = fc
  .record({
    dossier,
    number: fc.integer({ min: 1, max: 2999 }),
    first: session,
    label: fc.constantFrom('Kamerstuk ', 'Kamerstukken ', 'kamerstukken ', ''),
    chamber: fc.constantFrom('I ', 'II ', ''),
    year: fc.constantFrom('long', 'short', 'slashLong', 'none'),
    spaced: fc.boolean(),
    commaBeforeNr: fc.boolean(),
    nr: fc.constantFrom('nr.', 'nr', 'Nr.'),
    page: fc.constantFrom('', ', p. 41', ', blz. 3', ' p. 12 en 13', ', pp. 7-9'),
    brackets: fc.boolean(),
    before: fc.constantFrom('', 'Zie ', 'zoals gemeld in de brief ', '3 '),
    after: fc.constantFrom('', '.', ' en verder', ';'),
  })
  .map((r) => {
    const d = r.spaced ? `${String(r.dossier).slice(0, 2)} ${String(r.dossier).slice(2)}` : String(r.dossier);
    const y = {
      long: `${r.first}-${r.first + 1}`,
      short: `${r.first}/${String((r.first + 1) % 100).padStart(2, '0')}`,
      slashLong: `${r.first}/${r.first + 1}`,
      none: '',
    }[r.year];
    // Chamber and session are printed only after the word "Kamerstuk(ken)".
    const head = r.label ? `${r.label}${r.chamber}${y ? `${y}, ` : ''}` : '';
    const nr = `${r.commaBeforeNr ? ',' : ''} ${r.nr === 'nr' ? 'nr' : r.nr} ${r.number}`;
    const body = `${head}${d}${nr}${r.page}`;
    return {
      printed: `${r.before}${r.brackets ? `(${body})` : body}${r.after}`,
      identifier: `kst-${r.dossier}-${r.number}`,
    };
  });

describe('every printed form of one citation normalises to the same identifier', () => {
  it('Kamerstukken', () => {
    fc.assert(
      fc.property(printedKamerstuk, ({ printed, identifier }) => {
        expect(identifiersIn(printed)).toEqual([identifier]);
      }),
      { seed: 9, numRuns: 2000 },
    );
  });

  it('Aanhangsel Handelingen, Handelingen, Staatsblad and Staatscourant', () => {
    const sessionPrint = (first: number, short: boolean) =>
      short ? `${first}/${String((first + 1) % 100).padStart(2, '0')}` : `${first}-${first + 1}`;
    fc.assert(
      fc.property(
        session,
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 40 }),
        fc.boolean(),
        fc.constantFrom('I', 'II'),
        fc.boolean(),
        (first, n, item, short, chamber, withNr) => {
          const s = sessionPrint(first, short);
          const house = chamber === 'I' ? 'ek' : 'tk';
          const nr = withNr ? 'nr. ' : '';
          expect(identifiersIn(`Aanhangsel Handelingen ${chamber} ${s}, ${nr}${n}`)).toEqual([
            `ah-${house}-${first}${first + 1}-${n}`,
          ]);
          expect(identifiersIn(`Handelingen ${chamber} ${s}, ${nr}${n}, item ${item}`)).toEqual([
            `h-${house}-${first}${first + 1}-${n}-${item}`,
          ]);
          expect(identifiersIn(`(Stb. ${first}, ${nr}${n})`)).toEqual([`stb-${first}-${n}`]);
          expect(identifiersIn(`Staatscourant ${first}, ${nr}${n}.`)).toEqual([`stcrt-${first}-${n}`]);
          expect(
            identifiersIn(`https://zoek.officielebekendmakingen.nl/ah-${house}-${first}${first + 1}-${n}.html`),
          ).toEqual([`ah-${house}-${first}${first + 1}-${n}`]);
        },
      ),
      { seed: 9, numRuns: 500 },
    );
  });

  it('toezeggingen in any case', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99_999 }),
        fc.constantFrom('toezegging ', 'Toezegging ', 'TOEZEGGING ', 'toezegging nr. '),
        fc.boolean(),
        (n, word, lower) => {
          const t = `T${String(n).padStart(5, '0')}`;
          expect(identifiersIn(`${word}${lower ? t.toLowerCase() : t}`)).toEqual([t]);
        },
      ),
      { seed: 9, numRuns: 300 },
    );
  });
});

describe('text that is no citation gives none', () => {
  it('counts, dates, amounts and session years', () => {
    const noise = fc.oneof(
      fc
        .tuple(dossier, fc.constantFrom('mensen', 'inburgeraars', 'euro', 'gemeenten'))
        .map(([d, w]) => `${String(d).slice(0, 2)} ${String(d).slice(2)} ${w}`),
      fc
        .tuple(fc.integer({ min: 1, max: 28 }), fc.constantFrom('januari', 'maart', 'december'), session)
        .map(([d, m, y]) => `op ${d} ${m} ${y}`),
      fc
        .tuple(dossier, fc.integer({ min: 0, max: 99 }))
        .map(([d, c]) => `€ ${String(d).slice(0, 2)} ${String(d).slice(2)},${String(c).padStart(2, '0')}`),
      session.map((y) => `in ${y}-${y + 1} en ${y}/${String((y + 1) % 100).padStart(2, '0')}`),
      fc.integer({ min: 1, max: 999 }).map((n) => `punt nr. ${n} van de agenda`),
    );
    fc.assert(
      fc.property(fc.array(noise, { minLength: 1, maxLength: 4 }), (parts) => {
        expect(identifiersIn(parts.join(', '))).toEqual([]);
      }),
      { seed: 9, numRuns: 1000 },
    );
  });
});

describe('the fast scan finds what the grammar finds at every word', () => {
  const fragment = fc.oneof(
    printedKamerstuk.map((k) => k.printed),
    fc.constantFrom(
      'de motie-Podt (Kamerstuk 32 824, nr. 400)',
      'Aanhangsel Handelingen II 2024/25, nr. 512',
      'Handelingen II 2023/24, nr. 45, item 12',
      'Stb. 2021, 38',
      'Stcrt. 2023, 12345',
      'ECLI:NL:HR:2023:1234',
      'BWBR0044770',
      'https://wetten.overheid.nl/BWBR0044770/2024-01-01',
      'https://zoek.officielebekendmakingen.nl/kst-36400-VI-12.html',
      'toezegging t03101',
      'T03101',
      'artikel 13, eerste lid, van de Wet inburgering 2021',
      '1Kamerstukken II 2022/23, 36 229, nr. 1',
      'AT03101',
      '32 824 mensen',
      'op 12 maart 2024',
      '€ 32 824,50',
      'motie',
      'de',
      'nr. 5',
      '(',
      ')',
      ',',
      '\n',
    ),
    fc.string({ maxLength: 12 }),
  );
  it('for texts mixing citations, near-citations and arbitrary characters', () => {
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 8 }), fc.constantFrom(' ', '', '\n', ', '), (parts, glue) => {
        const text = parts.join(glue);
        expect(scanCitations(text)).toEqual(parse(text));
      }),
      { seed: 9, numRuns: 600 },
    );
  });
});
