import type { ParsedDocument } from '../ingest/parseDocument';
import { documentSentences } from './documentSentences';
import { findAbbreviations, type AbbreviationDefinition } from './findAbbreviations';

/** Every abbreviation definition of a document with its page, whether or not the catalogue already knows it (for evaluation and review). */
export function documentAbbreviations(
  doc: ParsedDocument,
): (AbbreviationDefinition & { page: number; sentence: string })[] {
  return documentSentences(doc).flatMap((s) =>
    findAbbreviations(s.text.text).map((d) => ({ ...d, page: s.passage.page, sentence: s.text.text })),
  );
}
