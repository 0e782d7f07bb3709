import neo4j from 'neo4j-driver';
import { decodeCursor, encodeCursor } from './cursor';
import type { IngestedDocumentPage, IngestedDocumentRecord } from './documentRecords';
import type { Executor } from './executor';
import { entityMap } from './projections';

export interface IngestedDocumentQuery {
  family?: string | null;
  chamber?: string | null;
  kind?: string | null;
  dateFrom?: string | null;
  dateTo?: string | null;
  origin?: string | null;
  first: number;
  after?: string | null;
}

/**
 * Filters on the Ingestion record and its Document; `$x IS NULL OR …` keeps one Cypher text for every combination.
 * A date bound of YYYY or YYYY-MM compares as a prefix: dateTo 2024 admits 2024-12-31.
 */
const FILTER = `($family IS NULL OR i.family = $family) AND ($chamber IS NULL OR i.chamber = $chamber) AND ($kind IS NULL OR i.kind = $kind)
  AND ($dateFrom IS NULL OR i.date >= $dateFrom) AND ($dateTo IS NULL OR left(i.date, size($dateTo)) <= $dateTo)
  AND ($origin IS NULL OR d.origin = $origin)`;

export const INGESTED_DOCUMENTS = `MATCH (i:Ingestion) WHERE $afterId IS NULL OR i.documentId > $afterId
  MATCH (d:Entity {id: i.documentId}) WHERE ${FILTER}
  WITH i, d ORDER BY i.documentId LIMIT $limit
  RETURN {document: ${entityMap('d')}, origin: d.origin, kind: i.kind, family: i.family, date: i.date, chamber: i.chamber,
          sourceIdentifier: i.sourceIdentifier, sourceName: i.sourceName, version: i.version, warnings: i.warnings,
          pageCount: i.pageCount, counts: i.counts} AS r`;

export const INGESTED_DOCUMENT_COUNT = `MATCH (i:Ingestion) MATCH (d:Entity {id: i.documentId}) WHERE ${FILTER} RETURN count(i) AS c`;

/** The list of ingested documents (the Ingestion records with their Document), keyset-paged by document id. */
export class IngestionRepository {
  constructor(private readonly executor: Executor) {}

  async list(q: IngestedDocumentQuery): Promise<IngestedDocumentPage> {
    const params = {
      family: q.family ?? null,
      chamber: q.chamber ?? null,
      kind: q.kind ?? null,
      dateFrom: q.dateFrom ?? null,
      dateTo: q.dateTo ?? null,
      origin: q.origin ?? null,
    };
    const afterId = q.after ? decodeCursor(q.after, 'DOCUMENT_ID').key : null;
    const res = await this.executor.read('ingestedDocuments', (tx) =>
      tx.run(INGESTED_DOCUMENTS, { ...params, afterId, limit: neo4j.int(q.first + 1) }),
    );
    const rows = res.records.map((r) => r.get('r') as IngestedDocumentRecord);
    return {
      edges: rows
        .slice(0, q.first)
        .map((node) => ({ cursor: encodeCursor('DOCUMENT_ID', node.document.id, node.document.id), node })),
      hasNextPage: rows.length > q.first,
      hasPreviousPage: Boolean(q.after),
      totalCount: async () => {
        const c = await this.executor.read('ingestedDocumentCount', (tx) => tx.run(INGESTED_DOCUMENT_COUNT, params));
        return Number(c.records[0]?.get('c') ?? 0);
      },
    };
  }
}
