import neo4j from 'neo4j-driver';
import type { RelationType } from '../generated/graphql';
import type { Executor } from './executor';
import { typePattern, vocabulary } from './labels';
import { ENTITY_PROPS, entityMap, type EntityProp, relationRow } from './projections';
import type { EntityRecord, GraphStatsRecord, RelationRecord, SubgraphRecord } from './records';

/**
 * Variable-length bounds cannot be parameters in Cypher, so each allowed value has its own query text,
 * chosen from these maps by a validated integer (an allow-list, like labels).
 */
export const MAX_DEPTH = 3;
export const MAX_PATH_LENGTH = 10;
/** Relationships returned with a neighbourhood at most this many times the node limit. */
const RELATIONS_PER_NODE = 4;

/**
 * What the client selected of a subgraph, so the query reads only that: the entity properties under `nodes`
 * and the relations' ends, the relations' evidence and provenance. A hub's 100 nodes and 400 relations with
 * every property cost several times more than the few fields an explorer asks for.
 */
export interface SubgraphShape {
  entityProps: readonly EntityProp[];
  withEvidence: boolean;
  withProvenance: boolean;
}
export const FULL_SHAPE: SubgraphShape = { entityProps: ENTITY_PROPS, withEvidence: true, withProvenance: true };

const neighbourhoodQuery = (depth: number, types: string, shape: SubgraphShape) => `
  MATCH (start:Entity {id: $id})
  // OPTIONAL: an entity without relations is a subgraph of one node, not an unknown id.
  OPTIONAL CALL (start) {
    MATCH (start)-[:${types}*1..${depth}]-(m:Entity)
    WHERE m <> start
    RETURN DISTINCT m
    LIMIT $nodeLimitPlusOne
  }
  WITH start, collect(m) AS found
  WITH start, found[0..$nodeLimit] AS kept, size(found) > $nodeLimit AS nodesTruncated
  WITH [start] + kept AS nodes, nodesTruncated
  CALL (nodes) {
    UNWIND nodes AS a
    MATCH (a)-[r:${types}]->(b:Entity)
    WHERE b IN nodes
    // No ORDER BY before the LIMIT: sorting would expand every relationship of every node (3,200 for a hub's
    // 100 neighbours at 1M relationships, 2.3x the query time) where the LIMIT stops at 401. The answer is still
    // stable for a given database (expansion follows the store's order) and sorted by id below.
    WITH r, a, b LIMIT $relLimitPlusOne
    RETURN collect(${relationRow('r', 'a', 'b', shape.withEvidence, shape.withProvenance)}) AS rels
  }
  RETURN [n IN nodes | ${entityMap('n', shape.entityProps)}] AS nodes, rels, nodesTruncated`;

/**
 * Both ends' existence (for NOT_FOUND) and the path in one round trip: `path` is null when there is none within
 * `max`, and for from = to it is the one node.
 */
const pathQuery = (max: number, shape: SubgraphShape) => `
  OPTIONAL MATCH (s:Entity {id: $from})
  OPTIONAL MATCH (t:Entity {id: $to})
  OPTIONAL CALL (s, t) {
    WITH s, t WHERE s IS NOT NULL AND t IS NOT NULL
    MATCH p = shortestPath((s)-[:${typePattern(null)}*0..${max}]-(t))
    WITH p, [n IN nodes(p) | ${entityMap('n', shape.entityProps)}] AS nodes
    RETURN {nodes: nodes, rels: [r IN relationships(p) | ${relationRow('r', 'startNode(r)', 'endNode(r)', shape.withEvidence, shape.withProvenance)}]} AS path
  }
  RETURN s IS NOT NULL AS hasFrom, t IS NOT NULL AS hasTo, path`;

/**
 * The entities among `$ids` that exist and every relationship among them: the induced subgraph of a view, in one
 * round trip whatever the number of ids (the explorer draws all it knows about what is on screen).
 */
const inducedQuery = (shape: SubgraphShape) => `
  UNWIND $ids AS id
  MATCH (n:Entity {id: id})
  WITH collect(DISTINCT n) AS nodes
  CALL (nodes) {
    UNWIND nodes AS a
    MATCH (a)-[r:${typePattern(null)}]->(b:Entity)
    WHERE b IN nodes
    WITH r, a, b LIMIT $relLimitPlusOne
    RETURN collect(${relationRow('r', 'a', 'b', shape.withEvidence, shape.withProvenance)}) AS rels
  }
  RETURN [n IN nodes | ${entityMap('n', shape.entityProps)}] AS nodes, rels`;

export class GraphRepository {
  constructor(private readonly executor: Executor) {}

  /** null when `id` is unknown. */
  async neighbourhood(
    id: string,
    depth: number,
    types: readonly RelationType[] | null,
    limit: number,
    shape: SubgraphShape = FULL_SHAPE,
  ): Promise<SubgraphRecord | null> {
    if (!Number.isInteger(depth) || depth < 1 || depth > MAX_DEPTH)
      throw new RangeError(`depth ${depth} outside 1..${MAX_DEPTH}`);
    const cypher = neighbourhoodQuery(depth, typePattern(types), shape);
    const relLimit = limit * RELATIONS_PER_NODE;
    const res = await this.executor.read('neighbourhood', (tx) =>
      tx.run(cypher, {
        id,
        nodeLimit: neo4j.int(limit - 1),
        nodeLimitPlusOne: neo4j.int(limit),
        relLimitPlusOne: neo4j.int(relLimit + 1),
      }),
    );
    const row = res.records[0];
    if (!row) return null;
    const nodes = row.get('nodes') as EntityRecord[];
    const rels = withEnds(nodes, row.get('rels') as RelationRow[]).sort((x, y) =>
      x.id < y.id ? -1 : x.id > y.id ? 1 : 0,
    );
    return {
      nodes,
      relations: rels.slice(0, relLimit),
      truncated: Boolean(row.get('nodesTruncated')) || rels.length > relLimit,
    };
  }

