import type { ParsedDocument } from '../ingest/parseDocument';
import type { ParsedPassage } from '../ingest/passages';
import type { ParsedPart } from '../ingest/questionAnswerTypes';
import { SentenceText } from './sentenceText';
import { splitSentences } from './splitSentences';

/** One sentence of a document with what surrounds it: its passage and the letter (part) it stands in. */
export interface DocumentSentence {
  readonly passage: ParsedPassage;
  readonly text: SentenceText;
  /** The letter of the document the sentence belongs to; none before the first letter (the report's own text). */
  readonly part?: ParsedPart;
  /** A question asserts nothing: its wordings make no relation (docs/suggestions.md). */
  readonly isQuestion: boolean;
}

/** The part whose range holds source offset `at` (footnotes sit where the page puts them, inside their letter). */
export function partAt(parts: readonly ParsedPart[], at: number): ParsedPart | undefined {
  return parts.find((p) => p.start <= at && at <= p.end);
}

/** Every sentence of the document's passages, headings left out (a title is no statement). */
export function documentSentences(doc: ParsedDocument): DocumentSentence[] {
  const out: DocumentSentence[] = [];
  for (const passage of doc.passages) {
    if (passage.kind === 'HEADING') continue;
    const part = partAt(doc.parts, passage.start);
    for (const r of splitSentences(passage.text, passage.start)) {
      const text = new SentenceText(doc.text, r.start, r.end);
      if (!text.text) continue;
      out.push({ passage, text, ...(part ? { part } : {}), isQuestion: /\?["'’”)]*\d{0,3}$/u.test(text.text) });
    }
  }
  return out;
}
