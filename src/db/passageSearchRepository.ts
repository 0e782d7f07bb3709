import { isLive } from './liveness';
import neo4j from 'neo4j-driver';
import { decodeCursor, encodeCursor } from './cursor';
import type { MentionPage, PassageHitRecord, PassageRecord } from './documentRecords';
import { passageMap } from './documentProjections';
import type { Executor } from './executor';
import { entityMap } from './projections';
import type { EntityRecord } from './records';
import { luceneQuery } from '../domain/luceneQuery';
import { searchWords, snippetAround, wordRanges } from '../domain/snippet';

/**
 * Candidates fetched from Lucene before the document filter. Without a filter the index's own top `first` are the
 * answer (Lucene already ranks by score, ties in index order), so only that many are read: fetching 500 and
 * sorting them cost several times the query itself.
 */
const CANDIDATES = 500;

/** Full-text search over passages, and the passages that mention an entity. */
export class PassageSearchRepository {
  constructor(private readonly executor: Executor) {}

  async search(text: string, documentId: string | null, first: number): Promise<PassageHitRecord[]> {
    const lucene = luceneQuery(text);
    if (!lucene) return [];
    const res = await this.executor.read('passageSearch', (tx) =>
      tx.run(
        `CALL db.index.fulltext.queryNodes('passage_search', $lucene, {limit: $candidates}) YIELD node, score
         WHERE ${isLive('node')} AND ($documentId IS NULL OR node.documentId = $documentId)
         WITH node, score ORDER BY score DESC, node.documentId, node.order LIMIT $first
         MATCH (d:Entity {id: node.documentId})
         RETURN ${passageMap('node')} AS p, ${entityMap('d')} AS d, score`,
        // Twice as many candidates as shown: a version being staged or swept holds a second copy of its hits.
        { lucene, candidates: neo4j.int(documentId ? CANDIDATES : first * 2), documentId, first: neo4j.int(first) },
      ),
    );
    const words = searchWords(text);
    return res.records.map((r) => {
      const passage = r.get('p') as PassageRecord;
      const ranges = wordRanges(passage.text, words);
      const [from, to] = ranges[0] ?? [0, 0];
      return {
        passage,
        document: r.get('d') as EntityRecord,
        page: passage.page,
        snippet: snippetAround(passage.text, from, to, ranges),
        score: Number(r.get('score')),
      };
    });
  }

  /** Passages naming the entity, in document order (document id, passage order, offset), keyset-paginated. */
  async mentionedIn(entityId: string, first: number, after: string | null): Promise<MentionPage> {
    const key = `p.documentId + '/' + right('000000' + toString(p.order), 6) + '/' + right('00000000' + toString(m.start), 8)`;
    const params: Record<string, unknown> = { id: entityId, limit: neo4j.int(first + 1) };
    if (after) params.afterKey = decodeCursor(after, 'MENTION_ORDER').key;
    const res = await this.executor.read('mentionedIn', (tx) =>
      tx.run(
        `MATCH (p:Passage)-[m:MENTIONS]->(:Entity {id: $id}) WHERE ${isLive('p')}
         WITH p, m, ${key} AS key ${after ? 'WHERE key > $afterKey' : ''}
         ORDER BY key LIMIT $limit
         RETURN ${passageMap('p')} AS p, m.matched AS matched, m.start AS start, m.end AS end, key`,
        params,
      ),
    );
    const rows = res.records.map((r) => ({
      p: r.get('p') as PassageRecord,
      matched: r.get('matched') as string,
      start: Number(r.get('start')),
      end: Number(r.get('end')),
      key: r.get('key') as string,
    }));
    return {
      edges: rows.slice(0, first).map((r) => {
        const from = r.start - r.p.start;
        const to = r.end - r.p.start;
        return {
          cursor: encodeCursor('MENTION_ORDER', r.key, r.p.id),
          node: r.p,
          matched: r.matched,
          snippet: snippetAround(r.p.text, from, to, [[from, to]]),
        };
      }),
      hasNextPage: rows.length > first,
      hasPreviousPage: Boolean(after),
      totalCount: async () => {
        const c = await this.executor.read('mentionCount', (tx) =>
          tx.run(`MATCH (p:Passage)-[m:MENTIONS]->(:Entity {id: $id}) WHERE ${isLive('p')} RETURN count(m) AS c`, {
            id: entityId,
          }),
        );
        return Number(c.records[0]?.get('c') ?? 0);
      },
    };
  }
}
