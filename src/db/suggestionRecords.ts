import type { EntityType, RelationType, SuggestionKind, SuggestionStatus } from '../generated/graphql';
import type { PassageRecord } from './documentRecords';
import type { EntityRecord, RelationRecord } from './records';

/** A Suggestion node as stored: flat properties (Neo4j holds no maps), see ingest/writeSet.ts SuggestionRow. */
export interface SuggestionRecord {
  id: string;
  kind: SuggestionKind;
  status: SuggestionStatus;
  documentId: string;
  page: number;
  passageId: string;
  sentence: string;
  sentenceStart: number;
  sentenceEnd: number;
  relationType: RelationType | null;
  fromId: string | null;
  fromExisting: boolean | null;
  fromType: EntityType | null;
  fromName: string | null;
  fromStart: number | null;
  fromEnd: number | null;
  toId: string | null;
  toExisting: boolean | null;
  toType: EntityType | null;
  toName: string | null;
  toStart: number | null;
  toEnd: number | null;
  entityType: EntityType | null;
  name: string | null;
  aliases: string[] | null;
  nameStart: number | null;
  nameEnd: number | null;
  entityId: string | null;
  alias: string | null;
  rule: string;
  confidence: number;
  reviewedBy: string | null;
  reviewedAt: string | null;
  reason: string | null;
  resultId: string | null;
  /** The passage, when the document's text is still in the graph. */
  passage: PassageRecord | null;
}

export interface SuggestionPage {
  edges: { cursor: string; node: SuggestionRecord }[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  totalCount: () => Promise<number>;
}

export interface SuggestionDecisionRecord {
  suggestion: SuggestionRecord;
  relation: RelationRecord | null;
  entity: EntityRecord | null;
}

/** One end of a relation suggestion, as the API shows it. */
export interface SuggestionEndRecord {
  id: string;
  existing: boolean;
  type: EntityType;
  name: string;
  start: number | null;
  end: number | null;
}
