import { foldForSearch } from './text';

/**
 * The derived properties every entity node carries for search and sorting, however it was made (seed load,
 * ingest, curator): folded sort name, exact-match keys, the substring haystack and the alias text the
 * full-text index reads.
 */
export function searchFields(name: string, aliases: readonly string[], description: string) {
  return {
    aliasText: aliases.join(' | '),
    sortName: foldForSearch(name),
    searchKeys: [name, ...aliases].map(foldForSearch),
    searchText: foldForSearch([name, ...aliases, description].join(' | ')),
  };
}
