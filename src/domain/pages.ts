/**
 * Page structure of plain-text exports of Dutch parliamentary PDFs.
 *
 * The exports have no form feeds. A new page begins (a) at a line that starts with exactly one space followed
 * by text — the PDF-to-text tool indents the first line of each page by one space — or (b) after a line
 * holding only a printed page number between blank lines (that line belongs to no page). A form feed, where
 * an export has one, also starts a page.
 */

export interface SourceLine {
  /** 0-based line number. */
  readonly index: number;
  /** Offsets of the line in the text (UTF-16 code units, LF newlines), end exclusive, newline not included. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** 1-based page. */
  readonly page: number;
  /** A bare printed page number that marks a page break; not content. */
  readonly isPageNumber: boolean;
}

/** Normalises CRLF/CR to LF so offsets are stable; everything downstream works on this text. */
export function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** Lines with offsets and page numbers. Form feeds are treated as line breaks that also start a page. */
export function splitLines(rawText: string): SourceLine[] {
  const text = normaliseNewlines(rawText);
  const raw: { start: number; text: string; formFeed: boolean }[] = [];
  let pos = 0;
  for (const part of text.split('\n')) {
    // A form feed inside a line splits it: the text after it starts a new page.
    const pieces = part.split('\f');
    pieces.forEach((p, i) => {
      raw.push({ start: pos, text: p, formFeed: i > 0 });
      pos += p.length + 1;
    });
  }
  const out: SourceLine[] = [];
  let page = 1;
  let pageHasContent = false;
  raw.forEach((l, i) => {
    const prevBlank = i === 0 || (raw[i - 1]?.text.trim() ?? '') === '';
    const nextBlank = i + 1 >= raw.length || (raw[i + 1]?.text.trim() ?? '') === '';
    const isPageNumber = i > 0 && /^\s*\d{1,3}\s*$/.test(l.text) && prevBlank && nextBlank;
    const startsPage = l.formFeed || (i > 0 && /^ \S/.test(l.text));
    if ((startsPage || isPageNumber) && pageHasContent) {
      page += 1;
      pageHasContent = false;
    }
    out.push({ index: i, start: l.start, end: l.start + l.text.length, text: l.text, page, isPageNumber });
    if (!isPageNumber && l.text.trim() !== '') pageHasContent = true;
  });
  return out;
}

/** The text of each page, page 1 first (bare page-number lines left out). */
export function splitPages(text: string): string[] {
  const pages: string[][] = [];
  for (const l of splitLines(text)) {
    if (l.isPageNumber) continue;
    (pages[l.page - 1] ??= []).push(l.text);
  }
  return Array.from(pages, (p) => (p ?? []).join('\n'));
}
