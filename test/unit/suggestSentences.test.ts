import { splitSentences } from '../../src/suggest/splitSentences';
import { SentenceText } from '../../src/suggest/sentenceText';

const split = (t: string) => splitSentences(t).map((r) => t.slice(r.start, r.end));

describe('splitSentences (Dutch)', () => {
  it.each([
    [
      'Dit geldt o.a. voor gemeenten. Daarna volgt de rest.',
      ['Dit geldt o.a. voor gemeenten.', 'Daarna volgt de rest.'],
    ],
    ['Zie art. 2.2 van het Besluit. Het lid is bekend.', ['Zie art. 2.2 van het Besluit.', 'Het lid is bekend.']],
    [
      'Kamerstukken II 2023/24, 32 824, nr. 438. De brief volgt.',
      ['Kamerstukken II 2023/24, 32 824, nr. 438.', 'De brief volgt.'],
    ],
    ['Dr. M.L. Vos tekende de brief. Zij is voorzitter.', ['Dr. M.L. Vos tekende de brief.', 'Zij is voorzitter.']],
    [
      'De z.g. vroege start is belangrijk. Dat zegt de minister.',
      ['De z.g. vroege start is belangrijk.', 'Dat zegt de minister.'],
    ],
    ['Zo bijv. de gemeente Gouda. En ook Meierijstad.', ['Zo bijv. de gemeente Gouda.', 'En ook Meierijstad.']],
    [
      'De heer J.J. de Vries (VVD) vroeg dit. Mevrouw Podt antwoordde.',
      ['De heer J.J. de Vries (VVD) vroeg dit.', 'Mevrouw Podt antwoordde.'],
    ],
    ['Heeft u inzicht? Zo ja, kunt u ons informeren?', ['Heeft u inzicht?', 'Zo ja, kunt u ons informeren?']],
    ['Het kost €2,5 mln. per jaar. Dat is veel.', ['Het kost €2,5 mln. per jaar.', 'Dat is veel.']],
    ['Het gaat om lessen, etc. Verder geldt dit.', ['Het gaat om lessen, etc.', 'Verder geldt dit.']],
    ['Zie blz. 3 e.v. van het rapport. Dat is duidelijk.', ['Zie blz. 3 e.v. van het rapport.', 'Dat is duidelijk.']],
    ['1. De Wi2021 heeft een doel. Dat is goed.', ['1. De Wi2021 heeft een doel.', 'Dat is goed.']],
  ])('%s', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('keeps a footnote marker glued after the full stop with its sentence', () => {
    expect(split('Dit is de ‘Uitvoeringsbrief inburgering’.4 Aanleiding voor deze brief is de toezegging.')).toEqual([
      'Dit is de ‘Uitvoeringsbrief inburgering’.4',
      'Aanleiding voor deze brief is de toezegging.',
    ]);
  });

  it('returns source offsets (the passage may start anywhere in the document)', () => {
    const text = 'XXXXX Eerste zin. Tweede zin.';
    expect(splitSentences(text.slice(6), 6)).toEqual([
      { start: 6, end: 17 },
      { start: 18, end: 29 },
    ]);
  });
});

describe('SentenceText', () => {
  it('collapses whitespace as the evidence rule does and maps back to source offsets', () => {
    const source = 'Aa  De Wet\ninburgering   2021 geldt. Bb';
    const s = new SentenceText(source, 4, 36);
    expect(s.text).toBe('De Wet inburgering 2021 geldt.');
    const i = s.text.indexOf('inburgering');
    expect(source.slice(s.sourceAt(i), s.sourceAt(i + 'inburgering 2021'.length, true))).toBe('inburgering   2021');
    expect(s.indexOf(source.indexOf('inburgering'))).toBe(i);
  });
});
