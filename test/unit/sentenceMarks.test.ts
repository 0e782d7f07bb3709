import { markedSentence, suggestionSpans } from '../../explorer/src/sentenceMarks';

describe('the review panel’s marked sentence', () => {
  const sentence = 'DUO voert de examens uit voor <inburgeraars> & anderen.';

  it('marks both ends and escapes the rest', () => {
    const html = markedSentence(sentence, [
      { start: 0, end: 3, cls: 'end-from' },
      { start: sentence.indexOf('<'), end: sentence.indexOf('>') + 1, cls: 'end-to' },
    ]);
    expect(html).toBe(
      '<mark class="end-from">DUO</mark> voert de examens uit voor <mark class="end-to">&lt;inburgeraars&gt;</mark> &amp; anderen.',
    );
  });

  it('cuts overlapping spans into pieces that carry every class over them, nesting none', () => {
    const s = 'Vroege integratie en participatie (VrIP)';
    const html = markedSentence(s, [
      { start: 0, end: 40, cls: 'end-name' },
      { start: 35, end: 39, cls: 'end-to' },
    ]);
    expect(html).toBe(
      '<mark class="end-name">Vroege integratie en participatie (</mark><mark class="end-name end-to">VrIP</mark><mark class="end-name">)</mark>',
    );
    expect(html).not.toMatch(/<mark[^>]*>[^<]*<mark/);
  });

  it('clips spans to the sentence and ignores empty ones', () => {
    expect(
      markedSentence('abc', [
        { start: 2, end: 10, cls: 'x' },
        { start: 1, end: 1, cls: 'y' },
      ]),
    ).toBe('ab<mark class="x">c</mark>');
  });

  it('takes a relation’s ends and an entity’s name, skipping an end the structure gave (no offsets)', () => {
    expect(
      suggestionSpans({ from: { start: null, end: null }, to: { start: 4, end: 9 }, nameStart: null, nameEnd: null }),
    ).toEqual([{ start: 4, end: 9, cls: 'end-to' }]);
    expect(suggestionSpans({ from: null, to: null, nameStart: 0, nameEnd: 3 })).toEqual([
      { start: 0, end: 3, cls: 'end-name' },
    ]);
  });
});
