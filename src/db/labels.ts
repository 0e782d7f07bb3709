import { EntityType, RelationType } from '../generated/graphql';

/**
 * Allow-lists for the parts of Cypher that cannot be parameters. Labels and relationship types are only ever
 * taken from these maps, whose keys come from the SDL enums (so a new enum value fails typecheck until mapped).
 */
export const LABEL_OF_TYPE: Readonly<Record<EntityType, string>> = {
  [EntityType.Organisation]: 'Organisation',
  [EntityType.Person]: 'Person',
  [EntityType.Faction]: 'Faction',
  [EntityType.Programme]: 'Programme',
  [EntityType.Law]: 'Law',
  [EntityType.Document]: 'Document',
  [EntityType.Topic]: 'Topic',
  [EntityType.TargetGroup]: 'TargetGroup',
  [EntityType.Commitment]: 'Commitment',
  [EntityType.Funding]: 'Funding',
};

export const ENTITY_TYPES: readonly EntityType[] = Object.values(EntityType);
export const RELATION_TYPES: readonly RelationType[] = Object.values(RelationType);
const RELATION_TYPE_SET: ReadonlySet<string> = new Set(RELATION_TYPES);

export function isRelationType(t: string): t is RelationType {
  return RELATION_TYPE_SET.has(t);
}

/** Returns the relationship type unchanged if it is in the vocabulary; throws otherwise (never interpolate anything else). */
export function relTypeToken(t: string): string {
  if (!RELATION_TYPE_SET.has(t)) throw new Error(`relationship type outside the vocabulary: ${t}`);
  return t;
}

/** All type labels, for removing the old label when an entity changes type. */
export const ALL_TYPE_LABELS = Object.values(LABEL_OF_TYPE).join(':');

/**
 * The relationship types a query may follow: the requested ones, or the whole curated vocabulary. Never "any
 * type": ingested documents add structural relationships (MENTIONS, HAS_PASSAGE, JOINS …) that are not part of
 * the knowledge graph's relations and must not appear in neighbourhoods, paths, counts or lists.
 */
export function vocabulary(types: readonly RelationType[] | null | undefined): RelationType[] {
  return types ? [...types] : [...RELATION_TYPES];
}

/**
 * A relationship-type alternation for a pattern (`MEMBER_OF|CHAIRS|…`), from the requested types or the whole
 * vocabulary. Putting the types in the pattern lets Neo4j expand only those relationships (a hub's thousands of
 * MENTIONS are never touched); every token passes the allow-list, so no user text reaches the Cypher.
 */
export function typePattern(types: readonly RelationType[] | null | undefined): string {
  return vocabulary(types).map(relTypeToken).join('|');
}
