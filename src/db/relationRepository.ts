import neo4j from 'neo4j-driver';
import { Direction, type RelationType } from '../generated/graphql';
import { decodeCursor, encodeCursor } from './cursor';
import { parseRelationId } from '../domain/relationId';
import type { Executor } from './executor';
import { isRelationType, relTypeToken, typePattern, vocabulary } from './labels';
import { entityMap, type EntityProp, relationMap } from './projections';
import type { EntityRecord, RelationPage, RelationRecord } from './records';

export interface RelationsOf {
  direction: Direction;
  types: readonly RelationType[] | null;
  first: number;
  /** Resolve evidence (and its documents) only when the client selected it. */
  withEvidence: boolean;
  /** Entity properties read for the ends and evidence documents (default: all). */
  endProps?: readonly EntityProp[];
}

/** Patterns per direction, chosen by the enum; `a`/`b` are always the relationship's start and end. */
const PATTERN: Record<Direction, (types: string) => string> = {
  [Direction.Out]: (t) => `(n)-[r:${t}]->(m:Entity)`,
  [Direction.In]: (t) => `(n)<-[r:${t}]-(m:Entity)`,
  [Direction.Both]: (t) => `(n)-[r:${t}]-(m:Entity)`,
};

export interface RelationFilterQuery {
  types?: readonly RelationType[] | null;
  fromId?: string | null;
  toId?: string | null;
  documentId?: string | null;
  first: number;
  after?: string | null;
}

/** The relations of a bound entity `n` as `rels`: the shared body of the per-entity relation queries. */
const relationsOfN = (opts: RelationsOf) => `CALL (n) {
  MATCH ${PATTERN[opts.direction](typePattern(opts.types))}
  WITH DISTINCT r
  ORDER BY type(r), r.id
  LIMIT $first
  WITH r, startNode(r) AS a, endNode(r) AS b
  RETURN collect(${relationMap('r', 'a', 'b', opts.withEvidence, opts.endProps)}) AS rels
}`;

/** Relationships with their ends and evidence, one round trip per call. */
export class RelationRepository {
  constructor(private readonly executor: Executor) {}

  /** Relations of many entities at once (the per-request DataLoader batches every entity of a response here). */
  async ofEntities(ids: readonly string[], opts: RelationsOf): Promise<RelationRecord[][]> {
    const res = await this.executor.read('relationsOfEntities', (tx) =>
      tx.run(
        `UNWIND $ids AS id
         MATCH (n:Entity {id: id})
         ${relationsOfN(opts)}
         RETURN id, rels`,
        { ids: [...ids], first: neo4j.int(opts.first) },
      ),
    );
    const byId = new Map(res.records.map((r) => [r.get('id') as string, r.get('rels') as RelationRecord[]]));
    return ids.map((id) => byId.get(id) ?? []);
  }

  /**
   * An entity and its relations in one round trip, for `entity(id)` when the client selected `relations` (the
   * resolver primes the DataLoaders with the answer). null when the id is unknown.
   */
  async entityWithRelations(id: string, opts: RelationsOf): Promise<{ entity: EntityRecord; relations: RelationRecord[] } | null> {
    const res = await this.executor.read('entityWithRelations', (tx) =>
      tx.run(
        `MATCH (n:Entity {id: $id})
         ${relationsOfN(opts)}
         RETURN ${entityMap('n')} AS e, rels`,
        { id, first: neo4j.int(opts.first) },
      ),
    );
    const row = res.records[0];
    return row ? { entity: row.get('e') as EntityRecord, relations: row.get('rels') as RelationRecord[] } : null;
  }

  async countOfEntities(ids: readonly string[], direction: Direction, types: readonly RelationType[] | null): Promise<number[]> {
    const res = await this.executor.read('relationCountOfEntities', (tx) =>
      tx.run(
        `UNWIND $ids AS id
         MATCH (n:Entity {id: id})
         RETURN id, COUNT { MATCH ${PATTERN[direction](typePattern(types))} } AS c`,
        { ids: [...ids] },
      ),
    );
    const byId = new Map(res.records.map((r) => [r.get('id') as string, Number(r.get('c'))]));
    return ids.map((id) => byId.get(id) ?? 0);
  }

  /** Ids read `<from>--<TYPE>--><to>`, so the lookup starts at an indexed node instead of scanning relationships. */
  async byId(id: string): Promise<RelationRecord | null> {
    const m = parseRelationId(id);
    if (!m || !isRelationType(m.type)) return null;
    const res = await this.executor.read('relationById', (tx) =>
      tx.run(
        `MATCH (a:Entity {id: $from})-[r:${relTypeToken(m.type)} {id: $id}]->(b:Entity {id: $to})
         RETURN ${relationMap('r', 'a', 'b')} AS rel LIMIT 1`,
        { id, from: m.from, to: m.to },
      ),
    );
    return (res.records[0]?.get('rel') as RelationRecord | undefined) ?? null;
  }

  async list(q: RelationFilterQuery): Promise<RelationPage> {
    const { where, params } = filter(q);
    const conds = [...where];
    if (q.after) {
      const c = decodeCursor(q.after, 'ID_ASC');
      conds.push('r.id > $afterId');
      params.afterId = c.id;
    }
    const res = await this.executor.read('relationList', (tx) =>
      tx.run(
        `MATCH (a:Entity)-[r]->(b:Entity) WHERE ${conds.join(' AND ')}
         WITH r, a, b ORDER BY r.id LIMIT $limit
         RETURN ${relationMap('r', 'a', 'b')} AS rel`,
        { ...params, limit: neo4j.int(q.first + 1) },
      ),
    );
    const rows = res.records.map((r) => r.get('rel') as RelationRecord);
    return {
      edges: rows.slice(0, q.first).map((rel) => ({ cursor: encodeCursor('ID_ASC', rel.id, rel.id), node: rel })),
      hasNextPage: rows.length > q.first,
      hasPreviousPage: Boolean(q.after),
      totalCount: async () => {
        const c = await this.executor.read('relationCount', (tx) =>
          tx.run(`MATCH (a:Entity)-[r]->(b:Entity) WHERE ${where.join(' AND ')} RETURN count(r) AS c`, params),
        );
        return Number(c.records[0]?.get('c') ?? 0);
      },
    };
  }
}

function filter(q: RelationFilterQuery): { where: string[]; params: Record<string, unknown> } {
  const where = ['type(r) IN $types'];
  const params: Record<string, unknown> = { types: vocabulary(q.types) };
  if (q.fromId != null) {
    where.push('a.id = $fromId');
    params.fromId = q.fromId;
  }
  if (q.toId != null) {
    where.push('b.id = $toId');
    params.toId = q.toId;
  }
  if (q.documentId != null) {
    where.push('$documentId IN r.evidenceDocumentIds');
    params.documentId = q.documentId;
  }
  return { where, params };
}