  /**
   * A shortest path ignoring direction. `missing` lists the ids that do not exist (in argument order); `path` is
   * null when there is no path within maxLength.
   */
  async shortestPath(
    from: string,
    to: string,
    maxLength: number,
    shape: SubgraphShape = FULL_SHAPE,
  ): Promise<{ missing: string[]; path: SubgraphRecord | null }> {
    if (!Number.isInteger(maxLength) || maxLength < 1 || maxLength > MAX_PATH_LENGTH)
      throw new RangeError(`maxLength ${maxLength} outside 1..${MAX_PATH_LENGTH}`);
    const res = await this.executor.read('shortestPath', (tx) => tx.run(pathQuery(maxLength, shape), { from, to }));
    const row = res.records[0];
    const missing = [...(row?.get('hasFrom') ? [] : [from]), ...(row?.get('hasTo') ? [] : [to])];
    const path = row?.get('path') as { nodes: EntityRecord[]; rels: RelationRow[] } | null | undefined;
    return {
      missing,
      path: path ? { nodes: path.nodes, relations: withEnds(path.nodes, path.rels), truncated: false } : null,
    };
  }

  /**
   * The induced subgraph of `ids`: those that exist (unknown ids are left out, not an error: a view may hold an
   * entity deleted since) and at most `relLimit` relationships among them, sorted by id; `truncated` when more exist.
   */
  async induced(ids: readonly string[], relLimit: number, shape: SubgraphShape = FULL_SHAPE): Promise<SubgraphRecord> {
    const res = await this.executor.read('inducedSubgraph', (tx) =>
      tx.run(inducedQuery(shape), { ids: [...new Set(ids)], relLimitPlusOne: neo4j.int(relLimit + 1) }),
    );
    const row = res.records[0];
    if (!row) return { nodes: [], relations: [], truncated: false };
    const nodes = (row.get('nodes') as EntityRecord[]).sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
    const rels = withEnds(nodes, row.get('rels') as RelationRow[]).sort((x, y) =>
      x.id < y.id ? -1 : x.id > y.id ? 1 : 0,
    );
    return { nodes, relations: rels.slice(0, relLimit), truncated: rels.length > relLimit };
  }

  async stats(): Promise<GraphStatsRecord> {
    const res = await this.executor.read('stats', (tx) =>
      tx.run(
        `CALL () { MATCH (n:Entity) RETURN n.type AS type, count(*) AS c }
         WITH collect({type: type, count: c}) AS nodeTypes
         CALL () { MATCH (:Entity)-[r]->(:Entity) WHERE type(r) IN $types RETURN type(r) AS type, count(*) AS c, sum(size(coalesce(r.evidenceQuotes, []))) AS ev }
         RETURN nodeTypes, collect({type: type, count: c, evidence: ev}) AS relTypes`,
        { types: vocabulary(null) },
      ),
    );
    const row = res.records[0];
    const nodeTypes = (row?.get('nodeTypes') ?? []) as { type: string; count: number }[];
    const relTypes = (row?.get('relTypes') ?? []) as { type: string; count: number; evidence: number }[];
    const byType = [...nodeTypes, ...relTypes.map(({ type, count }) => ({ type, count }))]
      .map((t) => ({ type: t.type, count: Number(t.count) }))
      .sort((a, b) => a.type.localeCompare(b.type));
    return {
      nodeCount: nodeTypes.reduce((n, t) => n + Number(t.count), 0),
      relationCount: relTypes.reduce((n, t) => n + Number(t.count), 0),
      evidenceCount: relTypes.reduce((n, t) => n + Number(t.evidence), 0),
      byType,
    };
  }

  async seedVersion(): Promise<string | null> {
    const res = await this.executor.read('seedVersion', (tx) =>
      tx.run("MATCH (m:SeedMeta {id: 'seed'}) RETURN m.version AS v"),
    );
    return (res.records[0]?.get('v') as string | undefined) ?? null;
  }
}

type RelationRow = [
  string,
  RelationRecord['type'],
  string,
  string,
  RelationRecord['evidence'],
  string?,
  (string | null)?,
  (string | null)?,
];

/** Relations (rows of `relationRow`) with their ends taken from the node list of the same answer (every end is in it by construction). */
function withEnds(nodes: readonly EntityRecord[], rows: readonly RelationRow[]): RelationRecord[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  return rows.map(([id, type, fromId, toId, evidence, origin, addedBy, addedAt]) => {
    const from = byId.get(fromId);
    const to = byId.get(toId);
    if (!from || !to) throw new Error(`relation ${id} has an end outside its subgraph`);
    // Provenance is absent when not selected; the resolvers never read it then.
    return {
      id,
      type,
      from,
      to,
      evidence,
      origin: origin as string,
      addedBy: addedBy ?? null,
      addedAt: addedAt ?? null,
    };
  });
}
