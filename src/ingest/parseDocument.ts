import { createHash } from 'node:crypto';
import { normaliseNewlines, splitLines } from '../domain/pages';
import { normaliseWhitespace } from '../domain/text';
import type { Catalogue } from './catalogue';
import { findCitations, type ParsedCitation } from './citations';
import { UNKNOWN_META, type DocumentMeta } from './documentMeta';
import { readDocumentHeader } from './families/documentHeader';
import { parseFamily } from './families/parseFamily';
import { recogniseFamily } from './families/recogniseFamily';
import { IngestError } from './ingestError';
import { splitLayout } from './layout';
import { linkContextOf } from './linkContext';
import { linkMentions } from './linkMentions';
import { linkPersons, type PersonLink } from './linkPersons';
import { MentionMatcher, type MentionSpan, type ParsedMention, type ParsedUnresolvedMention } from './mentions';
import { resolvePerson, type NewPerson } from './resolvePerson';
import { buildPassages, findFootnoteReference, type ParsedPassage } from './passages';
import type { FamilyStructure } from './familyTypes';
import type { QuestionAnswerStructure } from './questionAnswerTypes';
import { findRunningLines } from './runningLines';
import { readShape } from './shapes/readShape';

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
  /** Names that could mean several entities (or only another chamber's) and were left unlinked, with the candidates. */
  readonly unresolvedMentions: ParsedUnresolvedMention[];
  /** Persons the document names that the catalogue lacks: created by the write (origin "ingest"). */
  readonly newPersons: NewPerson[];
  /** Faction and office of those new persons as the document states them, with evidence. */
  readonly memberships: PersonLink[];
  readonly offices: PersonLink[];
  /** Family, chamber, date and official identifier of the document as a whole. */
  readonly meta: DocumentMeta;
  /** What the family parser found beyond questions and answers (askers, speaker turns, toezeggingen, motion, headings). */
  readonly family: FamilyStructure;
  /** Which structures were found: pages, passages, footnotes, citations, mentions, parts, questions, answers, joins. */
  readonly structures: string[];
}

/**
 * Bumped whenever the parser or writer changes what an ingest derives, so documents ingested by older code are
 * re-derived instead of being skipped as unchanged.
 */
export const INGEST_FORMAT = 5;

/** A content line longer than this was never wrapped by a PDF export (those wrap at about 90 characters). */
const UNWRAPPED_LINE = 160;
/** Share of such lines from which a text is taken for one-paragraph-per-line (a browser's "save as text", HTML). */
const UNWRAPPED_SHARE = 0.2;

/** A text whose paragraphs are lines of their own: every line break ends a passage. */
function isUnwrapped(lines: readonly { text: string }[]): boolean {
  const content = lines.filter((l) => l.text.trim() !== '');
  return (
    content.length > 0 &&
    content.filter((l) => l.text.length > UNWRAPPED_LINE).length / content.length >= UNWRAPPED_SHARE
  );
}

/** Fewest words a text needs in one passage to count as prose rather than data or noise. */
const MIN_WORDS = 5;

