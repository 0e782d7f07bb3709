/**
 * Dutch sentence splitting with source offsets, for the prose of parliamentary documents.
 *
 * Written here rather than taken from npm (docs/suggestions.md compares sentence-splitter, sbd, sentencex, cldr-
 * segmentation and wink-nlp): none of them knows Dutch abbreviations and initials and also returns offsets, and
 * none handles a footnote marker glued after the full stop ("… inburgering’.4 Aanleiding …"), which these
 * documents have on almost every page.
 */

/** A sentence as source offsets, end exclusive, trimmed. */
export interface SentenceRange {
  readonly start: number;
  readonly end: number;
}

/**
 * Abbreviations that are never the last word of a sentence in these texts (titles, "artikel", "nummer", "onder
 * andere", …): a full stop after them is the abbreviation's. Lower case, without the final dot. Abbreviations that
 * do end sentences ("etc.", "enz.", "jl.") are not listed: after them a capital starts a new sentence.
 */
export const NON_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'o.a',
  'bijv',
  'bv',
  'b.v',
  'art',
  'artt',
  'nr',
  'nrs',
  'no',
  'blz',
  'p',
  'pp',
  'z.g',
  'zgn',
  'zg',
  'd.d',
  'm.b.t',
  'i.v.m',
  't.a.v',
  't.b.v',
  'n.a.v',
  'o.b.v',
  'i.h.k.v',
  'v.w.b',
  'm.n',
  'vgl',
  'ca',
  'resp',
  'incl',
  'excl',
  'dhr',
  'mw',
  'mevr',
  'dr',
  'drs',
  'mr',
  'prof',
  'ir',
  'ing',
  'st',
  'jo',
  'sub',
  'vs',
  'e.v',
  'kamerstuk',
]);

/** A full stop, question or exclamation mark; closing quotes or brackets; a glued footnote marker; whitespace. */
const CANDIDATE = /[.?!]+["'’”)\]]*(\d{1,3})?(?=\s)/gu;
/** What may begin a sentence: a capital, a digit, an opening quote or bracket, a bullet. */
const SENTENCE_START = /^\s+(?:["'‘“(]?[\p{Lu}\d]|[•\uFFFD·▪–-]\s)/u;
/** The word before a full stop, with inner dots ("o.a", "M.L", "nr"). */
const WORD_BEFORE = /([\p{L}\d]+(?:\.[\p{L}\d]+)*)$/u;

/** True when the full stop at `dot` (index in `text`) belongs to an abbreviation or initials, not to a sentence end. */
function isAbbreviationDot(text: string, dot: number): boolean {
  const word = WORD_BEFORE.exec(text.slice(Math.max(0, dot - 24), dot))?.[1];
  if (!word) return false;
  if (NON_FINAL_ABBREVIATIONS.has(word.toLowerCase())) return true;
  // Initials: "I. Coenradie", "M.L. Vos", "J.J. de Vries".
  if (/^(?:\p{Lu}\.)*\p{Lu}$/u.test(word)) return true;
  // A list enumerator at the start of the passage ("1. De Wi2021 …", "Vraag 1.").
  if (/^\d{1,2}$/.test(word) && /^\s*(?:\p{L}+\s+)?$/u.test(text.slice(0, dot - word.length))) return true;
  return false;
}

/** Splits `text` (a passage, whose first character is at source offset `base`) into sentences. */
export function splitSentences(text: string, base = 0): SentenceRange[] {
  const out: SentenceRange[] = [];
  let from = 0;
  const push = (start: number, end: number) => {
    while (start < end && /\s/u.test(text[start] as string)) start++;
    while (end > start && /\s/u.test(text[end - 1] as string)) end--;
    if (end > start) out.push({ start: base + start, end: base + end });
  };
  for (const m of text.matchAll(CANDIDATE)) {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    if (!SENTENCE_START.test(text.slice(end, end + 4))) continue;
    if (m[0].startsWith('.') && m[0].length === 1 + (m[1]?.length ?? 0) && isAbbreviationDot(text, at)) continue;
    // "nr. 438." and "2.2" are numbers; a stop right after digits that began after an abbreviation is still an end.
    push(from, end);
    from = end;
  }
  push(from, text.length);
  return out;
}
