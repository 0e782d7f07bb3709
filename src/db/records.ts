import type {
  CommitmentStatus,
  EntityType,
  FigureKind,
  FigureUnit,
  Recurrence,
  RelationType,
} from '../generated/graphql';

/** What the data layer returns; resolvers map these to GraphQL types (codegen `mappers`). */

export interface EntityRecord {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  description: string | null;
  descriptionNl?: string | null;
  kind: string | null;
  /** Stored as "SCHEME:value" strings: Neo4j properties cannot hold maps. */
  identifiers: string[];
  role?: string | null;
  date?: string | null;
  recurrence?: Recurrence | null;
  dueText?: string | null;
  status?: CommitmentStatus | null;
  question?: string | null;
  citation?: string | null;
  url?: string | null;
  hasText?: boolean | null;
  amountEur?: number | null;
  year?: number | null;
  purpose?: string | null;
  /** Commitments found by ingest: owner and deadline as printed. */
  owner?: string | null;
  deadline?: string | null;
}

export interface EvidenceRecord {
  document: EntityRecord;
  page: number | null;
  quote: string;
}

export interface RelationRecord {
  id: string;
  type: RelationType;
  origin: string;
  addedBy: string | null;
  addedAt: string | null;
  from: EntityRecord;
  to: EntityRecord;
  evidence: EvidenceRecord[];
}

export interface SubgraphRecord {
  nodes: EntityRecord[];
  relations: RelationRecord[];
  truncated: boolean;
}

export interface SearchHitRecord {
  entity: EntityRecord;
  score: number;
  snippet: string | null;
}

export interface EntityEdgeRecord {
  cursor: string;
  node: EntityRecord;
}

export interface PageRecord<T> {
  edges: { cursor: string; node: T }[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  /** Counted only when a client asks for it. */
  totalCount: () => Promise<number>;
}

export type EntityPage = PageRecord<EntityRecord>;
export type RelationPage = PageRecord<RelationRecord>;

export interface GraphStatsRecord {
  nodeCount: number;
  relationCount: number;
  evidenceCount: number;
  byType: { type: string; count: number }[];
}

export interface RelationEdgeRecord {
  cursor: string;
  node: RelationRecord;
}

/** A figure of a source document, with the entity it is about and its evidence resolved. */
export interface FigureRecord {
  id: string;
  kind: FigureKind;
  value: number | null;
  unit: FigureUnit | null;
  per: string | null;
  year: number | null;
  date: string | null;
  measures: string;
  text: string;
  about: EntityRecord;
  evidence: EvidenceRecord;
}
