import neo4j from 'neo4j-driver';
import { Direction, type EntityType, type RelationType, SortDirection, EntityOrderField } from '../generated/graphql';
import { foldForSearch } from '../domain/text';
import { decodeCursor, encodeCursor } from './cursor';
import type { Executor } from './executor';
import { vocabulary } from './labels';
import { entityMap } from './projections';
import type { EntityPage, EntityRecord } from './records';

export interface EntityQuery {
  types?: readonly EntityType[] | null;
  kind?: string | null;
  text?: string | null;
  relatedTo?: { id: string; relationTypes?: readonly RelationType[] | null; direction?: Direction | null } | null;
  orderField: EntityOrderField;
  orderDirection: SortDirection;
  first: number;
  after?: string | null;
  /** Count the whole filtered list in the same query (the client selected totalCount). */
  withCount?: boolean;
}

/** Pattern fragments for `relatedTo`, chosen by the Direction enum (never built from user text). */
const RELATED_PATTERN: Record<Direction, string> = {
  [Direction.Out]: '(n)-[r]->(:Entity {id: $relatedId})',
  [Direction.In]: '(n)<-[r]-(:Entity {id: $relatedId})',
  [Direction.Both]: '(n)-[r]-(:Entity {id: $relatedId})',
};
const SORT_KEY: Record<EntityOrderField, string> = { [EntityOrderField.Name]: 'n.sortName', [EntityOrderField.Id]: 'n.id' };

/** Entities by id and filtered, sorted, keyset-paginated lists. */
export class EntityRepository {
  constructor(private readonly executor: Executor) {}

  /** Many ids in one round trip; the result follows the input order, undefined for unknown ids (DataLoader contract). */
  async byIds(ids: readonly string[]): Promise<(EntityRecord | undefined)[]> {
    const rows = await this.executor.read('entitiesByIds', (tx) =>
      tx.run(`UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN ${entityMap('n')} AS e`, { ids: [...ids] }),
    );
    const byId = new Map(rows.records.map((r) => [(r.get('e') as EntityRecord).id, r.get('e') as EntityRecord]));
    return ids.map((id) => byId.get(id));
  }

  async list(q: EntityQuery): Promise<EntityPage> {
    const { where, params } = filterClause(q);
    const key = SORT_KEY[q.orderField];
    const desc = q.orderDirection === SortDirection.Desc;
    const orderName = `${q.orderField}_${q.orderDirection}`;
    const conds = [...where];
    if (q.after) {
      const c = decodeCursor(q.after, orderName);
      conds.push(`(${key} ${desc ? '<' : '>'} $afterKey OR (${key} = $afterKey AND n.id ${desc ? '<' : '>'} $afterId))`);
      Object.assign(params, { afterKey: c.key, afterId: c.id });
    }
    const dir = desc ? 'DESC' : 'ASC';
    const cypher = `CALL () { ${q.withCount ? `MATCH (n:Entity) ${where.length ? `WHERE ${where.join(' AND ')}` : ''} RETURN count(n) AS total` : 'RETURN null AS total'} }
      CALL () {
        MATCH (n:Entity) ${conds.length ? `WHERE ${conds.join(' AND ')}` : ''}
        WITH n ORDER BY ${key} ${dir}, n.id ${dir} LIMIT $limit
        RETURN collect({e: ${entityMap('n')}, sortKey: ${key}}) AS rows
      }
      RETURN total, rows`;
    const res = await this.executor.read('entityList', (tx) => tx.run(cypher, { ...params, limit: neo4j.int(q.first + 1) }));
    const record = res.records[0];
    const total = record?.get('total') as number | null | undefined;
    const rows = ((record?.get('rows') ?? []) as { e: EntityRecord; sortKey: unknown }[]).map((r) => ({ e: r.e, key: String(r.sortKey) }));
    const page = rows.slice(0, q.first);
    return {
      edges: page.map(({ e, key: k }) => ({ cursor: encodeCursor(orderName, k, e.id), node: e })),
      hasNextPage: rows.length > q.first,
      hasPreviousPage: Boolean(q.after),
      totalCount: () => (total == null ? this.count(q) : Promise.resolve(Number(total))),
    };
  }

  async count(q: EntityQuery): Promise<number> {
    const { where, params } = filterClause(q);
    const res = await this.executor.read('entityCount', (tx) =>
      tx.run(`MATCH (n:Entity) ${where.length ? `WHERE ${where.join(' AND ')}` : ''} RETURN count(n) AS c`, params),
    );
    return Number(res.records[0]?.get('c') ?? 0);
  }
}

function filterClause(q: EntityQuery): { where: string[]; params: Record<string, unknown> } {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (q.types) {
    where.push('n.type IN $types');
    params.types = [...q.types];
  }
  if (q.kind != null) {
    where.push('n.kind = $kind');
    params.kind = q.kind;
  }
  if (q.text != null && foldForSearch(q.text) !== '') {
    where.push('n.searchText CONTAINS $text');
    params.text = foldForSearch(q.text);
  }
  if (q.relatedTo) {
    const pattern = RELATED_PATTERN[q.relatedTo.direction ?? Direction.Both];
    where.push(`EXISTS { MATCH ${pattern} WHERE type(r) IN $relTypes }`);
    params.relatedId = q.relatedTo.id;
    params.relTypes = vocabulary(q.relatedTo.relationTypes);
  }
  return { where, params };
}
