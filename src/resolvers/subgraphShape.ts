import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import type { SubgraphShape } from '../db/graphRepository';
import { ENTITY_PROPS, type EntityProp } from '../db/projections';
import { namesUnder } from './lookahead';

/** Entity fields answered from the id alone (their resolvers load what they need). */
const ID_ONLY = new Set([
  '__typename',
  'id',
  'type',
  'relations',
  'relationCount',
  'mentionedIn',
  'history',
  'parts',
  'questions',
  'answers',
  'footnotes',
  'citations',
  'passages',
  'joins',
  'ingestion',
]);
/** Entity fields read from another property than their own name. */
const PROP_OF: Record<string, EntityProp> = { bwbId: 'identifiers' };
const PROPS: ReadonlySet<string> = new Set(ENTITY_PROPS);

/**
 * The subgraph shape a `neighbourhood` / `shortestPath` selection needs: entity properties selected under `nodes`
 * and under the relations' ends (the ends are taken from the node list), evidence and provenance only when
 * selected. An entity field this map does not know makes it read every property (never a missing value).
 */
export function subgraphShape(info: GraphQLResolveInfo): SubgraphShape {
  const entityProps = entityPropsFor(
    new Set([
      ...namesUnder(info, ['nodes']),
      ...namesUnder(info, ['relations', 'from']),
      ...namesUnder(info, ['relations', 'to']),
    ]),
  );
  const rel = namesUnder(info, ['relations']);
  return {
    entityProps,
    withEvidence: rel.has('evidence'),
    withProvenance: rel.has('origin') || rel.has('addedBy') || rel.has('addedAt'),
  };
}

/**
 * The entity properties the ends and evidence documents of a `relations` selection need (`at`: the relations
 * field's nodes; the current field when omitted).
 */
export function relationEndProps(
  info: GraphQLResolveInfo,
  at: readonly FieldNode[] = info.fieldNodes,
): readonly EntityProp[] {
  return entityPropsFor(
    new Set([
      ...namesUnder(info, ['from'], at),
      ...namesUnder(info, ['to'], at),
      ...namesUnder(info, ['evidence', 'document'], at),
    ]),
  );
}

/** Entity fields selected → the properties to read; every property when a field is not known here. */
function entityPropsFor(fields: ReadonlySet<string>): readonly EntityProp[] {
  const props = new Set<EntityProp>();
  for (const f of fields) {
    if (ID_ONLY.has(f)) continue;
    const p = PROP_OF[f] ?? (PROPS.has(f) ? (f as EntityProp) : undefined);
    if (!p) return ENTITY_PROPS;
    props.add(p);
  }
  return ENTITY_PROPS.filter((p) => props.has(p));
}
