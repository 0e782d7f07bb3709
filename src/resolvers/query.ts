import { badUserInput, notFound } from '../errors';
import { EntityOrderField, EntityType, SortDirection, type EntityFilter, type EntityOrder } from '../generated/graphql';
import type { QueryResolvers } from '../generated/resolvers';
import type { Context } from '../context';
import { BOUNDS, checkInt, checkText, MAX_ID } from './bounds';
import { API_VERSION } from '../version';
import { documentById } from './documents';
import { namesUnder } from './lookahead';
import { subgraphShape } from './subgraphShape';
import { entityById } from './entity';
import { RELATION_VOCABULARY } from '../domain/relationVocabulary';
import type { GraphQLResolveInfo } from 'graphql';

/** Relationships returned by inducedSubgraph at most this many times the node maximum (2,000). */
const INDUCED_RELATIONS_PER_NODE = 4;

interface ListArgs {
  filter?: EntityFilter | null;
  orderBy?: EntityOrder | null;
  first?: number | null;
  after?: string | null;
}

/**
 * Shared by `entities` and the per-type lists; `fixed` narrows the types (intersected with filter.types). A
 * selected `totalCount` is counted in the same query as the page (one round trip).
 */
function listEntities(args: ListArgs, ctx: Context, info: GraphQLResolveInfo, fixed?: EntityType) {
  const f = args.filter ?? {};
  let types = f.types ?? null;
  if (fixed) types = types ? types.filter((t) => t === fixed) : [fixed];
  if (f.text != null) checkText('filter.text', f.text);
  if (f.kind != null) checkText('filter.kind', f.kind);
  if (f.relatedTo) checkText('filter.relatedTo.id', f.relatedTo.id, MAX_ID);
  return ctx.repos.entities.list({
    types,
    kind: f.kind ?? null,
    text: f.text ?? null,
    relatedTo: f.relatedTo ?? null,
    orderField: args.orderBy?.field ?? EntityOrderField.Name,
    orderDirection: args.orderBy?.direction ?? SortDirection.Asc,
    first: checkInt('first', args.first ?? 20, BOUNDS.first),
    after: args.after ?? null,
    withCount: namesUnder(info, []).has('totalCount'),
  });
}

const perType = (t: EntityType) => (_: unknown, args: ListArgs, ctx: Context, info: GraphQLResolveInfo) =>
  listEntities(args, ctx, info, t);

