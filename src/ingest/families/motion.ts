import { dutchDate } from '../dutchDate';
import { norm, proseText } from '../headings';
import type { ParsedMotion } from '../familyTypes';
import type { ParsedPassage } from '../passages';

/** Where a motie's operative part begins: what the Kamer asks or states. */
const OPERATIVE_START =
  /\b(?:verzoekt|roept) (?:de regering|het kabinet|de minister|de staatssecretaris)\b|\bspreekt uit\b/;
const MOTIE_END = /,?\s*en gaat over tot de orde van de dag\.?/;
/** Longest line that is a submitter's name under the text. */
const MAX_NAME = 40;

/**
 * A motie ("MOTIE VAN HET LID X C.S.", "Voorgesteld <date>", "De Kamer, gehoord de beraadslaging, … verzoekt de
 * regering …, en gaat over tot de orde van de dag." and the submitters' names) or an amendement ("AMENDEMENT VAN HET
 * LID X", "Ontvangen <date>", the changes, "Toelichting", the names). The dossier comes from the title block.
 */
export function parseMotion(
  body: readonly ParsedPassage[],
  kind: 'MOTIE' | 'AMENDEMENT',
): { title?: string; date?: string; motion?: ParsedMotion; warnings: string[] } {
  const warnings: string[] = [];
  const texts = body.map((p) => norm(p.text));
  const dossier = texts
    .slice(0, 4)
    .map((t) => /^(\d{2} \d{3}(?: [A-Z]{1,4})?) \p{Lu}/u.exec(t)?.[1])
    .find(Boolean);
  const heading = texts.find((t) => /(?:MOTIE|AMENDEMENT) VAN (?:HET LID|DE LEDEN)/.test(t)) ?? '';
  const date = texts.map((t) => /^(?:Voorgesteld|Ontvangen) (\d{1,2} \p{L}+ \d{4})$/u.exec(t)?.[1]).find(Boolean);
  const from =
    kind === 'MOTIE'
      ? texts.findIndex((t) => OPERATIVE_START.test(t))
      : texts.findIndex((t) => /(?:amendement voor|wordt als volgt gewijzigd):$/.test(t)) + 1;
  const to =
    kind === 'MOTIE'
      ? texts.findIndex((t, i) => i >= from && MOTIE_END.test(t))
      : texts.findIndex((t) => /^Toelichting$/.test(t)) - 1;
  const last = body[body.length - 1];
  const nameLines = last
    ? last.text
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
    : [];
  const submitters = nameLines.every((l) => l.length <= MAX_NAME && !/[.,:;]$/.test(l) && /^\p{Lu}/u.test(l))
    ? nameLines
    : [];
  if (!submitters.length) warnings.push(`${kind.toLowerCase()}: no submitters' names found under the text`);
  if (from < 0 || to < from || (kind === 'AMENDEMENT' && from === 0)) {
    warnings.push(
      kind === 'MOTIE'
        ? 'motie: no operative part ("verzoekt de regering …") found'
        : 'amendement: no changes ("… wordt als volgt gewijzigd:" up to "Toelichting") found',
    );
    return { ...(date ? { date: dutchDate(date) } : {}), warnings };
  }
  const items = body.slice(from, to + 1);
  let operative = proseText(items.map((p) => p.text).join(' '));
  if (kind === 'MOTIE') operative = operative.slice(operative.search(OPERATIVE_START)).replace(MOTIE_END, '').trim();
  const first = items[0] as ParsedPassage;
  const lastItem = items[items.length - 1] as ParsedPassage;
  // "HET LID PODT C.S." → "het lid Podt c.s.": the names as the signatures under the text spell them.
  const titleWho = submitters.reduce(
    (who, name) => who.replace(name.toLowerCase(), name),
    heading
      .replace(/^Nr\. \d+ /, '')
      .replace(/^.*?(?:MOTIE|AMENDEMENT) VAN /, '')
      .toLowerCase(),
  );
  return {
    title: `${kind === 'MOTIE' ? 'Motie' : 'Amendement'} van ${titleWho}${dossier ? ` (${dossier})` : ''}${date ? `, ${kind === 'MOTIE' ? 'voorgesteld' : 'ontvangen'} ${date}` : ''}`,
    ...(date && dutchDate(date) ? { date: dutchDate(date) } : {}),
    motion: {
      kind,
      ...(dossier ? { dossier } : {}),
      submitters,
      operative,
      page: first.page,
      start: first.start,
      end: lastItem.end,
    },
    warnings,
  };
}
