import type { EntityType, RelationType } from '../generated/graphql';

/**
 * What the extraction proposes for a curator to accept or reject. Pure data: nothing here is written to the graph
 * until a curator accepts it through the checked write path. Every suggestion carries the sentence it comes from,
 * so the curator judges it on the source's own words.
 */
export type Suggestion = EntitySuggestion | AliasSuggestion | RelationSuggestion;

/** Where a suggestion comes from: one sentence of one passage. */
export interface SuggestionEvidence {
  readonly documentId: string;
  /** 1-based page of the passage. */
  readonly page: number;
  /** The passage's `order` in the parsed document (the writer derives the passage id from it). */
  readonly passageOrder: number;
  /** The sentence, whitespace-normalised as the evidence rule compares quotes (`checkQuoteOnPage`). */
  readonly sentence: string;
  /** Source offsets of the sentence in the document text (for highlighting in the document view). */
  readonly start: number;
  readonly end: number;
}

/** A name inside the evidence sentence: offsets into `evidence.sentence`, and into the document text. */
export interface NameSpan {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly sourceStart: number;
  readonly sourceEnd: number;
}

/** A new entity: a name the catalogue lacks, typed by the convention that found it. */
export interface EntitySuggestion {
  readonly kind: 'ENTITY';
  readonly id: string;
  readonly entityType: EntityType;
  readonly name: string;
  /** Other names the text gives it (the short form of an abbreviation definition). */
  readonly aliases: readonly string[];
  readonly span: NameSpan;
  readonly evidence: SuggestionEvidence;
  /** The rule that found it: `abbreviation`, `convention:law`, `person:office`, … (docs/suggestions.md). */
  readonly rule: string;
  readonly confidence: number;
}

/** A new name for a catalogued entity (the text names it by a form that is not yet its name or an alias). */
export interface AliasSuggestion {
  readonly kind: 'ALIAS';
  readonly id: string;
  readonly entityId: string;
  readonly alias: string;
  readonly span: NameSpan;
  readonly evidence: SuggestionEvidence;
  readonly rule: string;
  readonly confidence: number;
}

/** One end of a suggested relation: a catalogued entity, or an entity suggestion of the same run. */
export interface RelationEnd {
  /** The catalogue id, or the id of the EntitySuggestion when `existing` is false. */
  readonly id: string;
  readonly existing: boolean;
  readonly entityType: EntityType;
  readonly name: string;
  /** Where the sentence names it; null when the structure gives it (the letter's own office for "ik"). */
  readonly span: NameSpan | null;
}

export interface RelationSuggestion {
  readonly kind: 'RELATION';
  readonly id: string;
  readonly type: RelationType;
  readonly from: RelationEnd;
  readonly to: RelationEnd;
  readonly evidence: SuggestionEvidence;
  /** The wording (relationPatterns.ts) or structure rule (`structure:…`) that produced it. */
  readonly patternId: string;
  readonly confidence: number;
}

export interface SuggestOptions {
  /** Suggestions below this confidence are dropped (default 0.3: see docs/suggestions.md). */
  readonly minConfidence?: number;
}
