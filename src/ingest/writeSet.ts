/**
 * What an ingest writes, as plain rows, apart from how it is written (batches, staging, the switch: see
 * stagedWrite.ts). A parser that adds a structure adds node and relationship rows here and gets staging,
 * all-or-nothing switching and removal for free.
 */

/** Labels of the nodes an ingest derives from a document's text; allow-listed because labels cannot be parameters. */
export const DERIVED_LABELS = [
  'Passage',
  'Question',
  'Answer',
  'DocumentPart',
  'DocumentText',
  'SpeakerTurn',
  'UnresolvedMention',
] as const;
export type DerivedLabel = (typeof DERIVED_LABELS)[number];

/** Extra labels a derived node may carry besides its main one (a footnote is a Passage:Footnote). */
export const EXTRA_LABELS = ['Footnote'] as const;
export type ExtraLabel = (typeof EXTRA_LABELS)[number];

/** A node derived from the text; every one carries `documentId` so a document's nodes can be found, replaced, removed. */
export interface NodeRow {
  readonly id: string;
  /** Everything but `id` and `documentId`, which the switch sets (see stagedWrite.ts). */
  readonly props: Record<string, unknown>;
}

export interface NodeGroup {
  readonly label: DerivedLabel;
  readonly extra: readonly ExtraLabel[];
  readonly rows: NodeRow[];
}

/**
 * Where a relationship ends: a node of this write (`node`, by id) or an entity (`entity`, by id: a live Entity, or
 * one this write creates). A row whose entity does not exist is skipped (an optional link such as SIGNED_BY).
 */
export type EndKind = 'node' | 'entity';

/** Relationship types an ingest writes from or to a derived node; allow-listed like the labels. */
export const DERIVED_RELATIONSHIPS = [
  'HAS_PASSAGE',
  'HAS_PART',
  'HAS_QUESTION',
  'HAS_ANSWER',
  'HAS_TEXT',
  'HAS_SPEAKER_TURN',
  'HAS_UNRESOLVED_MENTION',
  'CANDIDATE',
  'REFERS_TO_FOOTNOTE',
  'SIGNED_BY',
  'WRITTEN_BY',
  'ASKED_BY',
  'ANSWERS',
  'REFERS_TO',
  'CITATION',
  'MENTIONS',
] as const;
export type DerivedRelationship = (typeof DERIVED_RELATIONSHIPS)[number];

export interface RelRow {
  readonly from: string;
  readonly to: string;
  readonly props: Record<string, unknown>;
}

export interface RelGroup {
  readonly type: DerivedRelationship;
  readonly from: EndKind;
  readonly to: EndKind;
  readonly rows: RelRow[];
}

/** An entity the ingest creates when the graph lacks it (a cited Kamerstuk, a toezegging, a person). */
export interface EntityRow {
  readonly id: string;
  /** The type label (Document, Commitment, Person …), from LABEL_OF_TYPE. */
  readonly label: string;
  readonly props: Record<string, unknown>;
}

/** A fact between two entities with this document as one piece of its evidence (a person's faction or office). */
export interface EvidencedLink {
  readonly type: 'MEMBER_OF' | 'HOLDS_OFFICE';
  readonly from: string;
  readonly to: string;
  readonly page: number | null;
  readonly quote: string;
}

/** A faction joining another (JOINS), stated by this document. */
export interface JoinRow {
  readonly from: string;
  readonly to: string;
  readonly quote: string;
  readonly page: number | null;
}

/** A toezegging the document records, as a Commitment entity the ingest owns (see familyRows.ts). */
export interface CommitmentRow {
  readonly id: string;
  readonly page: number;
  readonly start: number;
  readonly end: number;
  readonly quote: string;
  readonly props: Record<string, unknown>;
}

/**
 * A suggestion derived from the document (suggest/): flat properties, stored as a Suggestion node at the switch.
 * Its id is stable across re-ingests, so a decision taken on it (accepted, rejected) is kept.
 */
export interface SuggestionRow {
  readonly id: string;
  readonly props: Record<string, unknown>;
}

export interface WriteSet {
  readonly nodes: NodeGroup[];
  readonly relationships: RelGroup[];
  /** Created only when missing; recorded on the Ingestion so removing the document removes them when unused. */
  readonly entities: EntityRow[];
  /**
   * Facts between entities. They are written in the switch (they are visible the moment they exist, and there are
   * few of them: their number grows with the names in a document, not with its text).
   */
  readonly joins: JoinRow[];
  readonly evidencedLinks: EvidencedLink[];
  readonly commitments: CommitmentRow[];
  readonly suggestions: readonly SuggestionRow[];
}
