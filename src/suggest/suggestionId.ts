import { createHash } from 'node:crypto';
import { foldForSearch } from '../domain/text';

/**
 * The stable id of a suggestion: a hash of what it proposes (kind, type, ends) and where (document, sentence with
 * case, accents, punctuation and whitespace folded). Re-ingesting the same document yields the same ids, so a
 * curator's rejection is found again and the suggestion is not offered twice; a suggestion from another sentence
 * is a new question and gets a new id.
 */
export function suggestionId(parts: {
  kind: 'ENTITY' | 'ALIAS' | 'RELATION';
  type: string;
  ends: readonly string[];
  documentId: string;
  sentence: string;
}): string {
  const key = JSON.stringify([parts.kind, parts.type, parts.ends, parts.documentId, foldForSearch(parts.sentence)]);
  return `sug-${createHash('sha256').update(key).digest('hex').slice(0, 20)}`;
}
