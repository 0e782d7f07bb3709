import { normaliseWhitespace } from './text';

/** Where a quote was looked for and why it was not accepted; `elsewhere` helps the user fix a wrong page number. */
export type QuoteCheck =
  | { ok: true; quote: string }
  | { ok: false; reason: 'NO_PAGE'; pageCount: number }
  | { ok: false; reason: 'NOT_ON_PAGE'; elsewhere: number | null };

/**
 * The one evidence rule of the graph, for seed files and for curators alike: a quote counts only when it occurs,
 * whitespace-normalised, on the page it names (1-based). Pages must already be whitespace-normalised.
 */
export function checkQuoteOnPage(normalisedPages: readonly string[], page: number, rawQuote: string): QuoteCheck {
  const quote = normaliseWhitespace(rawQuote);
  const text = normalisedPages[page - 1];
  if (text === undefined) return { ok: false, reason: 'NO_PAGE', pageCount: normalisedPages.length };
  if (text.includes(quote)) return { ok: true, quote };
  const elsewhere = normalisedPages.findIndex((p) => p.includes(quote));
  return { ok: false, reason: 'NOT_ON_PAGE', elsewhere: elsewhere >= 0 ? elsewhere + 1 : null };
}
