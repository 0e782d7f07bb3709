/**
 * The shapes of what the family parsers find in a document. Kept apart from the parsers so that parts, answers,
 * joins and the family parsers can share them without importing each other (no cycle between the parser files).
 */
export interface ParsedPart {
  readonly order: number;
  /** COMMITTEE_LETTER (questions), ANSWER_LETTER (answers) or LETTER. */
  readonly kind: 'COMMITTEE_LETTER' | 'ANSWER_LETTER' | 'LETTER';
  readonly title: string;
  readonly date?: string;
  readonly addressee?: string;
  readonly signatory?: string;
  readonly signatoryId?: string;
  /** The office or body that wrote the letter (e.g. the Staatssecretaris van Justitie en Veiligheid). */
  readonly office?: string;
  readonly officeId?: string;
  readonly page: number;
  readonly start: number;
  readonly end: number;
}

export interface ParsedQuestion {
  readonly faction: string;
  readonly factionId?: string;
  readonly number: number;
  readonly text: string;
  readonly page: number;
  readonly start: number;
  readonly end: number;
}

export interface ParsedAnswer {
  readonly faction: string;
  readonly factionId?: string;
  /** The question numbers this answer covers ("Antwoord vragen 3 en 4" → [3, 4]). */
  readonly numbers: number[];
  readonly label: string;
  readonly text: string;
  readonly page: number;
  readonly start: number;
  readonly end: number;
  /** Cross-references to other answers: same faction by number, or another faction's answers. */
  readonly refersTo: { faction: string; numbers: number[] | 'ALL' }[];
}

export interface FactionJoin {
  readonly faction: string;
  readonly factionId?: string;
  readonly joins: string;
  readonly joinsId?: string;
  readonly quote: string;
  readonly page: number;
}

export interface QuestionAnswerStructure {
  readonly kind: string;
  readonly title?: string;
  readonly date?: string;
  readonly committee?: string;
  readonly committeeId?: string;
  readonly clerk?: string;
  readonly clerkId?: string;
  readonly parts: ParsedPart[];
  readonly questions: ParsedQuestion[];
  readonly answers: ParsedAnswer[];
  readonly joins: FactionJoin[];
  readonly warnings: string[];
}


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

export const EMPTY_FAMILY_STRUCTURE: FamilyStructure = Object.freeze({ askers: [], present: [], speakerTurns: [], commitments: [], headings: [] });
