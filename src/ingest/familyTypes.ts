/**
 * What the family parsers find beyond questions and answers (askers, speaker turns, toezeggingen, the motion,
 * headings). The question-and-answer shapes are in questionAnswerTypes.ts; both hold shapes and no logic, so the parser
 * files share them without importing each other.
 */

/** A person as the text names them (the linking step resolves them to entities): "het lid Podt (D66)". */
export interface ParsedPerson {
  readonly name: string;
  readonly party?: string;
  /** The office, when the text gives one ("minister van Sociale Zaken en Werkgelegenheid"). */
  readonly role?: string;
}

/** One speaker turn of a debate report: "De heer Van Dijk (VVD): …" up to the next speaker. */
export interface ParsedSpeakerTurn {
  readonly order: number;
  readonly speaker: string;
  readonly party?: string;
  readonly office?: string;
  /** A turn by someone other than the speaker who has the floor (an interruption and its exchange). */
  readonly interruption: boolean;
  readonly text: string;
  readonly page: number;
  readonly start: number;
  readonly end: number;
}

/** A toezegging from the list at the end of a debate report: who promised what, by when. */
export interface ParsedCommitment {
  readonly order: number;
  /** The office-holder who promised ("De staatssecretaris"), as printed. */
  readonly owner: string;
  /** The deadline as printed ("voor de zomer van 2025"), when the toezegging has one. */
  readonly deadline?: string;
  readonly text: string;
  readonly page: number;
  readonly start: number;
  readonly end: number;
}

/** A motie or amendement: who submitted it, to which dossier, and its operative part. */
export interface ParsedMotion {
  readonly kind: 'MOTIE' | 'AMENDEMENT';
  readonly dossier?: string;
  readonly submitters: string[];
  /** "verzoekt de regering …" (motie) or the changes after "wordt als volgt gewijzigd:" (amendement). */
  readonly operative: string;
  readonly page: number;
  readonly start: number;
  readonly end: number;
}

/** What a family parser finds beyond questions and answers; empty lists where the family has none. */
export interface FamilyStructure {
  /** Schriftelijke vragen: the members who asked. */
  readonly askers: ParsedPerson[];
  /** Schriftelijke vragen: to whom the questions went; Kamerbrief: the letter's addressee. */
  readonly addressee?: string;
  /** Schriftelijke vragen: the dates "ingezonden" and "ontvangen" (YYYY-MM-DD). */
  readonly submitted?: string;
  readonly received?: string;
  /** Schriftelijke vragen: the office-holder who answered; Kamerbrief: who signed. */
  readonly answeredBy?: ParsedPerson;
  /** Schriftelijke vragen: a "Mededeling" that answering takes longer, instead of answers. */
  readonly postponement?: { readonly text: string; readonly date?: string };
  /** Debate reports: the members and office-holders present. */
  readonly present: ParsedPerson[];
  readonly speakerTurns: ParsedSpeakerTurn[];
  readonly commitments: ParsedCommitment[];
  readonly motion?: ParsedMotion;
  /** Kamerbrief: the headings of its body. */
  readonly headings: { readonly text: string; readonly page: number }[];
}

export const EMPTY_FAMILY_STRUCTURE: FamilyStructure = Object.freeze({
  askers: [],
  present: [],
  speakerTurns: [],
  commitments: [],
  headings: [],
});
