import type { SourceLine } from '../../domain/pages';
import { norm } from '../headings';
import type { ParsedPassage } from '../passages';
import { COLOPHON, RUNNING_FOOTER } from '../runningLines';

/**
 * The chamber and the official identifier of a document from what its print shows: the colophon
 * ("kst-32824-455 ISSN …"), the running footer ("Tweede Kamer, vergaderjaar 2024–2025, 32 824, nr. 455"), or the
 * dossier line with "Nr. 455" of the title block. An identifier is given only when one of these states it whole.
 */
export function readDocumentHeader(
  lines: readonly SourceLine[],
  running: ReadonlySet<number>,
  body: readonly ParsedPassage[],
): { chamber: 'TK' | 'EK' | null; sourceIdentifier: string | null } {
  const runningTexts = lines.filter((l) => running.has(l.index)).map((l) => l.text);
  const colophon = runningTexts.map((t) => COLOPHON.exec(t)?.[1]).find(Boolean);
  const footer = runningTexts.map((t) => RUNNING_FOOTER.exec(t)).find(Boolean);
  const header = body.slice(0, 6).map((p) => norm(p.text));
  const chamberWord =
    footer?.[1] ??
    /(Tweede|Eerste) Kamer der Staten-Generaal/.exec(header.join('\n'))?.[1] ??
    /Aan de Voorzitter van de (Tweede|Eerste) Kamer/.exec(body.map((p) => norm(p.text)).join('\n'))?.[1];
  let chamber: 'TK' | 'EK' | null = chamberWord === 'Tweede' ? 'TK' : chamberWord === 'Eerste' ? 'EK' : null;
  const ahChamber = colophon ? /^ah-(tk|ek)-/.exec(colophon)?.[1] : undefined;
  if (!chamber && ahChamber) chamber = ahChamber === 'tk' ? 'TK' : 'EK';
  if (colophon) return { chamber, sourceIdentifier: colophon };
  const fromFooter = footer ? /^(\d{2} \d{3}(?: [A-Z]{1,4})?), nr\. (\d+)$/.exec(footer[4] as string) : null;
  if (fromFooter) return { chamber, sourceIdentifier: kst(fromFooter[1] as string, fromFooter[2] as string) };
  // The title block: "32 824 Integratiebeleid" then "Nr. 455 BRIEF VAN …".
  const dossier = header.map((t) => /^(\d{2} \d{3}(?: [A-Z]{1,4})?) \p{Lu}/u.exec(t)?.[1]).find(Boolean);
  const nr = header.map((t) => /^Nr\. (\d+) \p{Lu}/u.exec(t)?.[1]).find(Boolean);
  return { chamber, sourceIdentifier: dossier && nr ? kst(dossier, nr) : null };
}

/** "32 824", "455" → kst-32824-455; a sub-number is kept ("36 400 VI" → kst-36400-VI-…). */
function kst(dossier: string, nr: string): string {
  const [num, sub] = [dossier.replace(/ (?=\d)/g, '').replace(/ [A-Z]+$/, ''), / ([A-Z]+)$/.exec(dossier)?.[1]];
  return `kst-${num}${sub ? `-${sub}` : ''}-${nr}`;
}