export const queryResolvers: QueryResolvers = {
  version: async (_p, _a, ctx) => ({ api: API_VERSION, seedVersion: await ctx.repos.graph.seedVersion() }),
  entity: async (_p, { id }, ctx, info) => (id.length > MAX_ID ? null : entityById(id, ctx, info)),
  entities: (_p, args, ctx, info) => listEntities(args, ctx, info),
  organisations: perType(EntityType.Organisation),
  persons: perType(EntityType.Person),
  factions: perType(EntityType.Faction),
  programmes: perType(EntityType.Programme),
  laws: perType(EntityType.Law),
  documents: perType(EntityType.Document),
  topics: perType(EntityType.Topic),
  targetGroups: perType(EntityType.TargetGroup),
  commitments: perType(EntityType.Commitment),
  fundings: perType(EntityType.Funding),
  relation: (_p, { id }, ctx) => (id.length > MAX_ID * 3 ? null : ctx.repos.relations.byId(id)),
  relations: (_p, { filter, first, after }, ctx) =>
    ctx.repos.relations.list({
      types: filter?.types ?? null,
      fromId: filter?.fromId ?? null,
      toId: filter?.toId ?? null,
      documentId: filter?.documentId ?? null,
      first: checkInt('first', first ?? 20, BOUNDS.first),
      after: after ?? null,
    }),
  search: (_p, { text, types, first }, ctx) =>
    ctx.repos.search.search(checkText('text', text), types ?? null, checkInt('first', first ?? 10, BOUNDS.searchFirst)),
  neighbourhood: async (_p, { id, depth, relationTypes, limit }, ctx, info) => {
    const d = checkInt('depth', depth ?? 1, BOUNDS.depth);
    const l = checkInt('limit', limit ?? 100, BOUNDS.limit);
    const sub =
      id.length > MAX_ID
        ? null
        : await ctx.repos.graph.neighbourhood(id, d, relationTypes ?? null, l, subgraphShape(info));
    if (!sub) throw notFound('entity', id.slice(0, MAX_ID));
    return sub;
  },
  shortestPath: async (_p, { from, to, maxLength }, ctx, info) => {
    const max = checkInt('maxLength', maxLength ?? 6, BOUNDS.maxLength);
    for (const id of [from, to]) if (id.length > MAX_ID) throw notFound('entity', id.slice(0, MAX_ID));
    const { missing, path } = await ctx.repos.graph.shortestPath(from, to, max, subgraphShape(info));
    if (missing[0] !== undefined) throw notFound('entity', missing[0]);
    return path;
  },
  inducedSubgraph: async (_p, { ids }, ctx, info) => {
    checkInt('ids (count)', ids.length, BOUNDS.limit);
    // An over-long id cannot exist; leaving it out is what the query would do anyway.
    return ctx.repos.graph.induced(
      ids.filter((id) => id.length <= MAX_ID),
      BOUNDS.limit.max * INDUCED_RELATIONS_PER_NODE,
      subgraphShape(info),
    );
  },
  stats: (_p, _a, ctx) => ctx.repos.graph.stats(),
  document: (_p, { id }, ctx, info) => documentById(id, ctx, info),
  questions: (_p, { filter, first, after }, ctx) =>
    ctx.repos.documents.questions({
      documentId: filter?.documentId ?? null,
      factionId: filter?.faction ?? null,
      mentions: filter?.mentions ?? null,
      answered: filter?.answered ?? null,
      first: checkInt('first', first ?? 20, BOUNDS.first),
      after: after ?? null,
    }),
  passageSearch: (_p, { text, documentId, first }, ctx) =>
    ctx.repos.passages.search(
      checkText('text', text),
      documentId ?? null,
      checkInt('first', first ?? 10, BOUNDS.searchFirst),
    ),
  relationTypes: () => [...RELATION_VOCABULARY],
  figures: (_p, { filter, first }, ctx) => {
    for (const [k, v] of [
      ['filter.aboutId', filter?.aboutId],
      ['filter.documentId', filter?.documentId],
    ] as const)
      if (v != null) checkText(k, v, MAX_ID);
    return ctx.repos.figures.list({
      kinds: filter?.kinds ?? null,
      units: filter?.units ?? null,
      year: filter?.year ?? null,
      aboutId: filter?.aboutId ?? null,
      documentId: filter?.documentId ?? null,
      first: checkInt('first', first ?? 100, BOUNDS.relationsFirst),
    });
  },
  citation: (_p, { identifier }, ctx) =>
    identifier.length > MAX_ID * 3 ? null : ctx.repos.documents.citationTarget(identifier),
  suggestions: (_p, { status, documentId, kind, type, first, after }, ctx) => {
    if (documentId != null) checkText('documentId', documentId, MAX_ID);
    return ctx.repos.suggestions.list({
      status: status ?? null,
      documentId: documentId ?? null,
      kind: kind ?? null,
      type: type ?? null,
      first: checkInt('first', first ?? 20, BOUNDS.first),
      after: after ?? null,
    });
  },
  suggestion: (_p, { id }, ctx) => (id.length > MAX_ID * 3 ? null : ctx.repos.suggestions.byId(id)),
  ingestedDocuments: (_p, { filter, first, after }, ctx) => {
    const f = filter ?? {};
    for (const k of ['family', 'kind', 'origin'] as const) if (f[k] != null) checkText(`filter.${k}`, f[k], MAX_ID);
    for (const k of ['dateFrom', 'dateTo'] as const) {
      if (f[k] != null && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(f[k]))
        throw badUserInput(`filter.${k}`, 'must be YYYY, YYYY-MM or YYYY-MM-DD');
    }
    return ctx.repos.ingestions.list({
      family: f.family ?? null,
      chamber: f.chamber ?? null,
      kind: f.kind ?? null,
      dateFrom: f.dateFrom ?? null,
      dateTo: f.dateTo ?? null,
      origin: f.origin ?? null,
      first: checkInt('first', first ?? 20, BOUNDS.first),
      after: after ?? null,
    });
  },
};
