/** Whitespace as `normaliseWhitespace` collapses it (\s and NBSP), tested by code unit: this runs per character. */
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * A sentence as the evidence rule sees it (whitespace collapsed to single spaces, trimmed), with the way back to
 * source offsets: the review panel highlights names in the document text, and the quote check compares the
 * normalised form.
 */
export class SentenceText {
  readonly text: string;
  /** Source offset of each character of `text`. */
  private readonly toSource: number[];

  constructor(
    source: string,
    readonly sourceStart: number,
    readonly sourceEnd: number,
  ) {
    let text = '';
    const map: number[] = [];
    let space = false;
    for (let i = sourceStart; i < sourceEnd; i++) {
      const c = source[i] as string;
      if (isSpace(source.charCodeAt(i))) {
        space = text.length > 0;
        continue;
      }
      if (space) {
        text += ' ';
        map.push(i - 1);
        space = false;
      }
      text += c;
      map.push(i);
    }
    this.text = text;
    this.toSource = map;
  }

  /** The source offset of sentence index `i` (an end offset maps past its last character). */
  sourceAt(i: number, isEnd = false): number {
    if (isEnd) return i <= 0 ? this.sourceStart : (this.toSource[i - 1] as number) + 1;
    return this.toSource[i] ?? this.sourceEnd;
  }

  /** The sentence index of source offset `s` (the first character at or after it). */
  indexOf(s: number): number {
    let lo = 0;
    let hi = this.toSource.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.toSource[mid] as number) < s) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
