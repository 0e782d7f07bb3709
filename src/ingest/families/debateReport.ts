import { dutchDate } from '../dutchDate';
import { norm, proseText } from '../headings';
import type { FamilyStructure, ParsedCommitment, ParsedPerson, ParsedSpeakerTurn } from '../familyTypes';
import { SPEAKER_LINE, type ParsedPassage } from '../passages';

/** "De heer Van Dijk (VVD):", "Mevrouw Podt (D66):", "Staatssecretaris Coenradie:", "Minister Van Hijum:", "De voorzitter:". */
const LABEL =
  /^(?:(De voorzitter)|(?:De heer|Mevrouw) ([^:()]+?)(?: \(([^)]+)\))?|(Minister-president|Minister|Staatssecretaris) ([^:()]+?)):\s*/;
/** A deadline as toezeggingen word them ("voor de zomer van 2025", "voor het eind van het jaar", "in het eerste kwartaal van 2026"). */
const DEADLINE =
  /\b(?:vóór|voor|uiterlijk|in|rond) (?:de zomer(?: van \d{4})?|het (?:eind|einde) van (?:het jaar|dit jaar|\d{4})|het (?:eerste|tweede|derde|vierde) kwartaal(?: van \d{4})?|\d{1,2} (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}|(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}|het (?:kerst|zomer|voorjaars)reces|de begrotingsbehandeling|het commissiedebat over [^,.;]+|\d{4})\b/u;
const OWNER =
  /^(?:[-–•]\s*)?(De (?:minister|staatssecretaris|minister-president)(?: van [\p{L}, ]+?)?|(?:Minister|Staatssecretaris) \p{Lu}[\p{L}-]+) zegt (?:de Kamer |toe)/u;

/**
 * A verslag van een commissiedebat / notaoverleg / wetgevingsoverleg: who was present ("Aanwezig zijn … te weten:
 * …"), every speaker turn (speaker, party or office, text, and whether it interrupts the speaker who has the floor),
 * and the toezeggingen listed at the end, each with its owner and deadline. The floor is given by the chair: the
 * first speaker after a chair's turn that does not announce an interruption holds it; other speakers until the
 * chair's next such turn interrupt.
 */
