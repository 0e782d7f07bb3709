import { normaliseWhitespace } from '../domain/text';
import type { ParsedPassage } from './passages';

/** Headings and line shapes of Dutch parliamentary question-and-answer documents. */
export const FACTION_HEADING = /^Vra(?:ag|gen) (?:van )?(?:de )?leden (?:van )?(?:de )?(.+?)-fractie$/;
export const QUESTION_HEADING = /^Vra(?:ag|gen) (\d+)(?: en (\d+))?\.?$/;
export const ANSWER_HEADING = /^Antwoord(?: vra(?:ag|gen) (\d+)(?: en (\d+))?)?$/;
export const PART_HEADING = /^BRIEF VAN (?:DE |HET )?(.+)$/;
export const NUMBERED = /^(\d{1,2})\.\s+/;

export const norm = (s: string): string => normaliseWhitespace(s);
/** A heading's text, without the stray letter some exports put before a capitalised title ("M VERSLAG …"). */
export const headingText = (p: ParsedPassage): string =>
  norm(p.text)
    .replace(/^\p{Lu} (?=\p{Lu}{3})/u, '')
    .replace(/^Nr\. \d+ (?=\p{Lu}{3})/u, '');

/**
 * The text of passages as prose: line-end hyphenation of the PDF exports undone ("maan-" + "den" → "maanden"),
 * whitespace normalised. A hyphen before "en", "of", "tot" or "noch" is kept: that is a Dutch compound's own
 * hyphen ("Arbeids- en kennismigranten"), not a line break.
 */
export function proseText(raw: string): string {
  return norm(raw.replace(/(\p{Ll})-[ \t]*\n\s*(?!(?:en|of|tot|noch)\b)(\p{Ll})/gu, '$1$2'));
}
