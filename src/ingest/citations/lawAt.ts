import { EntityType } from '../../generated/graphql';
import type { Catalogue, CatalogueEntry } from '../catalogue';

/** Longest law name to try, in words ("Wet inburgering 2021" is 3; the longest curated names are about 6). */
const MAX_LAW_WORDS = 8;

/**
 * The catalogued law whose name (or alias) is printed at `offset`: the longest run of whitespace-separated words
 * there that the catalogue knows as a LAW. Returns the law and where its name ends, or undefined.
 */
export function lawAt(
  text: string,
  offset: number,
  catalogue: Catalogue,
): { law: CatalogueEntry; end: number } | undefined {
  const words: { end: number; word: string }[] = [];
  const re = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/uy;
  let i = offset;
  while (words.length < MAX_LAW_WORDS) {
    re.lastIndex = i;
    const m = re.exec(text);
    if (!m) break;
    words.push({ word: m[0], end: i + m[0].length });
    const gap = /[ \t\n\r\u00a0]+/y;
    gap.lastIndex = i + m[0].length;
    if (!gap.exec(text)) break;
    i = gap.lastIndex;
  }
  for (let k = words.length; k > 0; k -= 1) {
    const law = catalogue.find(
      words
        .slice(0, k)
        .map((w) => w.word)
        .join(' '),
      [EntityType.Law],
    );
    if (law) return { law, end: (words[k - 1] as { end: number }).end };
  }
  return undefined;
}
