/** Collapses every run of whitespace (spaces, newlines, NBSP) to one space: quotes are compared on this form. */
export function normaliseWhitespace(s: string): string {
  return s.replace(/[\s\u00a0]+/gu, ' ').trim();
}

/**
 * Lower-cases, strips accents and folds hyphens and punctuation to spaces, so 'Oekraïense', 'oekraiense' and
 * 'OEKRAÏENSE' compare equal, as do 'Z-route' and 'z route'. Used for exact-match ranking in search and sorting.
 */
export function foldForSearch(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
