import type { CitationKind, DocumentPartKind, PassageKind, UnresolvedReason } from '../generated/graphql';
import type { EntityRecord, PageRecord } from './records';

/** Records of ingested document structure, as the document repository returns them. */

export interface PassageRecord {
  id: string;
  documentId: string;
  page: number;
  kind: PassageKind;
  order: number;
  text: string;
  start: number;
  end: number;
  /** Footnote passages only. */
  number?: number | null;
  urls?: string[] | null;
}

export interface MentionRecord {
  entity: EntityRecord;
  matched: string;
  start: number;
  end: number;
  role: string | null;
  party: string | null;
}

export interface UnresolvedMentionRecord {
  matched: string;
  start: number;
  end: number;
  reason: UnresolvedReason;
  candidates: EntityRecord[];
  passage: PassageRecord;
}

export interface CitationRecord {
  kind: CitationKind;
  identifier: string;
  text: string;
  locator: string | null;
  submitters: string[];
  target: EntityRecord | null;
  passage: PassageRecord;
}

export interface PartRecord {
  id: string;
  order: number;
  kind: DocumentPartKind;
  title: string;
  date: string | null;
  addressee: string | null;
  signatory: string | null;
  office: string | null;
  page: number;
  signedBy: EntityRecord | null;
  writtenBy: EntityRecord | null;
}

export interface QuestionRecord {
  id: string;
  documentId: string;
  faction: string;
  factionEntity: EntityRecord | null;
  number: number;
  text: string;
  page: number;
  start: number;
  end: number;
}

export interface AnswerRecord {
  id: string;
  documentId: string;
  faction: string;
  label: string;
  numbers: number[];
  text: string;
  page: number;
  start: number;
  end: number;
}

export interface JoinRecord {
  faction: EntityRecord;
  joins: EntityRecord;
  quote: string;
  page: number;
}

export interface IngestionRecord {
  version: string;
  sourceName: string;
  kind: string;
  structures: string[];
  warnings: string[];
  pageCount: number;
}

/** What removing an ingested document did (see src/ingest/removeDocument.ts). */
export interface RemovalRecord {
  readonly documentId: string;
  readonly title: string | null;
  /** Nodes derived from the text that were deleted (passages, questions, answers, parts, the text). */
  readonly removedNodes: number;
  /** Entities this document's ingests created (cited documents, persons) that nothing else used, now deleted. */
  readonly removedEntities: string[];
  /** What became of the Document entity: deleted (ingest-owned, unused), kept (curated), or kept without text
   *  (ingest-owned but cited by another document, linked by a curated relation or named in its evidence). */
  readonly documentEntity: 'DELETED' | 'KEPT_CURATED' | 'KEPT_WITHOUT_TEXT';
}

/** One ingested document as the list returns it; `counts` is the Ingestion's array (see writeDocument). */
export interface IngestedDocumentRecord {
  document: EntityRecord;
  origin: string;
  kind: string;
  family: string | null;
  date: string | null;
  chamber: 'TK' | 'EK' | null;
  sourceIdentifier: string | null;
  sourceName: string;
  version: string;
  warnings: string[];
  pageCount: number;
  /** passages, questions, answers, footnotes, citations, mentions */
  counts: number[];
}

export type IngestedDocumentPage = PageRecord<IngestedDocumentRecord>;

export interface IngestedDocumentEdgeRecord {
  cursor: string;
  node: IngestedDocumentRecord;
}

export type PassagePage = PageRecord<PassageRecord>;
export type QuestionPage = PageRecord<QuestionRecord>;

export interface PassageEdgeRecord {
  cursor: string;
  node: PassageRecord;
}

export interface QuestionEdgeRecord {
  cursor: string;
  node: QuestionRecord;
}

export interface MentionEdgeRecord {
  cursor: string;
  node: PassageRecord;
  matched: string;
  snippet: string;
}

export interface MentionPage {
  edges: MentionEdgeRecord[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  totalCount: () => Promise<number>;
}

export interface PassageHitRecord {
  passage: PassageRecord;
  document: EntityRecord;
  page: number;
  snippet: string;
  score: number;
}
