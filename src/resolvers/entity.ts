import type { EntityRecord } from '../db/records';
import { LABEL_OF_TYPE } from '../db/labels';
import { Direction, IdentifierScheme } from '../generated/graphql';
import type { Resolvers } from '../generated/resolvers';
import { BOUNDS, checkInt } from './bounds';
import { mentionedIn } from './documents';
import { relationEndProps } from './subgraphShape';
import { lookahead, namesUnder } from './lookahead';
import type { EntityProp } from '../db/projections';
import type { GraphQLResolveInfo } from 'graphql';

/** Where each identifier scheme can be read; only schemes with a stable public resolver get a URL. */
const IDENTIFIER_URL: Partial<Record<IdentifierScheme, (v: string) => string>> = {
  [IdentifierScheme.Bwb]: (v) => `https://wetten.overheid.nl/${v}`,
  [IdentifierScheme.Kamerstuk]: (v) => `https://zoek.officielebekendmakingen.nl/${v}.html`,
  [IdentifierScheme.Handle]: (v) => `https://hdl.handle.net/${v}`,
  [IdentifierScheme.Url]: (v) => v,
};

function identifiers(e: EntityRecord) {
  return (e.identifiers ?? []).map((s) => {
    const at = s.indexOf(':');
    const scheme = s.slice(0, at) as IdentifierScheme;
    const value = s.slice(at + 1);
    return { scheme, value, url: IDENTIFIER_URL[scheme]?.(value) ?? null };
  });
}

export interface RelationsArgs {
  direction?: Direction | null;
  types?: EntityTypeList;
  first?: number | null;
}

/** The DataLoader key of `relations(...)` on entity `id`: defaults and bounds applied in one place. */
export function relationsKey(id: string, args: RelationsArgs, withEvidence: boolean, endProps: readonly EntityProp[]) {
  return {
    id,
    direction: args.direction ?? Direction.Both,
    types: args.types ?? null,
    first: checkInt('first', args.first ?? 100, BOUNDS.relationsFirst),
    withEvidence,
    endProps,
  };
}

/** Fields every concrete entity type shares; relations go through the per-request DataLoader (no N+1). */
const common = {
  aliases: (e: EntityRecord) => e.aliases ?? [],
  identifiers,
  relations: (e: EntityRecord, args: RelationsArgs, ctx: import('../context').Context, info: GraphQLResolveInfo) =>
    ctx.loaders.relations.load(relationsKey(e.id, args, namesUnder(info, []).has('evidence'), relationEndProps(info))),
  mentionedIn,
  history: (e: EntityRecord, _a: unknown, ctx: import('../context').Context) => ctx.loaders.history.load(e.id),
  relationCount: (e: EntityRecord, args: { direction?: Direction | null; types?: EntityTypeList }, ctx: import('../context').Context) =>
    ctx.loaders.relationCount.load({ id: e.id, direction: args.direction ?? Direction.Both, types: args.types ?? null }),
};
type EntityTypeList = readonly import('../generated/graphql').RelationType[] | null | undefined;

export const entityResolvers: Resolvers = {
  // GraphQL type names equal the Neo4j type labels (one map for both).
  Entity: { __resolveType: (e) => LABEL_OF_TYPE[e.type] as never },
  Organisation: common,
  Person: common,
  Faction: common,
  Programme: common,
  Law: { ...common, bwbId: (e) => identifiers(e).find((i) => i.scheme === IdentifierScheme.Bwb)?.value ?? null },
  Document: { ...common, hasText: (e) => Boolean(e.hasText) },
  Topic: common,
  TargetGroup: common,
  Commitment: common,
  Funding: common,
};

/**
 * `entity(id)`: when the client selected the entity's relations once, the entity and its relations come in one
 * query and prime the DataLoaders, so the nested resolver costs no second round trip.
 */
export async function entityById(id: string, ctx: import('../context').Context, info: GraphQLResolveInfo) {
  const ahead = lookahead(info, 'Entity', 'relations', 'evidence');
  let key: ReturnType<typeof relationsKey> | undefined;
  try {
    key = ahead ? relationsKey(id, ahead.args, ahead.needs, relationEndProps(info, [ahead.node])) : undefined;
  } catch {
    key = undefined; // out-of-bounds arguments: the nested resolver reports them on its own path
  }
  if (!key) return (await ctx.loaders.entity.load(id)) ?? null;
  const found = await ctx.repos.relations.entityWithRelations(id, key);
  if (!found) return null;
  ctx.loaders.entity.prime(id, found.entity);
  ctx.loaders.relations.prime(key, found.relations);
  return found.entity;
}
