/**
 * Cypher fragments shared by the repositories. They contain no user values: only property names and the
 * variable names the enclosing query binds.
 */

/** The properties of an entity the API returns (never the document text held in `pages`). */
export const ENTITY_PROPS = [
  'name',
  'aliases',
  'description',
  'descriptionNl',
  'kind',
  'identifiers',
  'role',
  'date',
  'recurrence',
  'dueText',
  'status',
  'question',
  'citation',
  'url',
  'hasText',
  'amountEur',
  'year',
  'purpose',
] as const;
export type EntityProp = (typeof ENTITY_PROPS)[number];

/** An entity's id, type and `props` (all of them unless a caller knows the client needs fewer). */
export const entityMap = (v: string, props: readonly EntityProp[] = ENTITY_PROPS) =>
  `${v} {.id, .type${props.map((p) => `, .${p}`).join('')}}`;

/**
 * A relationship with both ends and its evidence, the evidence document resolved in the same query
 * (a COLLECT subquery) so a relation never costs a second round trip. `from`/`to` must be bound to
 * startNode(r)/endNode(r) by the caller (map projections need variables).
 */
const evidenceList = (
  r: string,
  props: readonly EntityProp[] = ENTITY_PROPS,
) => `[i IN range(0, size(coalesce(${r}.evidenceQuotes, [])) - 1) | {
    page: ${r}.evidencePages[i], quote: ${r}.evidenceQuotes[i],
    document: head(COLLECT { MATCH (d:Entity {id: ${r}.evidenceDocumentIds[i]}) RETURN ${entityMap('d', props)} })
  }]`;

/**
 * `withEvidence: false` when the client did not select evidence: resolving it is most of a relation's cost.
 * `endProps`: the entity properties read for both ends and the evidence documents (all unless the resolver knows
 * the client selected fewer).
 */
export const relationMap = (
  r: string,
  from: string,
  to: string,
  withEvidence = true,
  endProps: readonly EntityProp[] = ENTITY_PROPS,
) => `{
  id: ${r}.id, type: type(${r}), origin: coalesce(${r}.origin, 'seed'), addedBy: ${r}.addedBy, addedAt: ${r}.addedAt,
  from: ${entityMap(from, endProps)}, to: ${entityMap(to, endProps)},
  evidence: ${withEvidence ? evidenceList(r, endProps) : '[]'}
}`;

/**
 * A relationship whose ends are given by id only, for results that list the end nodes anyway (neighbourhoods,
 * paths): sending each end as a full entity map again would multiply the payload by the relations per node. A
 * list, not a map: 400 maps with their repeated keys took 1.7x as long to build and decode as 400 lists.
 * Positions: id, type, fromId, toId, evidence, origin, addedBy, addedAt (`relationFromRow` reads them back).
 * Provenance only when selected: every property read of 400 relations shows in the latency.
 */
export const relationRow = (r: string, from: string, to: string, withEvidence = true, withProvenance = true) =>
  `[${r}.id, type(${r}), ${from}.id, ${to}.id, ${withEvidence ? evidenceList(r) : '[]'}${withProvenance ? `, coalesce(${r}.origin, 'seed'), ${r}.addedBy, ${r}.addedAt` : ''}]`;
