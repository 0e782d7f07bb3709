import type { SourceLine } from '../domain/pages';
import type { FootnoteBlock } from './layout';

export type PassageKind = 'HEADING' | 'PARAGRAPH' | 'LIST_ITEM' | 'FOOTNOTE';

/** A paragraph-sized piece of a document with its page and offsets in the source text. */
export interface ParsedPassage {
  readonly order: number;
  readonly page: number;
  readonly kind: PassageKind;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** For FOOTNOTE passages. */
  readonly footnote?: { number: number; urls: string[] };
}

const HEADINGS = [
  /^Vra(?:ag|gen) (?:van )?(?:de )?leden (?:van )?(?:de )?.+-fractie$/,
  /^Vraag \d+\.?$/,
  /^Vragen \d+ en \d+\.?$/,
  /^Antwoord(?: vra(?:ag|gen) \d+(?: en \d+)?)?$/,
];

/** A heading of the question-and-answer structure, or a line in capitals (letter and report titles). */
export function isHeading(text: string): boolean {
  const t = text.trim();
  if (HEADINGS.some((h) => h.test(t))) return true;
  const letters = t.replace(/[^\p{L}]/gu, '');
  return letters.length >= 8 && letters === letters.toUpperCase() && /\s/.test(t);
}

const BULLET = /^\s*(?:\uFFFD|o|•|-|\*)\s+\S/;
const NUMBERED = /^\s*\d{1,2}\.\s+\S/;
const SENTENCE_END = /[.?!:;]["'’”)]*\s*$/;

/**
 * Groups running-text lines into passages: a passage ends at a blank line, a page break, a heading, a bullet
 * or a numbered item. A blank line does not end a passage when the text before it stops mid-sentence and the
 * next line starts in lower case (the exports put blank lines inside hanging-indent list items). Footnotes
 * become passages of their own.
 */
export function buildPassages(source: string, body: readonly SourceLine[], footnotes: readonly FootnoteBlock[]): ParsedPassage[] {
  const groups: { page: number; kind: PassageKind; lines: SourceLine[] }[] = [];
  let current: { page: number; kind: PassageKind; lines: SourceLine[] } | undefined;
  let sawBlank = false;
  for (const line of body) {
    const t = line.text.trim();
    if (t === '') {
      sawBlank = true;
      continue;
    }
    const heading = isHeading(t);
    const last = current?.lines[current.lines.length - 1]?.text ?? '';
    const continues =
      current !== undefined &&
      current.page === line.page &&
      current.kind !== 'HEADING' &&
      !heading &&
      !BULLET.test(line.text) &&
      !NUMBERED.test(line.text) &&
      (!sawBlank || (!SENTENCE_END.test(last) && /^\s*\p{Ll}/u.test(line.text)));
    if (continues && current) current.lines.push(line);
    else {
      current = { page: line.page, kind: heading ? 'HEADING' : BULLET.test(line.text) ? 'LIST_ITEM' : 'PARAGRAPH', lines: [line] };
      groups.push(current);
    }
    sawBlank = false;
  }
  const passages: ParsedPassage[] = groups.map((g, order) => {
    const first = g.lines[0] as SourceLine;
    const last = g.lines[g.lines.length - 1] as SourceLine;
    const start = first.start + (first.text.length - first.text.trimStart().length);
    const end = last.start + last.text.trimEnd().length;
    return { order, page: g.page, kind: g.kind, start, end, text: source.slice(start, end) };
  });
  for (const f of footnotes) {
    const text = source.slice(f.start, f.end).trimEnd();
    passages.push({ order: passages.length, page: f.page, kind: 'FOOTNOTE', start: f.start, end: f.start + text.length, text, footnote: { number: f.number, urls: f.urls } });
  }
  return passages;
}

/**
 * Where the running text refers to footnote n: the number glued to a word or closing punctuation
 * ("gemeenten.2", "WODC7", "inburgering’.4") or to a year ("juni 20248"), not followed by another digit.
 * Searched on the footnote's page first, then the page before. Returns the source offset of the marker.
 */
export function findFootnoteReference(source: string, passages: readonly ParsedPassage[], footnote: FootnoteBlock): { passage: ParsedPassage; offset: number } | undefined {
  const n = String(footnote.number);
  const re = new RegExp(`(?:[\\p{L}.,;:)’'”]|(?:19|20)\\d\\d)${n}(?!\\d)`, 'gu');
  for (const page of [footnote.page, footnote.page - 1]) {
    for (const p of passages) {
      if (p.page !== page || p.kind === 'FOOTNOTE') continue;
      for (const m of p.text.matchAll(re)) {
        const at = (m.index ?? 0) + m[0].length - n.length;
        // A year followed by the number must leave a plausible year, and the marker must not be part of an id like "Wi2021".
        if (/\p{L}\d*$/u.test(p.text.slice(Math.max(0, at - 6), at)) && /\d$/.test(p.text.slice(0, at))) continue;
        return { passage: p, offset: p.start + at };
      }
    }
  }
  return undefined;
}
