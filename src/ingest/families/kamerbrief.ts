import { headingText, norm } from '../headings';
import type { FamilyStructure } from '../familyTypes';
import type { ParsedPart } from '../questionAnswerTypes';
import type { ParsedPassage } from '../passages';

/** Longest line that can be a heading of a letter's body; longer ones are sentences. */
const MAX_HEADING = 80;

/**
 * A Kamerbrief ("Nr. 438 BRIEF VAN DE MINISTER VAN …"): its letter part (addressee, date, signatory and office,
 * read by parseParts) and the headings of its body: short lines of their own, without closing punctuation,
 * followed by running text. The title names the writer and the date instead of the dossier's generic title.
 */
export function parseKamerbrief(
  body: readonly ParsedPassage[],
  parts: readonly ParsedPart[],
): {
  title?: string;
  date?: string;
  family: Pick<FamilyStructure, 'addressee' | 'answeredBy' | 'headings'>;
  warnings: string[];
} {
  const letter = parts[0];
  const warnings: string[] = [];
  if (!letter) return { family: { headings: [] }, warnings: ['kamerbrief: no "BRIEF VAN …" heading found'] };
  const inLetter = body.filter((p) => p.start >= letter.start && p.end <= letter.end);
  const signIndex = letter.signatory
    ? inLetter.findIndex((p) => norm(p.text).startsWith(letter.signatory as string))
    : inLetter.length;
  const headings: { text: string; page: number }[] = [];
  inLetter.forEach((p, i) => {
    const t = norm(p.text);
    const next = inLetter[i + 1];
    if (i === 0 || (signIndex >= 0 && i >= signIndex - 1) || p.kind !== 'PARAGRAPH' || /\n/.test(p.text.trim())) return;
    if (
      t.length > MAX_HEADING ||
      /[.,:;?!]$/.test(t) ||
      !/^\p{Lu}/u.test(t) ||
      /^(?:Aan |Den Haag|'s-Gravenhage)/.test(t)
    )
      return;
    if (!next || next.kind === 'HEADING' || norm(next.text).length <= t.length) return;
    headings.push({ text: t, page: p.page });
  });
  const printedDate = inLetter
    .map((p) => /^(?:Den Haag|'s-Gravenhage), (\d{1,2} \p{L}+ \d{4})/u.exec(norm(p.text))?.[1])
    .find(Boolean);
  const writer =
    letter.office ??
    headingText(inLetter[0] as ParsedPassage)
      .replace(/^BRIEF VAN (?:DE |HET )?/, '')
      .toLowerCase();
  if (!letter.signatory) warnings.push('kamerbrief: no signatory found at the end of the letter');
  return {
    title: `Brief van de ${writer}${printedDate ? ` van ${printedDate}` : ''}`,
    ...(letter.date ? { date: letter.date } : {}),
    family: {
      ...(letter.addressee ? { addressee: letter.addressee } : {}),
      ...(letter.signatory
        ? { answeredBy: { name: letter.signatory, ...(letter.office ? { role: letter.office } : {}) } }
        : {}),
      headings,
    },
    warnings,
  };
}
