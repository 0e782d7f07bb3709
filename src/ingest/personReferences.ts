import type { ParsedPassage } from './passages';

/** A person the text names with a role or a form of address, and the party in brackets after the name. */
export interface PersonReference {
  readonly passageOrder: number;
  readonly page: number;
  /** The name as written, whitespace normalised ("Van der Plas", "E. Podt"). */
  readonly name: string;
  /** Offsets of the name in the source text. */
  readonly start: number;
  readonly end: number;
  /** "lid", "staatssecretaris", "minister", … as written, lower case; absent for "mevrouw" and "de heer". */
  readonly role?: string;
  readonly party?: string;
  /** The phrase from the role word to the closing bracket, verbatim: the evidence. */
  readonly quote: string;
}

// A surname: capitalised words joined by hyphens ("Podt", "Bakker-Klein"); before it initials ("E.H.") with
// lower-case particles ("E. van der Plas"), or capitalised particles ("Van der Plas"). A name never starts with a
// lower-case word, so "de minister van Sociale Zaken" names no person.
const SURNAME = String.raw`\p{Lu}\p{Ll}[\p{Ll}'’]*(?:-\p{Lu}\p{Ll}[\p{Ll}'’]*)*`;
const LOWER_PARTICLES = String.raw`(?:(?:van|de|den|der|ter|ten|te|het|op|in ['’]t|['’]t)\s+)*`;
const UPPER_PARTICLES = String.raw`(?:Van|De|Den|Der|Ter|Ten|Te|Het|Op|In ['’]t)\s+(?:(?:de|den|der|het|['’]t|la)\s+)*`;
const NAME = String.raw`(?:(?:\p{Lu}\.)+\s?${LOWER_PARTICLES}|${UPPER_PARTICLES})?${SURNAME}`;
const PARTY = String.raw`\s*\(([^()\n]{1,40})\)`;

/** Words that introduce members (one or a list) and words that introduce office-holders. */
const MEMBER_WORDS =
  /\b(?:([Hh]et (?:Kamer)?lid|[Kk]amerlid|[Ss]enator)|([Dd]e (?:Kamer)?leden|[Kk]amerleden|[Ss]enatoren)|[Mm]evrouw|[Dd]e heer)\s+/gu;
const OFFICE_WORDS = /\b([Ss]taatssecretaris|[Mm]inister-president|[Mm]inister)\s+/gu;
const NAME_AT = new RegExp(`(${NAME})(?:${PARTY})?`, 'uy');
const LIST_SEPARATOR = /(?:\s*,\s*|\s+en\s+)/y;

/** The persons a passage names: "het lid Podt (D66)", "de leden Podt (D66) en Mutluer (GroenLinks-PvdA)", "staatssecretaris Coenradie", "mevrouw Van der Plas (BBB)". */
export function findPersonReferences(passage: ParsedPassage): PersonReference[] {
  const text = passage.text;
  const out: PersonReference[] = [];
  const read = (from: number, role: string | undefined, list: boolean, quoteStart: number) => {
    let at = from;
    for (;;) {
      NAME_AT.lastIndex = at;
      const m = NAME_AT.exec(text);
      if (!m) return;
      const name = (m[1] as string).replace(/\s+/g, ' ');
      const start = passage.start + m.index;
      out.push({
        passageOrder: passage.order,
        page: passage.page,
        name,
        start,
        end: start + (m[1] as string).length,
        ...(role ? { role } : {}),
        ...(m[2] ? { party: m[2].replace(/\s+/g, ' ').trim() } : {}),
        quote: text.slice(quoteStart, m.index + m[0].length).replace(/\s+/g, ' '),
      });
      if (!list) return;
      LIST_SEPARATOR.lastIndex = m.index + m[0].length;
      const sep = LIST_SEPARATOR.exec(text);
      if (!sep) return;
      at = LIST_SEPARATOR.lastIndex;
      quoteStart = at;
    }
  };
  for (const m of text.matchAll(MEMBER_WORDS)) {
    const role = m[1] || m[2] ? 'lid' : undefined;
    read((m.index ?? 0) + m[0].length, role, Boolean(m[2]), m.index ?? 0);
  }
  for (const m of text.matchAll(OFFICE_WORDS))
    read((m.index ?? 0) + m[0].length, (m[1] as string).toLowerCase(), false, m.index ?? 0);
  return out.sort((a, b) => a.start - b.start);
}
