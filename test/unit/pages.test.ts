import fs from 'node:fs';
import path from 'node:path';
import { splitPages } from '../../src/domain/pages';

const seedText = fs.readFileSync(path.join(__dirname, '../../seeds/documents/ek-vso-wi2021-monitoring-2024.txt'), 'utf8');

describe('splitPages', () => {
  it('finds the 13 pages of the seed document, each starting where the PDF page starts', () => {
    const pages = splitPages(seedText);
    expect(pages).toHaveLength(13);
    const starts = pages.map((p) => p.trim().slice(0, 30));
    expect(starts[0]).toMatch(/^M VERSLAG VAN EEN SCHRIFTELIJK/);
    expect(starts[1]).toMatch(/^BRIEF VAN DE VOORZITTER/);
    expect(starts[5]).toMatch(/^BRIEF VAN DE STAATSSECRETARIS/);
    // The page break shown only by its printed number "11" between blank lines.
    expect(starts[10]).toMatch(/^Antwoord vraag 8/);
    expect(pages[9]).not.toMatch(/^\s*11\s*$/m);
    expect(starts[12]).toMatch(/^taal vergroot de kans/);
  });

  it('keeps every line: joining the pages gives back the text without the bare page number', () => {
    const joined = splitPages(seedText).join('\n');
    expect(joined.replace(/\s+/g, '')).toBe(seedText.replace(/\n\s*11\s*\n/, '\n').replace(/\s+/g, ''));
  });

  it('treats a form feed as a page break and a leading-space line as a new page', () => {
    expect(splitPages('one\ntwo\fthree\n four')).toEqual(['one\ntwo', 'three', ' four']);
  });

  it('does not split on numbers inside running text or on the first line', () => {
    expect(splitPages(' first\n12 apples\nmore')).toHaveLength(1);
    expect(splitPages('a\n\n3\n\nb')).toHaveLength(2);
  });
});
