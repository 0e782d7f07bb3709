import { initialsShare, matchShortForm } from './matchShortForm';

/** A definition "long form (SHORT)" or "SHORT (long form)" in one sentence; offsets into the sentence. */
export interface AbbreviationDefinition {
  readonly long: { readonly text: string; readonly start: number; readonly end: number };
  readonly short: { readonly text: string; readonly start: number; readonly end: number };
  readonly order: 'LONG_FIRST' | 'SHORT_FIRST';
  /** 0.6–0.95: higher when the short form's letters are the long form's initials (see confidenceOf). */
  readonly confidence: number;
}

/** Bracketed text that can hold one side of a definition. */
const BRACKETS = /\(([^()]{1,120})\)/gu;
/** A short form: one or two tokens, 2–12 characters, with a capital letter, not a year or a plain number. */
const SHORT_FORM = /^(?=.*\p{Lu})[\p{L}\p{N}][\p{L}\p{N}&./-]{1,11}(?: [\p{L}\p{N}&.-]{1,6})?$/u;
/** Words that can start a long form but are not part of it ("de", "het", "een", "van de", …). */
const LEADING_NOISE = /^(?:(?:de|het|een|the|van|voor|en|of|in|op|door|bij|met|aan)\s+)+/iu;
/** Characters that end the clause a long form stands in. */
const CLAUSE_BREAK = /[,;:()[\]‘’“”"?!]|\s[–-]\s/gu;

function confidenceOf(short: string, long: string): number {
  return Math.round((0.6 + 0.35 * initialsShare(short, long)) * 100) / 100;
}

/** The long form for `short` at the end of `before` (the clause text before the bracket), or null. */
function longFormBefore(short: string, before: string): { start: number; text: string } | null {
  const words = [...before.matchAll(/\S+/gu)];
  const letters = short.replace(/[^\p{L}\p{N}]/gu, '').length;
  // Schwartz–Hearst's window: at most min(|A| + 5, 2|A|) words before the bracket.
  const window = Math.min(letters + 5, letters * 2);
  const first = words[Math.max(0, words.length - window)];
  if (!first) return null;
  const from = first.index ?? 0;
  const candidate = before.slice(from);
  const at = matchShortForm(short, candidate);
  if (at < 0) return null;
  let text = candidate.slice(at).trimEnd();
  let start = from + at;
  const noise = LEADING_NOISE.exec(text);
  if (noise) {
    text = text.slice(noise[0].length);
    start += noise[0].length;
  }
  if (text.length <= short.length || !/\s|-/u.test(text)) return null;
  return { start, text };
}

/**
 * Every abbreviation definition a sentence gives: "de Immigratie- en Naturalisatiedienst (IND)" (long form first)
 * and "IND (Immigratie- en Naturalisatiedienst)" (short form first), matched letter by letter (matchShortForm). A
 * bracket that holds a party ("Podt (D66)"), a year or a gloss ("doelstelling (arbeidsparticipatie)") defines
 * nothing: its letters do not spell the words before it.
 */
export function findAbbreviations(sentence: string): AbbreviationDefinition[] {
  const out: AbbreviationDefinition[] = [];
  for (const m of sentence.matchAll(BRACKETS)) {
    const open = m.index ?? 0;
    const inner = m[1] as string;
    const innerStart = open + 1 + (inner.length - inner.trimStart().length);
    const innerText = inner.trim();
    const clauseStart = Math.max(
      0,
      ...[...sentence.slice(0, open).matchAll(CLAUSE_BREAK)].map((b) => (b.index ?? 0) + b[0].length),
    );
    const before = sentence.slice(clauseStart, open).replace(/\s+$/u, '');
    if (SHORT_FORM.test(innerText)) {
      const long = longFormBefore(innerText, before);
      if (long) {
        out.push({
          long: { text: long.text, start: clauseStart + long.start, end: clauseStart + long.start + long.text.length },
          short: { text: innerText, start: innerStart, end: innerStart + innerText.length },
          order: 'LONG_FIRST',
          confidence: confidenceOf(innerText, long.text),
        });
        continue;
      }
    }
    // Short form first: the token right before the bracket, spelled by the bracket's words.
    const token = /([\p{L}\p{N}][\p{L}\p{N}&.\-/]{1,11})$/u.exec(before)?.[1];
    if (!token || !SHORT_FORM.test(token) || innerText.split(/\s+/u).length < 2) continue;
    const at = matchShortForm(token, innerText);
    if (at !== 0 && !(at > 0 && LEADING_NOISE.test(innerText.slice(0, at)))) continue;
    const longText = innerText.slice(at);
    const tokenStart = clauseStart + before.length - token.length;
    out.push({
      long: { text: longText, start: innerStart + at, end: innerStart + at + longText.length },
      short: { text: token, start: tokenStart, end: tokenStart + token.length },
      order: 'SHORT_FIRST',
      confidence: confidenceOf(token, longText),
    });
  }
  return out;
}
