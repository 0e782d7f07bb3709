import neo4j from 'neo4j-driver';
import type { EntityType } from '../generated/graphql';
import { foldForSearch } from '../knowledge/text';
import type { Executor } from './executor';
import { entityMap } from './projections';
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
        `CALL db.index.fulltext.queryNodes('entity_search', $lucene, {limit: $candidates}) YIELD node, score
         WHERE $types IS NULL OR node.type IN $types
         WITH node, score, CASE WHEN $folded IN node.searchKeys THEN $bonus ELSE 0.0 END AS exact
         RETURN ${entityMap('node')} AS e, score + exact AS score
         ORDER BY score DESC, node.sortName ASC
         LIMIT $first`,
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
  const candidates = [e.name, ...e.aliases, e.description ?? ''];
  const hit = candidates.find((c) => words.some((w) => foldForSearch(c).split(' ').some((t) => t.startsWith(w))));
  if (!hit) return null;
  const isDescription = hit === e.description && hit !== e.name;
  let text = hit;
  if (isDescription && text.length > 160) {
    const folded = foldWithSameLength(text);
    const at = Math.max(0, Math.min(...words.map((w) => folded.indexOf(w)).filter((i) => i >= 0)) - 60);
    text = `${at > 0 ? '…' : ''}${text.slice(at, at + 160)}${at + 160 < hit.length ? '…' : ''}`;
  }
  return highlight(text, words);
}

function highlight(text: string, words: readonly string[]): string {
  const folded = foldWithSameLength(text);
  const marks = new Array<boolean>(text.length).fill(false);
  for (const w of words) {
    const re = new RegExp(`(^|[^\\p{L}\\p{N}])(${w.replace(/[^\p{L}\p{N}]/gu, '')}[\\p{L}\\p{N}]*)`, 'gu');
    for (const m of folded.matchAll(re)) {
      const start = (m.index ?? 0) + (m[1] ?? '').length;
      for (let i = start; i < start + (m[2] ?? '').length; i++) marks[i] = true;
    }
  }
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (marks[i] && !marks[i - 1]) out += '<b>';
    out += escapeHtml(text[i] as string);
    if (marks[i] && !marks[i + 1]) out += '</b>';
  }
  return out;
}

/** Lower-cases and strips accents character by character, keeping offsets aligned with the original. */
function foldWithSameLength(s: string): string {
  return [...s].map((ch) => {
    const f = ch.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
    return f.length === ch.length ? f : ch.toLowerCase().slice(0, ch.length).padEnd(ch.length, ' ');
  }).join('');
}

function escapeHtml(c: string): string {
  return c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : c === '"' ? '&quot;' : c;
}
