import neo4j from 'neo4j-driver';
import type { FigureKind, FigureUnit } from '../generated/graphql';
import type { Executor } from './executor';
import { entityMap } from './projections';
import type { EntityRecord, EvidenceRecord, FigureRecord } from './records';

export interface FigureQuery {
  kinds: readonly FigureKind[] | null;
  units: readonly FigureUnit[] | null;
  year: number | null;
  aboutId: string | null;
  documentId: string | null;
  first: number;
}

/**
 * Figures with the entity they are about and their evidence document, in one round trip. Every filter is a
 * parameter that is null when not given, so one plan serves every combination.
 */
export const FIGURES_CYPHER = `MATCH (f:Figure)
WHERE ($kinds IS NULL OR f.kind IN $kinds) AND ($units IS NULL OR f.unit IN $units)
  AND ($year IS NULL OR f.year = $year) AND ($aboutId IS NULL OR f.about = $aboutId)
  AND ($documentId IS NULL OR f.documentId = $documentId)
MATCH (a:Entity {id: f.about})
WITH f, a ORDER BY f.documentId, f.page, f.id LIMIT $first
RETURN f {.id, .kind, .value, .unit, .per, .year, .date, .measures, .text} AS figure, ${entityMap('a')} AS about,
  {page: f.page, quote: f.quote, document: head(COLLECT { MATCH (d:Entity {id: f.documentId}) RETURN ${entityMap('d')} })} AS evidence`;

export class FigureRepository {
  constructor(private readonly executor: Executor) {}

  async list(q: FigureQuery): Promise<FigureRecord[]> {
    const res = await this.executor.read('figures', (tx) =>
      tx.run(FIGURES_CYPHER, {
        kinds: q.kinds ? [...q.kinds] : null,
        units: q.units ? [...q.units] : null,
        year: q.year === null ? null : neo4j.int(q.year),
        aboutId: q.aboutId,
        documentId: q.documentId,
        first: neo4j.int(q.first),
      }),
    );
    return res.records.map((r) => ({
      ...(r.get('figure') as Omit<FigureRecord, 'about' | 'evidence'>),
      about: r.get('about') as EntityRecord,
      evidence: r.get('evidence') as EvidenceRecord,
    }));
  }
}
