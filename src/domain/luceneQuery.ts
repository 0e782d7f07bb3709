import { foldForSearch } from './text';

/** At most this many words of the user's text are used; more only slow Lucene down without changing the ranking much. */
const MAX_TERMS = 12;
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
