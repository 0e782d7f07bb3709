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
export const headingText = (p: ParsedPassage): string => norm(p.text).replace(/^\p{Lu} (?=\p{Lu}{3})/u, '');
