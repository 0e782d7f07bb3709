import type { SourceLine } from '../domain/pages';

/** A footnote as printed at the foot of a page: its number, text (lines joined) and the web addresses it gives. */
export interface FootnoteBlock {
  readonly number: number;
  readonly page: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly urls: string[];
}

export interface Layout {
  /** Running text: lines that are neither footnotes, repeated link lines nor page numbers. */
  readonly body: SourceLine[];
  readonly footnotes: FootnoteBlock[];
}

const URL_LINE = /^\s*https?:\/\/\S+\s*$/;

/**
 * Separates the running text from footnote blocks. A footnote starts at a line "<n> text" whose number is the
 * next footnote number of the document (they run on across pages), directly after a blank line or another
 * footnote; from there to the end of the page everything is footnote text or a repeated link line. Link lines
 * that continue a wrapped address are joined to it; repeated link lines after a footnote block are attached to
 * the footnote that announces their site ("file (overheid.nl)") or whose address they complete.
 */
export function splitLayout(lines: readonly SourceLine[]): Layout {
  const body: SourceLine[] = [];
  const footnotes: (FootnoteBlock & { lines: SourceLine[] })[] = [];
  let expected = 1;
  let inBlockOnPage = 0;
  let pendingLinks: { page: number; url: string }[] = [];
  lines.forEach((line, i) => {
    if (line.isPageNumber) return;
    const prev = lines[i - 1];
    const m = /^(\d{1,3}) +(\S.*)$/.exec(line.text);
    const afterBlankOrNote = !prev || prev.text.trim() === '' || inBlockOnPage === line.page;
    if (m && Number(m[1]) === expected && afterBlankOrNote && !/^\d{1,3}\.\s/.test(line.text)) {
      footnotes.push({ number: expected, page: line.page, start: line.start, end: line.end, text: '', urls: [], lines: [line] });
      expected += 1;
      inBlockOnPage = line.page;
      return;
    }
    if (inBlockOnPage === line.page) {
      const current = footnotes[footnotes.length - 1];
      if (line.text.trim() === '') {
        if (current) current.lines.push(line); // keeps the blank so a later URL line counts as a repeated link
        return;
      }
      if (URL_LINE.test(line.text) && current && current.lines[current.lines.length - 1]?.text.trim() === '') {
        pendingLinks.push({ page: line.page, url: line.text.trim() });
        return;
      }
      current?.lines.push(line);
      return;
    }
    body.push(line);
  });

  const out = footnotes.map((f) => {
    const content = f.lines.filter((l) => l.text.trim() !== '');
    const last = content[content.length - 1] ?? f.lines[0]!;
    let text = '';
    content.forEach((l, k) => {
      const t = k === 0 ? l.text.replace(/^\d{1,3} +/, '') : l.text;
      // A wrapped address continues without a space: "…/vmgmadcudiw" + "z.pdf".
      const glue = text && /https?:\/\/\S+$/.test(text.trimEnd()) && !/\s/.test(t.trim()) ? '' : ' ';
      text = `${text.trimEnd()}${text ? glue : ''}${t.trim()}`;
    });
    return { number: f.number, page: f.page, start: f.start, end: last.end, text: text.trim(), urls: [...text.matchAll(/https?:\/\/\S+/g)].map((u) => u[0].replace(/[.,;)]+$/, '')) };
  });
  for (const link of pendingLinks) {
    const onPage = out.filter((f) => f.page === link.page);
    const host = hostOf(link.url);
    const target =
      onPage.find((f) => f.urls.some((u) => link.url.startsWith(u) || u.startsWith(link.url))) ??
      onPage.find((f) => [...f.text.matchAll(/\(([a-z0-9.-]+\.[a-z]{2,})\)/g)].some((d) => host.endsWith(d[1] as string) && !f.urls.some((u) => hostOf(u).endsWith(d[1] as string))));
    if (target && !target.urls.includes(link.url)) target.urls.push(link.url);
  }
  pendingLinks = [];
  return { body, footnotes: out };
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
