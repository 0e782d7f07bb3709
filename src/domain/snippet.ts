import { foldForSearch } from './text';

/** Longest snippet returned, in characters of source text. */
export const SNIPPET_LENGTH = 160;

/** Lower-cases and strips accents character by character, keeping offsets aligned with the original. */
export function foldAligned(s: string): string {
  // ASCII folds by toLowerCase alone (same length): per-character normalisation of a long passage cost
  // milliseconds per search hit.
  // eslint-disable-next-line no-control-regex -- the test is for the whole ASCII range, control characters included
  if (/^[\x00-\x7f]*$/.test(s)) return s.toLowerCase();
  let out = '';
  for (const ch of s) {
    if (ch.charCodeAt(0) < 0x80) {
      out += ch.toLowerCase();
      continue;
    }
    const f = ch.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
    out += f.length === ch.length ? f : ch.toLowerCase().slice(0, ch.length).padEnd(ch.length, ' ');
  }
  return out;
}

/** HTML-escapes `text` and wraps the character ranges in <b></b>. */
export function markRanges(text: string, ranges: readonly [number, number][]): string {
  const marks = new Array<boolean>(text.length).fill(false);
  for (const [a, b] of ranges) for (let i = Math.max(0, a); i < Math.min(text.length, b); i++) marks[i] = true;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (marks[i] && !marks[i - 1]) out += '<b>';
    const c = text[i] as string;
    out += c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : c === '"' ? '&quot;' : c;
    if (marks[i] && !marks[i + 1]) out += '</b>';
  }
  return out;
}

/** Ranges of whole words in `text` that start with one of the (folded) search words. */
export function wordRanges(text: string, words: readonly string[]): [number, number][] {
  const folded = foldAligned(text);
  const out: [number, number][] = [];
  for (const w of words) {
    const clean = w.replace(/[^\p{L}\p{N}]/gu, '');
    if (!clean) continue;
    const re = new RegExp(`(^|[^\\p{L}\\p{N}])(${clean}[\\p{L}\\p{N}]*)`, 'gu');
    for (const m of folded.matchAll(re)) {
      const start = (m.index ?? 0) + (m[1] ?? '').length;
      out.push([start, start + (m[2] ?? '').length]);
    }
  }
  return out;
}

/**
 * A window of about SNIPPET_LENGTH characters of `text` around [from, to), whitespace collapsed, with the
 * marked ranges in <b></b> and an ellipsis where text was cut.
 */
export function snippetAround(text: string, from: number, to: number, ranges: readonly [number, number][]): string {
  const pad = Math.max(0, Math.floor((SNIPPET_LENGTH - (to - from)) / 2));
  const a = Math.max(0, from - pad);
  const b = Math.min(text.length, Math.max(to + pad, a + SNIPPET_LENGTH));
  const cut = text.slice(a, b);
  const shifted = ranges.map(([x, y]) => [x - a, y - a] as [number, number]).filter(([x, y]) => y > 0 && x < cut.length);
  // Collapse whitespace while keeping the marks: mark first, then collapse runs of whitespace outside tags.
  const marked = markRanges(cut, shifted).replace(/\s+/g, ' ').trim();
  return `${a > 0 ? '…' : ''}${marked}${b < text.length ? '…' : ''}`;
}

/** Words of user search text, folded like the full-text index. */
export function searchWords(text: string): string[] {
  return foldForSearch(text).split(' ').filter(Boolean);
}

/** The name, alias or part of the description that matched, HTML-escaped, matching words in <b></b>. */
export function entitySnippet(e: { name: string; aliases: readonly string[]; description?: string | null }, words: readonly string[]): string | null {
  const candidates = [e.name, ...e.aliases, e.description ?? ''];
  const hit = candidates.find((c) => wordRanges(c, words).length > 0);
  if (!hit) return null;
  const ranges = wordRanges(hit, words);
  if (hit.length <= SNIPPET_LENGTH) return markRanges(hit, ranges);
  const [from, to] = ranges[0] as [number, number];
  return snippetAround(hit, from, to, ranges);
}
