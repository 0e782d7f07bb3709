import type { SourceLine } from '../domain/pages';

/** The footer of every page of a Kamerstuk PDF: "Tweede Kamer, vergaderjaar 2024–2025, 32 824, nr. 455 2". */
export const RUNNING_FOOTER = /^\s*(Tweede|Eerste) Kamer, vergaderjaar (\d{4})\s*[–-]\s*(\d{4}), (.+?)\s+\d{1,3}\s*$/;
/** The colophon line of a publication's first page: "kst-32824-455 ISSN 0921-7371 's-Gravenhage 2025". */
export const COLOPHON = /^\s*((?:kst|ah|h|stb|stcrt)-[A-Za-z0-9-]+)\s+ISSN\s+\d{4}-\d{3}[\dX]\b.*$/;
/** A page repeats a line this many times (on different pages) before it counts as a running header or footer. */
const MIN_REPEATS = 3;

/**
 * Lines of a PDF text export that are running headers or footers rather than content: the known footer and
 * colophon forms, and any line that is the first or last content line of at least MIN_REPEATS pages (its digits
 * ignored, since the page number changes). They become neither passages nor mentions, and a footnote block at the
 * foot of a page ends before them.
 */
export function findRunningLines(lines: readonly SourceLine[]): Set<number> {
  const out = new Set<number>();
  const edges = new Map<string, Set<number>>();
  const byPage = new Map<number, SourceLine[]>();
  for (const l of lines) {
    if (RUNNING_FOOTER.test(l.text) || COLOPHON.test(l.text)) out.add(l.index);
    if (l.text.trim() !== '' && !l.isPageNumber) (byPage.get(l.page) ?? byPage.set(l.page, []).get(l.page)!).push(l);
  }
  if (byPage.size < MIN_REPEATS) return out;
  const key = (l: SourceLine) => l.text.trim().replace(/\d+/g, '#');
  for (const pageLines of byPage.values()) {
    for (const l of [pageLines[0], pageLines[pageLines.length - 1]]) {
      if (!l || key(l).replace(/[#\s]/g, '').length < 4) continue;
      (edges.get(key(l)) ?? edges.set(key(l), new Set()).get(key(l))!).add(l.page);
    }
  }
  for (const pageLines of byPage.values()) {
    for (const l of [pageLines[0], pageLines[pageLines.length - 1]]) {
      if (l && (edges.get(key(l))?.size ?? 0) >= MIN_REPEATS) out.add(l.index);
    }
  }
  return out;
}
