import neo4j from 'neo4j-driver';
import type { EntityType } from '../generated/graphql';
import { foldForSearch } from '../domain/text';
import type { Executor } from './executor';
import { entityMap } from './projections';
import { luceneQuery } from '../domain/luceneQuery';
import { entitySnippet } from '../domain/snippet';
import type { EntityRecord, SearchHitRecord } from './records';

/** Candidates fetched from Lucene before type filtering and exact-match ranking. */
const CANDIDATES = 200;
/** Added to the Lucene score of exact name/alias matches so they always rank first. */
const EXACT_BONUS = 1000;

export class SearchRepository {
  constructor(private readonly executor: Executor) {}

  async search(text: string, types: readonly EntityType[] | null, first: number): Promise<SearchHitRecord[]> {
    const lucene = luceneQuery(text);
    if (!lucene) return [];
    const res = await this.executor.read('search', (tx) =>
      tx.run(
        `CALL db.index.fulltext.queryNodes('entity_search', $lucene, {limit: $candidates}) YIELD node, score
         WHERE $types IS NULL OR node.type IN $types
         WITH node, score + CASE WHEN $folded IN node.searchKeys THEN $bonus ELSE 0.0 END AS ranked
         ORDER BY ranked DESC, node.sortName ASC
         LIMIT $first
         RETURN ${entityMap('node')} AS e, ranked AS score`,
        {
          lucene,
          candidates: neo4j.int(CANDIDATES),
          types: types ? [...types] : null,
          folded: foldForSearch(text),
          bonus: EXACT_BONUS,
          first: neo4j.int(first),
        },
      ),
    );
    const words = foldForSearch(text).split(' ').filter(Boolean);
    return res.records.map((r) => {
      const entity = r.get('e') as EntityRecord;
      return { entity, score: Number(r.get('score')), snippet: entitySnippet(entity, words) };
    });
  }
}
