import type { EntityType, RelationType } from '../generated/graphql';
import type { EntityInput } from './seedSchema';

/** A validated seed set: what the loader writes. Built only by validateSeeds, so it is always consistent. */
export interface SeedSet {
  /** Content hash of all seed files; stored in the graph so /ready and `version` can show what is loaded. */
  readonly version: string;
  readonly entities: readonly SeedEntity[];
  readonly relations: readonly SeedRelation[];
}

export interface SeedEntity extends EntityInput {
  readonly type: EntityType;
  /** Pages of the document's text, for DOCUMENT entities with a textFile. */
  readonly pages?: readonly string[];
}

export interface SeedEvidence {
  readonly document: string;
  readonly page: number;
  readonly quote: string;
}

export interface SeedRelation {
  readonly id: string;
  readonly from: string;
  readonly type: RelationType;
  readonly to: string;
  readonly evidence: readonly SeedEvidence[];
}
