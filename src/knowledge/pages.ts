/**
 * Splits a plain-text export of a Dutch parliamentary PDF into pages.
 *
 * The exports have no form feeds. A new page begins (a) at a line that starts with exactly one space followed
 * by text — the PDF-to-text tool indents the first line of each page by one space — or (b) after a line
 * holding only a printed page number between blank lines. Rule (b) wins when both occur together. A form
 * feed, where an export has one, also ends a page. Returns the pages in order, page 1 first.
 */
export function splitPages(text: string): string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const pages: string[][] = [[]];
  const current = () => pages[pages.length - 1] as string[];
  const newPage = () => {
    if (current().some((l) => l.trim() !== '')) pages.push([]);
  };
  lines.forEach((line, i) => {
    if (line.includes('\f')) {
      const [before, ...after] = line.split('\f');
      current().push(before ?? '');
      for (const part of after) {
        newPage();
        current().push(part);
      }
      return;
    }
    const prevBlank = i === 0 || (lines[i - 1] ?? '').trim() === '';
    const nextBlank = i + 1 >= lines.length || (lines[i + 1] ?? '').trim() === '';
    if (/^\s*\d{1,3}\s*$/.test(line) && prevBlank && nextBlank && i > 0) {
      // A bare printed page number: the page that it numbers starts here.
      newPage();
      return;
    }
    if (/^ \S/.test(line) && i > 0) newPage();
    current().push(line);
  });
  return pages.map((p) => p.join('\n'));
}
