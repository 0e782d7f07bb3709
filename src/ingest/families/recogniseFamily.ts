import { norm } from '../headings';
import type { ParsedPassage } from '../passages';

/** The families an ingest recognises (stored as Document.family). */
export type Family =
  'SCHRIFTELIJKE_VRAGEN' | 'VSO' | 'BILL_PROCEDURE' | 'KAMERBRIEF' | 'COMMISSIEDEBAT' | 'MOTIE' | 'AMENDEMENT';

/** How many passages from the top the family markers are looked for in: the title block, never the running text. */
const HEADER_PASSAGES = 12;

/**
 * Each family's own markers, most specific first: a VSO holds "BRIEF VAN" letters, so it is tried before the
 * Kamerbrief; a debate report's "VERSLAG VAN EEN COMMISSIEDEBAT" before the bill's plain "VERSLAG".
 */
const MARKERS: readonly [Family, RegExp][] = [
  [
    'SCHRIFTELIJKE_VRAGEN',
    /Aanhangsel van de Handelingen|Vragen gesteld door de leden der Kamer, met de daarop door de regering gegeven antwoorden|^Vragen van (?:het lid|de leden) .+\(ingezonden \d{1,2} \p{L}+ \d{4}\)/mu,
  ],
  ['MOTIE', /^(?:Nr\. \d+ )?(?:GEWIJZIGDE |NADER GEWIJZIGDE )?MOTIE VAN (?:HET LID|DE LEDEN)\b/m],
  ['AMENDEMENT', /^(?:Nr\. \d+ )?(?:GEWIJZIGD |NADER GEWIJZIGD )?AMENDEMENT VAN (?:HET LID|DE LEDEN)\b/m],
  ['COMMISSIEDEBAT', /VERSLAG VAN EEN (?:COMMISSIEDEBAT|NOTAOVERLEG|WETGEVINGSOVERLEG|ALGEMEEN OVERLEG)/],
  ['VSO', /VERSLAG VAN EEN SCHRIFTELIJK OVERLEG/],
  [
    'BILL_PROCEDURE',
    /^(?:Nr\. \d+ |\p{Lu} )?(?:NOTA NAAR AANLEIDING VAN HET (?:NADER )?VERSLAG|MEMORIE VAN ANTWOORD|(?:NADER )?VOORLOPIG VERSLAG|VERSLAG)$/mu,
  ],
  ['KAMERBRIEF', /^(?:Nr\. \d+ )?BRIEF VAN (?:DE|HET) (?:MINISTER|STAATSSECRETARIS|MINISTER-PRESIDENT)\b.*$/m],
];

export interface FamilyRecognition {
  readonly family: Family | null;
  /** The markers found, verbatim. */
  readonly evidence: string[];
}

/** Which family the document's title block shows, with the marker text that decided it. */
export function recogniseFamily(body: readonly ParsedPassage[]): FamilyRecognition {
  const header = body
    .slice(0, HEADER_PASSAGES)
    .map((p) => norm(p.text))
    .join('\n');
  for (const [family, marker] of MARKERS) {
    const m = marker.exec(header);
    if (m) return { family, evidence: [m[0].trim()] };
  }
  return { family: null, evidence: [] };
}
