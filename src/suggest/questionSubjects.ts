import { EntityType, RelationType as R } from '../generated/graphql';
import type { Catalogue } from '../ingest/catalogue';
import type { ParsedDocument } from '../ingest/parseDocument';
import { documentEnd } from './relationEnds';
import { partEnd } from './letterStructure';
import type { StructureEvidence } from './structureEvidence';
import type { DocumentSentence } from './documentSentences';
import type { NamedSpan } from './sentenceNames';
import type { SuggestionSet } from './suggestionSet';

/**
 * The kinds of entity a question is about when it names them: a topic, a programme, a fund, a target group. Not
 * organisations or laws: a question names those as the one asked ("Is de staatssecretaris …") or as the frame
 * ("binnen de Wi2021 …") far more often than as its subject.
 */
const SUBJECT_TYPES: ReadonlySet<EntityType> = new Set([
  EntityType.Topic,
  EntityType.Programme,
  EntityType.Funding,
  EntityType.TargetGroup,
]);
/** A question names its subject less surely than a wording states a relation: below most patterns. */
const QUESTION_SUBJECT_CONFIDENCE = 0.45;

/**
 * What a letter of questions (or a set of schriftelijke vragen) is about: the topics, programmes, funds and target
 * groups its questions name. The letter is the part holding the questions (the answer letter, which repeats them,
 * is about them as well but is left out: it would only double the suggestion).
 */
export function questionSubjects(
  doc: ParsedDocument,
  catalogue: Catalogue,
  named: readonly { sentence: DocumentSentence; names: readonly NamedSpan[] }[],
  evidence: StructureEvidence,
  set: SuggestionSet,
): void {
  const whole = documentEnd(doc, catalogue);
  const seen = new Set<string>();
  for (const q of doc.questions) {
    const part = doc.parts.find((p) => p.start <= q.start && q.start <= p.end);
    if (part && part.kind !== 'COMMITTEE_LETTER') continue;
    const letter = part ? partEnd(doc, part, catalogue, evidence, set) : whole;
    if (!letter) continue;
    for (const { sentence: s, names } of named) {
      if (s.text.sourceEnd <= q.start || s.text.sourceStart >= q.end) continue;
      for (const n of names) {
        const e = n.relationEnd;
        if (!e.existing || !SUBJECT_TYPES.has(e.entityType) || seen.has(`${letter.id}|${e.id}`)) continue;
        seen.add(`${letter.id}|${e.id}`);
        set.relation(s, {
          type: R.Concerns,
          from: letter,
          to: e,
          patternId: 'structure:question-subject',
          confidence: QUESTION_SUBJECT_CONFIDENCE,
        });
      }
    }
  }
}
