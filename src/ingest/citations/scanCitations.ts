import { parse } from './citationParser';
import type { RawCitation } from './rawCitation';

/**
 * Where a citation of the grammar can start: the first word of each form (any case), at the start of a word, or
 * a five-digit dossier number ("32 824", "32824") at the start of a number. It only has to be a superset of the
 * grammar's starts; the grammar decides. Letters are tried after a non-letter and digits after a non-digit,
 * exactly where the grammar's `Scan` tries ("1Kamerstukken", a footnote marker glued on, is a start).
 */
const START = new RegExp(
  [
    String.raw`(?<!\p{L})(?:de\s+(?:gewijzigde\s+)?motie|motie|kamerstuk|kst[.-]|aanhangsel|handelingen|hand\.|staatsblad|stb|staatscourant|stcrt`,
    String.raw`|ecli:|bwb[rv]\d|https?:\/\/|www\.|zoek\.|wetten\.overheid|officielebekendmakingen|ah-[te]k-|h-[te]k-|toezegging|t\d{5}|artikel|art\.)`,
    String.raw`|(?<!\p{N})\d\d ?\d{3}(?!\d)`,
  ].join(''),
  'giu',
);

/** Longest printed citation the grammar reads from one start (a motion with several submitters and a page). */
const WINDOW = 400;

/**
 * The citations in a passage, the same as the grammar's `Scan` finds (a property test checks this), but the
 * grammar runs only where a citation can start: trying every rule at every word makes `Scan` some fifty times
 * slower, too slow for a 20 MB document.
 */
export function scanCitations(text: string): RawCitation[] {
  const out: RawCitation[] = [];
  let resume = 0;
  for (const m of text.matchAll(START)) {
    const at = m.index ?? 0;
    if (at < resume) continue;
    const c = parse(text.slice(at, at + WINDOW), { startRule: 'CitationAt' });
    if (!c) continue;
    const shifted = shift(c, at);
    out.push(shifted);
    resume = shifted.end;
  }
  return out;
}

function shift(c: RawCitation, by: number): RawCitation {
  const moved = { ...c, start: c.start + by, end: c.end + by };
  if (moved.form === 'motion')
    return { ...moved, inner: { ...moved.inner, start: moved.inner.start + by, end: moved.inner.end + by } };
  if (moved.form === 'article') return { ...moved, lawAt: moved.lawAt + by };
  return moved;
}
