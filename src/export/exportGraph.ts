import neo4j from 'neo4j-driver';
import type { Executor } from '../db/executor';
import { vocabulary } from '../db/labels';
import type { ExportFormat, ExportNode, ExportRelation } from './exportRecords';

/** A subgraph export stops growing at this many nodes (the whole-graph export has no limit; it streams). */
export const MAX_SUBGRAPH_NODES = 5000;
/** Exports may run longer than an API read: the whole graph at parliament scale takes a while to stream. */
const EXPORT_TIMEOUT_MS = 120_000;

const subgraphIds = (depth: number) => `
  UNWIND $ids AS id MATCH (s:Entity {id: id})
  CALL (s) {
    MATCH (s)-[rs*1..${depth}]-(m:Entity) WHERE all(x IN rs WHERE type(x) IN $types)
    RETURN DISTINCT m.id AS mid LIMIT $max
  }
  WITH collect(DISTINCT s.id) AS starts, collect(DISTINCT mid) AS found
  RETURN starts + [x IN found WHERE NOT x IN starts] AS ids`;
/** Depth is a literal in the pattern, so each allowed value has its own query (an allow-list). */
const SUBGRAPH: Record<number, string> = { 1: subgraphIds(1), 2: subgraphIds(2), 3: subgraphIds(3) };

export interface ExportScope {
  /** Entity ids to start from; undefined exports the whole graph. */
  ids?: string[];
  depth: number;
}

/**
 * Streams the graph (or the part within `depth` of `ids`) in one read transaction: nodes first, then the
 * relationships between them, each formatted and handed to `write` as it arrives (never built whole in memory).
 * Returns the counts, or null when one of the ids is unknown.
 */
export async function exportGraph(
  executor: Executor,
  scope: ExportScope,
  format: ExportFormat,
  write: (chunk: string) => Promise<void>,
): Promise<{ nodes: number; relations: number } | null> {
  return executor.readOnce(
    'export',
    async (tx) => {
      let ids: string[] | null = null;
      const types = vocabulary(null);
      if (scope.ids) {
        const found = await tx.run(SUBGRAPH[scope.depth] as string, {
          ids: scope.ids,
          types,
          max: neo4j.int(MAX_SUBGRAPH_NODES),
        });
        ids = (found.records[0]?.get('ids') as string[] | undefined) ?? [];
        if (scope.ids.some((id) => !ids?.includes(id))) return null;
      }
      await write(format.start());
      let nodes = 0;
      const nodeRows = tx.run(
        `MATCH (n:Entity) WHERE $ids IS NULL OR n.id IN $ids
       RETURN n.id AS id, n.type AS type, n.name AS name, coalesce(n.aliases, []) AS aliases, n.description AS description, n.kind AS kind, coalesce(n.identifiers, []) AS identifiers
       ORDER BY n.id`,
        { ids },
      );
      for await (const r of nodeRows) await write(format.node(r.toObject() as ExportNode, nodes++));
      await write(format.between());
      let relations = 0;
      const relRows = tx.run(
        `MATCH (a:Entity)-[r]->(b:Entity) WHERE type(r) IN $types AND ($ids IS NULL OR (a.id IN $ids AND b.id IN $ids))
       RETURN r.id AS id, type(r) AS type, a.id AS from, b.id AS to,
              coalesce(r.evidenceDocumentIds, []) AS documents, coalesce(r.evidencePages, []) AS pages, coalesce(r.evidenceQuotes, []) AS quotes
       ORDER BY r.id`,
        { ids, types },
      );
      for await (const r of relRows) await write(format.relation(r.toObject() as ExportRelation, relations++));
      await write(format.end());
      return { nodes, relations };
    },
    EXPORT_TIMEOUT_MS,
  );
}
