/**
 * Words a long form does not start with, although their letter may be the short form's first ("de", "van": the V
 * of VNG is "Vereniging", not the "van" after it). Lower case, as written.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'de',
  'het',
  'een',
  'van',
  'voor',
  'en',
  'of',
  'in',
  'op',
  'te',
  'der',
  'den',
]);

/**
 * Schwartz–Hearst matching of a short form against the words before it (Schwartz & Hearst 2003, "A simple
 * algorithm for identifying abbreviation definitions in biomedical text"), written for this project: every
 * letter and digit of the short form must occur in the long form in the same order, read from the right; the
 * first character of the short form must begin a word. Letters may sit inside words, which is what Dutch
 * compounds need ("Naturalisatiedienst" gives the N and the D of IND) and hyphenated coordination too
 * ("Immigratie- en Naturalisatiedienst": the hyphen ends a word). Returns the offset in `long` where the long
 * form begins, or -1.
 */
export function matchShortForm(short: string, long: string, notFirst: ReadonlySet<string> = FUNCTION_WORDS): number {
  const isAlnum = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  let s = short.length - 1;
  let l = long.length - 1;
  while (s >= 0) {
    const c = (short[s] as string).toLowerCase();
    if (!isAlnum(c)) {
      s--;
      continue;
    }
    const badStart = (at: number) =>
      isAlnum(long[at - 1]) || notFirst.has(/^[\p{L}\p{N}]+/u.exec(long.slice(at))?.[0] ?? '');
    while (l >= 0 && ((long[l] as string).toLowerCase() !== c || (s === 0 && badStart(l)))) l--;
    if (l < 0) return -1;
    l--;
    s--;
  }
  return l + 1;
}

/** The share of the short form's letters that are initials of the long form's words: higher is a surer match. */
export function initialsShare(short: string, long: string): number {
  const letters = [...short].filter((c) => /\p{L}/u.test(c));
  if (!letters.length) return 0;
  const initials = (long.match(/(?:^|[^\p{L}\p{N}])[\p{L}\p{N}]/gu) ?? []).map((w) => w.slice(-1).toLowerCase());
  let found = 0;
  let from = 0;
  for (const c of letters) {
    const at = initials.indexOf(c.toLowerCase(), from);
    if (at >= 0) {
      found++;
      from = at + 1;
    }
  }
  return found / letters.length;
}