export function parseDebateReport(body: readonly ParsedPassage[]): {
  title?: string;
  date?: string;
  family: Pick<FamilyStructure, 'present' | 'speakerTurns' | 'commitments'>;
  warnings: string[];
} {
  const warnings: string[] = [];
  const full = proseText(body.map((p) => p.text).join('\n'));
  const kind =
    /VERSLAG VAN EEN (COMMISSIEDEBAT|NOTAOVERLEG|WETGEVINGSOVERLEG|ALGEMEEN OVERLEG)/.exec(full)?.[1] ??
    'COMMISSIEDEBAT';
  const date = /Vastgesteld (\d{1,2} \p{L}+ \d{4})/u.exec(full)?.[1];
  // The dossier of the title block names what the debate belongs to; the agenda items are too long for a title.
  const dossier = body
    .slice(0, 4)
    .map((p) => /^(\d{2} \d{3}(?: [A-Z]{1,4})? \p{Lu}.*)$/u.exec(norm(p.text))?.[1])
    .find(Boolean);
  const present = presentOf(full);

  const turns: ParsedSpeakerTurn[] = [];
  let floor: string | undefined;
  let chairAnnouncedInterruption = false;
  let current:
    | {
        speaker: string;
        party?: string;
        office?: string;
        items: { text: string; page: number; start: number; end: number }[];
      }
    | undefined;
  const close = () => {
    if (!current) return;
    const it = current.items;
    if (!it.length) warnings.push(`speaker turn of ${current.speaker} has no text`);
    else {
      const isChair = current.office === 'voorzitter';
      if (!isChair && floor === undefined) floor = current.speaker;
      const text = proseText(it.map((i) => i.text).join(' '));
      turns.push({
        order: turns.length + 1,
        speaker: current.speaker,
        ...(current.party ? { party: current.party } : {}),
        ...(current.office ? { office: current.office } : {}),
        interruption: !isChair && floor !== current.speaker,
        text,
        page: it[0]!.page,
        start: it[0]!.start,
        end: it[it.length - 1]!.end,
      });
      if (isChair) {
        chairAnnouncedInterruption = /interruptie/i.test(text);
        if (!chairAnnouncedInterruption) floor = undefined;
      }
    }
    current = undefined;
  };
  for (const p of body) {
    const t = norm(p.text);
    if (SPEAKER_LINE.test(t)) {
      close();
      const m = LABEL.exec(t);
      if (!m) continue;
      current = m[1]
        ? { speaker: 'De voorzitter', office: 'voorzitter', items: [] }
        : m[2]
          ? { speaker: m[2].trim(), ...(m[3] ? { party: m[3] } : {}), items: [] }
          : { speaker: (m[5] as string).trim(), office: (m[4] as string).toLowerCase(), items: [] };
      const rest = p.text.slice(p.text.indexOf(':') + 1).replace(/^\s+/, '');
      if (rest) current.items.push({ text: rest, page: p.page, start: p.end - rest.length, end: p.end });
      continue;
    }
    if (/^Sluiting \d{1,2}[.:]\d{2} uur\.?$/.test(t)) {
      close();
      continue;
    }
    if (current && p.kind !== 'HEADING') current.items.push({ text: p.text, page: p.page, start: p.start, end: p.end });
    else if (current && p.kind === 'HEADING') close();
  }
  close();
  if (!turns.length)
    warnings.push(
      `verslag van een ${kind.toLowerCase()}: no speaker turns ("De heer X (Partij):", "Staatssecretaris X:") found`,
    );
  return {
    title: `Verslag van een ${kind.toLowerCase()}${dossier ? `, ${dossier}` : ''}${date ? ` (vastgesteld ${date})` : ''}`,
    ...(date && dutchDate(date) ? { date: dutchDate(date) } : {}),
    family: { present, speakerTurns: turns, commitments: findCommitments(body) },
    warnings,
  };
}

/** "Aanwezig zijn vier leden der Kamer, te weten: A, B en C, en de heer X, staatssecretaris van …". */
function presentOf(full: string): ParsedPerson[] {
  const m = /Aanwezig zijn [\p{L}\d ]+? leden der Kamer, te weten:\s*(.+?)\.(?:\s|$)/u.exec(full);
  if (!m) return [];
  const [members, ...guests] = (m[1] as string).split(/,\s+en\s+(?=(?:de heer|mevrouw) )/);
  const people: ParsedPerson[] = (members ?? '')
    .split(/,\s*|\s+en\s+/)
    .map((n) => n.trim())
    .filter(Boolean)
    .map((name) => ({ name }));
  for (const g of guests) {
    const gm = /^(?:de heer|mevrouw) ([^,]+),\s*(.+)$/.exec(g.trim());
    if (gm) people.push({ name: (gm[1] as string).trim(), role: (gm[2] as string).trim() });
  }
  return people;
}

/** The toezeggingen: the items after a line announcing them ("Toezeggingen", "… de volgende toezeggingen genoteerd:"). */
function findCommitments(body: readonly ParsedPassage[]): ParsedCommitment[] {
  const start = body.findIndex((p) => /^Toezeggingen:?$|toezeggingen(?: genoteerd| gedaan)?:$/i.test(norm(p.text)));
  if (start < 0) return [];
  const out: ParsedCommitment[] = [];
  for (const p of body.slice(start + 1)) {
    const t = norm(p.text);
    if (SPEAKER_LINE.test(t) || /^Sluiting /.test(t)) break;
    const owner = OWNER.exec(t)?.[1];
    if (!owner) continue;
    const deadline = DEADLINE.exec(t)?.[0];
    const text = t.replace(/^[-–•]\s*/, '');
    out.push({
      order: out.length + 1,
      owner,
      ...(deadline ? { deadline } : {}),
      text,
      page: p.page,
      start: p.start + (p.text.length - p.text.replace(/^[-–•]\s*/, '').length),
      end: p.end,
    });
  }
  return out;
}
