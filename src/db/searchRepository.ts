import neo4j from 'neo4j-driver';
import type { EntityType } from '../generated/graphql';
import { foldForSearch } from '../knowledge/text';
import type { Executor } from './executor';
import { entityMap } from './projections';
import { markRanges, snippetAround, SNIPPET_LENGTH, wordRanges } from './snippet';
import type { EntityRecord, SearchHitRecord } from './records';

/** At most this many words of the user's text are used; more only slow Lucene down without changing the ranking much. */
const MAX_TERMS = 12;
/** Candidates fetched from Lucene before type filtering and exact-match ranking. */
const CANDIDATES = 200;
/** Added to the Lucene score of exact name/alias matches so they always rank first. */
const EXACT_BONUS = 1000;

/**
 * Builds a Lucene query from user text that cannot contain Lucene syntax: the text is folded like the index
 * (lower case, accents removed) and split on everything that is not a letter or digit, so `AND`, `*`, `"`,
 * `(` or `~` in user input are plain separators. Each word matches as itself or as a prefix; all must match.
 */
export function luceneQuery(text: string): string | null {
  const terms = foldForSearch(text).split(' ').filter(Boolean).slice(0, MAX_TERMS);
  if (!terms.length) return null;
  return terms.map((t) => `(${t} OR ${t}*)`).join(' AND ');
}

export class SearchRepository {
  constructor(private readonly executor: Executor) {}

  async search(text: string, types: readonly EntityType[] | null, first: number): Promise<SearchHitRecord[]> {
    const lucene = luceneQuery(text);
    if (!lucene) return [];
    const res = await this.executor.read('search', (tx) =>
      tx.run(
        `CALL db.index.fulltext.queryNodes('entity_search_v2', $lucene, {limit: $candidates}) YIELD node, score
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
      return { entity, score: Number(r.get('score')), snippet: snippet(entity, words) };
    });
  }
}

/** The name, alias or part of the description that matched, HTML-escaped, matching words in <b></b>. */
export function snippet(e: EntityRecord, words: readonly string[]): string | null {
  const candidates = [e.name, ...e.aliases, e.description ?? '', e.descriptionNl ?? ''];
  const hit = candidates.find((c) => wordRanges(c, words).length > 0);
  if (!hit) return null;
  const ranges = wordRanges(hit, words);
  if (hit.length <= SNIPPET_LENGTH) return markRanges(hit, ranges);
  const [from, to] = ranges[0] as [number, number];
  return snippetAround(hit, from, to, ranges);
}
