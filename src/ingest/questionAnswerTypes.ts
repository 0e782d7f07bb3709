/** The question-and-answer structure of a document: its letters (parts), questions, answers and faction joins. */

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