export function parseDocument(
  rawText: string,
  opts: {
    id: string;
    sourceName: string;
    catalogue: Catalogue;
    progress?: (stage: string, done: number, total: number) => void;
  },
): ParsedDocument {
  const shaped = readShape(rawText, opts.sourceName);
  const text = normaliseNewlines(shaped.text);
  const lines = splitLines(text);
  opts.progress?.('lines', lines.length, lines.length);
  const running = findRunningLines(lines);
  const layout = splitLayout(lines, running);
  const passages = buildPassages(text, layout.body, layout.footnotes, { linePerParagraph: isUnwrapped(lines) });
  const prose = passages.filter((p) => p.kind !== 'HEADING' && (p.text.match(/\p{L}{2,}/gu) ?? []).length >= MIN_WORDS);
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  const visible = text.replace(/\s/g, '').length;
  const headings = passages.filter((p) => p.kind === 'HEADING');
  if (!prose.length && headings.length && letters / Math.max(1, visible) >= 0.4) {
    throw new IngestError(
      'NO_STRUCTURE',
      `${opts.sourceName}: holds only a title ("${normaliseWhitespace(headings[0]!.text).slice(0, 80)}") and no text; expected the whole document, not just its heading`,
    );
  }
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
  const recognition = recogniseFamily(passages.filter((p) => p.kind !== 'FOOTNOTE'));
  const header = readDocumentHeader(lines, running, passages);
  if (shaped.shape === 'html' && !recognition.family) {
    throw new IngestError(
      'NOT_A_PUBLICATION',
      `${opts.sourceName}: this HTML page is not a parliamentary publication (no title block of schriftelijke vragen, a VSO, a bill report, a Kamerbrief, a debate report, a motie or an amendement); save the publication's own page (officielebekendmakingen.nl, tweedekamer.nl, eerstekamer.nl)`,
    );
  }
  // The chamber the header states (else the one the text states) decides which committee and faction a name means.
  const chamber = header.chamber ?? linkContextOf(UNKNOWN_META, text).chamber;
  const qa = parseFamily(passages, recognition, chamber, opts.catalogue);
  // A letter has no "Vastgesteld" date: its first part's date ("Den Haag, 20 mei 2025") dates it.
  const context = linkContextOf({ chamber, date: qa.date ?? qa.parts[0]?.date ?? null }, text);
  const citations = findCitations(passages, opts.catalogue);
  const matcher = new MentionMatcher(opts.catalogue.entries, new Set([opts.id]));
  const footnoteNumbers = new Set(layout.footnotes.map((f) => f.number));
  const people = linkPersons(passages, opts.catalogue, context);
  // A person named with role or party is linked by linkPersons; the catalogue match of the bare name is dropped.
  const inPersonName = (s: MentionSpan) => people.references.some((r) => s.start < r.end && s.end > r.start);
  const spans: MentionSpan[] = [];
  passages.forEach((p, i) => {
    spans.push(...matcher.match(text, p, footnoteNumbers).filter((s) => !inPersonName(s)));
    if (i % 500 === 499) opts.progress?.('mentions', i + 1, passages.length);
  });
  const linked = linkMentions(spans, opts.catalogue, context);
  const byPosition = (a: { passageOrder: number; start: number }, b: { passageOrder: number; start: number }) =>
    a.passageOrder - b.passageOrder || a.start - b.start;
  const mentions = [...linked.mentions, ...people.mentions].sort(byPosition);
  const unresolvedMentions = [...linked.unresolved, ...people.unresolved].sort(byPosition);
  const newPersons = [...people.persons];
  // Signatories: linked in context, and created when the catalogue lacks them.
  const parts = qa.parts.map(({ signatoryId: _s, ...part }) => {
    if (!part.signatory) return part;
    const r = resolvePerson(
      { name: part.signatory, ...(part.office ? { role: part.office } : {}) },
      context,
      opts.catalogue,
    );
    if (r.personId && r.create && !newPersons.some((p) => p.id === r.create?.id)) newPersons.push(r.create);
    return r.personId ? { ...part, signatoryId: r.personId } : part;
  });
  opts.progress?.('mentions', passages.length, passages.length);
  const warnings = [...qa.warnings];
  for (const f of layout.footnotes)
    if (!footnoteRefs.some((r) => r.number === f.number))
      warnings.push(`footnote ${f.number} (page ${f.page}) is referred to nowhere in the text`);
  const pageCount = lines.reduce((m, l) => Math.max(m, l.page), 0);
  const found: [string, number][] = [
    ['pages', pageCount > 1 ? pageCount : 0],
    ['passages', passages.length],
    ['footnotes', layout.footnotes.length],
    ['citations', citations.length],
    ['mentions', mentions.length],
    ['parts', qa.parts.length],
    ['questions', qa.questions.length],
    ['answers', qa.answers.length],
    ['joins', qa.joins.length],
    ['askers', qa.family.askers.length],
    ['headings', qa.family.headings.length],
    ['present', qa.family.present.length],
    ['speakerTurns', qa.family.speakerTurns.length],
    ['commitments', qa.family.commitments.length],
    ['motion', qa.family.motion ? 1 : 0],
  ];
  return {
    ...qa,
    parts,
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
    unresolvedMentions,
    newPersons,
    memberships: people.memberships,
    offices: people.offices,
    meta: {
      family: recognition.family,
      familyEvidence: recognition.evidence,
      chamber: context.chamber,
      date: qa.date ?? null,
      sourceIdentifier: header.sourceIdentifier,
    },
    structures: found.filter(([, n]) => n > 0).map(([s]) => s),
  };
}
