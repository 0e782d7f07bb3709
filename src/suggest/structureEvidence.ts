import { normaliseWhitespace } from '../domain/text';
import type { ParsedDocument } from '../ingest/parseDocument';
import type { DocumentSentence } from './documentSentences';
import { partAt } from './documentSentences';
import { SentenceText } from './sentenceText';
import { splitSentences } from './splitSentences';

/**
 * Finds the sentence that states a structure fact (a signature, an addressee line, a heading, a list entry), as
 * evidence a curator can check: by source offset, or by the text it must contain. Headings are not among the
 * document's sentences (they make no relation by wording), so they are made into sentences here.
 */
export class StructureEvidence {
  constructor(
    private readonly doc: ParsedDocument,
    private readonly sentences: readonly DocumentSentence[],
  ) {}

  /** The sentence that holds source offset `at`. */
  at(at: number): DocumentSentence | undefined {
    const found = this.sentences.find((s) => s.text.sourceStart <= at && at < s.text.sourceEnd);
    if (found) return found;
    const passage = this.doc.passages.find((p) => p.start <= at && at < p.end);
    if (!passage) return undefined;
    const r = splitSentences(passage.text, passage.start).find((x) => x.start <= at && at < x.end);
    if (!r) return undefined;
    const part = partAt(this.doc.parts, passage.start);
    return {
      passage,
      text: new SentenceText(this.doc.text, r.start, r.end),
      ...(part ? { part } : {}),
      isQuestion: false,
    };
  }

  /** The first sentence in [from, to) whose text contains `needle` (whitespace-normalised, case ignored). */
  containing(needle: string, from = 0, to = Number.MAX_SAFE_INTEGER): DocumentSentence | undefined {
    const n = normaliseWhitespace(needle).toLowerCase();
    if (!n) return undefined;
    for (const p of this.doc.passages) {
      if (p.end <= from || p.start >= to) continue;
      const i = normaliseWhitespace(p.text).toLowerCase().indexOf(n);
      if (i < 0) continue;
      for (const r of splitSentences(p.text, p.start)) {
        const s = this.at(r.start);
        if (s && s.text.text.toLowerCase().includes(n)) return s;
      }
      // The needle runs over a sentence break ("Dr. M.L. Vos Voorzitter …"): the whole passage is the evidence.
      const part = partAt(this.doc.parts, p.start);
      return {
        passage: p,
        text: new SentenceText(this.doc.text, p.start, p.end),
        ...(part ? { part } : {}),
        isQuestion: false,
      };
    }
    return undefined;
  }
}

/** Where `needle` stands in the sentence (case ignored), as [start, end], or null. */
export function findIn(s: DocumentSentence, needle: string): [number, number] | null {
  const n = normaliseWhitespace(needle).toLowerCase();
  const i = s.text.text.toLowerCase().indexOf(n);
  return i < 0 || !n ? null : [i, i + n.length];
}
