import { createHash } from 'node:crypto';
import { normaliseNewlines, splitLines } from '../domain/pages';
import type { Catalogue } from './catalogue';
import { findCitations, type ParsedCitation } from './citations';
import { UNKNOWN_META, type DocumentMeta } from './documentMeta';
import { IngestError } from './ingestError';
import { splitLayout } from './layout';
import { MentionMatcher, type ParsedMention } from './mentions';
import { buildPassages, findFootnoteReference, type ParsedPassage } from './passages';
import { parseQuestionsAndAnswers, type QuestionAnswerStructure } from './questionsAndAnswers';

/** Everything an ingest derives from one document's text; pure data, written by writeDocument in one transaction. */
export interface ParsedDocument extends QuestionAnswerStructure {
  readonly id: string;
  readonly sourceName: string;
  /** Hash of the text and of the catalogue it was matched against: the same file ingested again is a no-op,
   *  but a changed catalogue (a new alias) re-derives mentions and citations. */
  readonly version: string;
  readonly text: string;
  readonly pageCount: number;
  readonly passages: ParsedPassage[];
  readonly footnoteRefs: { number: number; passageOrder: number; offset: number }[];
  readonly citations: ParsedCitation[];
  readonly mentions: ParsedMention[];
  /** Family, chamber, date and official identifier of the document as a whole. */
  readonly meta: DocumentMeta;
  /** Which structures were found: pages, passages, footnotes, citations, mentions, parts, questions, answers, joins. */
  readonly structures: string[];
}

/**
 * Bumped whenever the parser or writer changes what an ingest derives, so documents ingested by older code are
 * re-derived instead of being skipped as unchanged.
 */
export const INGEST_FORMAT = 4;

/** Fewest words a text needs in one passage to count as prose rather than data or noise. */
const MIN_WORDS = 5;

export function parseDocument(
  rawText: string,
  opts: { id: string; sourceName: string; catalogue: Catalogue; progress?: (stage: string, done: number, total: number) => void },
): ParsedDocument {
  const text = normaliseNewlines(rawText);
  const lines = splitLines(text);
  opts.progress?.('lines', lines.length, lines.length);
  const layout = splitLayout(lines);
  const passages = buildPassages(text, layout.body, layout.footnotes);
  const prose = passages.filter((p) => (p.text.match(/\p{L}{2,}/gu) ?? []).length >= MIN_WORDS);
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  const visible = text.replace(/\s/g, '').length;
  if (!prose.length || letters / Math.max(1, visible) < 0.4) {
    throw new IngestError(
      'NO_STRUCTURE',
      `${opts.sourceName}: no recognisable text structure (no paragraph of ${MIN_WORDS}+ words, or mostly non-letters); expected a plain-text export of a document`,
    );
  }
  opts.progress?.('passages', passages.length, passages.length);
  const footnoteRefs = layout.footnotes.flatMap((f) => {
    const r = findFootnoteReference(text, passages, f);
    return r ? [{ number: f.number, passageOrder: r.passage.order, offset: r.offset }] : [];
  });
  const qa = parseQuestionsAndAnswers(passages, opts.catalogue);
  const citations = findCitations(passages, opts.catalogue);
  const matcher = new MentionMatcher(opts.catalogue.entries, new Set([opts.id]));
  const mentions: ParsedMention[] = [];
  passages.forEach((p, i) => {
    mentions.push(...matcher.match(text, p));
    if (i % 500 === 499) opts.progress?.('mentions', i + 1, passages.length);
  });
  opts.progress?.('mentions', passages.length, passages.length);
  const warnings = [...qa.warnings];
  for (const f of layout.footnotes) if (!footnoteRefs.some((r) => r.number === f.number)) warnings.push(`footnote ${f.number} (page ${f.page}) is referred to nowhere in the text`);
  const pageCount = lines.reduce((m, l) => Math.max(m, l.page), 0);
  const found: [string, number][] = [
    ['pages', pageCount > 1 ? pageCount : 0], ['passages', passages.length], ['footnotes', layout.footnotes.length], ['citations', citations.length],
    ['mentions', mentions.length], ['parts', qa.parts.length], ['questions', qa.questions.length], ['answers', qa.answers.length], ['joins', qa.joins.length],
  ];
  return {
    ...qa,
    warnings,
    id: opts.id,
    sourceName: opts.sourceName,
    version: `${INGEST_FORMAT}-${createHash('sha256').update(text).digest('hex').slice(0, 16)}-${opts.catalogue.fingerprint}`,
    text,
    pageCount,
    passages,
    footnoteRefs,
    citations,
    mentions,
    meta: { ...UNKNOWN_META, date: qa.date ?? null },
    structures: found.filter(([, n]) => n > 0).map(([s]) => s),
  };
}
