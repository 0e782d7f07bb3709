import type { DocumentSentence } from './documentSentences';
import { matchRelations } from './matchRelations';
import type { NamedSpan } from './sentenceNames';
import type { SuggestionSet } from './suggestionSet';

/** Discount per word between the names and the wording's own words (a far name is more often the wrong one). */
export const DISTANCE_DISCOUNT = 0.04;
/** The distance discount never takes more than half of a pattern's confidence. */
const MIN_DISTANCE_FACTOR = 0.5;
/** An end that is itself only a suggestion makes the relation less sure. */
const NEW_END_FACTOR = 0.85;
/** "Ik" for the letter's office: right by the letter's rules, but a pronoun can still point elsewhere. */
const PRONOUN_FACTOR = 0.9;

/** The relation suggestions the wordings of one sentence give between its names. */
export function relationSuggestions(s: DocumentSentence, names: readonly NamedSpan[], set: SuggestionSet): void {
  if (s.isQuestion || names.length < 2) return;
  for (const m of matchRelations(s.text.text, names, { footnote: s.passage.kind === 'FOOTNOTE' })) {
    const from = names[m.from] as NamedSpan;
    const to = names[m.to] as NamedSpan;
    const pronoun = [from, to].some((n) => /^(?:ik|wij|we|mij|mijn)$/iu.test(s.text.text.slice(n.start, n.end)));
    const confidence =
      m.pattern.confidence *
      Math.max(MIN_DISTANCE_FACTOR, 1 - DISTANCE_DISCOUNT * m.gapWords) *
      (from.relationEnd.existing && to.relationEnd.existing ? 1 : NEW_END_FACTOR) *
      (pronoun ? PRONOUN_FACTOR : 1);
    set.relation(s, { type: m.type, from: from.relationEnd, to: to.relationEnd, patternId: m.pattern.id, confidence });
  }
}
