import type { Catalogue } from '../ingest/catalogue';
import { linkContextOf } from '../ingest/linkContext';
import type { ParsedDocument } from '../ingest/parseDocument';
import { citationRelations } from './citationRelations';
import { documentIndex } from './documentIndex';
import { documentSentences } from './documentSentences';
import { innerNames } from './innerNames';
import { letterStructure } from './letterStructure';
import { membershipLists } from './membershipLists';
import { officeRelations } from './officeRelations';
import { questionSubjects } from './questionSubjects';
import { relationSuggestions } from './relationSuggestions';
import { sentenceNames } from './sentenceNames';
import { StructureEvidence } from './structureEvidence';
import { SuggestionSet } from './suggestionSet';
import type { SuggestOptions, Suggestion } from './suggestionTypes';

/** Below this a suggestion is more often wrong than right on the seed (eval/suggest-results.md). */
export const DEFAULT_MIN_CONFIDENCE = 0.3;

/**
 * Every suggestion one parsed document gives, as pure data (no database): new entities and aliases from the
 * document's names, relations from the wordings of its sentences (relationPatterns.ts) and from the structure its
 * family parser read (letters, signatures, addressees, questions, joins, compositions, citations). The catalogue
 * is the one the document was parsed against; suggestions never repeat what it already holds as a name.
 * Ordered: entities, aliases, relations, each in text order; ids are stable across re-ingests (suggestionId.ts).
 */
export function suggestFromDocument(
  parsed: ParsedDocument,
  catalogue: Catalogue,
  options: SuggestOptions = {},
): Suggestion[] {
  const minConfidence = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  const context = linkContextOf(parsed.meta, parsed.text);
  const set = new SuggestionSet(parsed.id);
  const sentences = documentSentences(parsed);
  const evidence = new StructureEvidence(parsed, sentences);
  letterStructure(parsed, catalogue, context, evidence, set);
  membershipLists(parsed, catalogue, context, evidence, set);
  citationRelations(parsed, catalogue, evidence, set);
  officeRelations(parsed, catalogue, context, evidence, set);
  innerNames(parsed, catalogue, context, evidence, set);
  const index = documentIndex(parsed, catalogue, context);
  const named = sentences.map((sentence) => ({
    sentence,
    names: sentenceNames(sentence, { catalogue, context, ...index, set }),
  }));
  for (const { sentence, names } of named) relationSuggestions(sentence, names, set);
  questionSubjects(parsed, catalogue, named, evidence, set);
  return set.all().filter((x) => x.confidence >= minConfidence);
}
