import type { DocumentMeta } from './documentMeta';

export type Chamber = 'EK' | 'TK';

/**
 * What decides which entity a name means in one document: its chamber (the Tweede Kamer's "vaste commissie voor
 * Sociale Zaken en Werkgelegenheid" is another committee than the Eerste Kamer's, "VVD" another faction) and its
 * date (a text of 2015 cannot mean a law of 2021). Null when the text does not say.
 */
export interface LinkContext {
  readonly chamber: Chamber | null;
  /** YYYY-MM-DD (or a prefix of it). */
  readonly date: string | null;
}

/** Header lines that name the chamber the publication belongs to ("Tweede Kamer der Staten-Generaal", "EERSTE KAMER"). */
const HEADER_LINES = 12;
const HEADER = /\b(?:(Eerste|Tweede) Kamer der Staten-Generaal|(EERSTE|TWEEDE) KAMER)\b/;
/** A letter addressed to a chamber's president belongs to that chamber's papers. */
const ADDRESSEE = /^\s*Aan de [Vv]oorzitter van de (Eerste|Tweede) Kamer\b/gm;

/**
 * The chamber the text itself states, in its header or in the addressee of a letter; null when it states none or
 * both (running text such as "met de Tweede Kamer gedeeld" says nothing about the document's own chamber).
 * The family parsers fill `meta.chamber` from the header they recognise; this is the fallback until they do.
 */
export function chamberFromText(text: string): Chamber | null {
  const found = new Set<Chamber>();
  const head = text
    .split('\n')
    .filter((l) => l.trim())
    .slice(0, HEADER_LINES);
  for (const line of head) {
    const m = HEADER.exec(line);
    if (m) found.add(/^e/i.test(m[1] ?? m[2] ?? '') ? 'EK' : 'TK');
  }
  for (const m of text.matchAll(ADDRESSEE)) found.add(m[1] === 'Eerste' ? 'EK' : 'TK');
  return found.size === 1 ? ([...found][0] as Chamber) : null;
}

/** The context of a document: its meta where the family parser established it, else what the text states. */
export function linkContextOf(meta: Pick<DocumentMeta, 'chamber' | 'date'>, text: string): LinkContext {
  return { chamber: meta.chamber ?? chamberFromText(text), date: meta.date };
}
