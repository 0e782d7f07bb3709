import type { Catalogue, CatalogueEntry } from '../ingest/catalogue';

/** A name that hyphenated coordination leaves incomplete: "arbeids-" in "arbeids-, kennis- en studiemigranten". */
export interface CoordinatedName {
  readonly entry: CatalogueEntry;
  /** Offsets of the truncated word (with its hyphen) in the sentence. */
  readonly start: number;
  readonly end: number;
}

/** Truncated words joined by commas, then "en"/"of" and the word that completes them all. */
const COORDINATION = /(?<![\p{L}])((?:\p{L}+-,?\s+)+)(?:en|of|en\/of)\s+([\p{L}][\p{L}-]{3,})/gu;
/** The shortest shared head a completion may take ("-instellingen", "migranten"): shorter ones are noise. */
const MIN_HEAD = 4;

/**
 * The catalogue entities hidden in Dutch hyphenated coordination: "arbeids-, kennis- en studiemigranten" names
 * arbeidsmigranten and kennismigranten too, "hbo- en wo-instellingen" hbo-instellingen. The shared head is the
 * shortest end of the last word that turns a truncated word into a name the catalogue has.
 */
export function coordinatedNames(sentence: string, catalogue: Catalogue): CoordinatedName[] {
  const out: CoordinatedName[] = [];
  if (!/\p{L}-,?\s/u.test(sentence)) return out;
  for (const m of sentence.matchAll(COORDINATION)) {
    const last = m[2] as string;
    const parts = [...(m[1] as string).matchAll(/(\p{L}+)-/gu)].map((p) => ({
      stem: p[1] as string,
      start: (m.index ?? 0) + (p.index ?? 0),
      end: (m.index ?? 0) + (p.index ?? 0) + p[0].length,
    }));
    for (let cut = 1; cut <= last.length - MIN_HEAD; cut++) {
      const head = last.slice(cut);
      const found = parts.flatMap((p) => {
        const forms = head.startsWith('-') ? [p.stem + head] : [p.stem + head, `${p.stem}-${head}`];
        const entry = forms.map((f) => catalogue.candidates(f)).find((c) => c.length === 1)?.[0];
        return entry ? [{ entry, start: p.start, end: p.end }] : [];
      });
      if (found.length) {
        out.push(...found);
        break;
      }
    }
  }
  return out;
}
