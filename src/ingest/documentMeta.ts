/**
 * What an ingest establishes about a document as a whole: its family (which kind of parliamentary publication it
 * is, and on what evidence), its chamber, date and official identifier. The family parsers fill it; the writer
 * stores it on the Document, the document list filters on it, and replacing a document checks the identifier.
 */
export interface DocumentMeta {
  /** The recognised family (e.g. SCHRIFTELIJKE_VRAGEN, VSO, KAMERBRIEF), or null when none was recognised. */
  readonly family: string | null;
  /** The markers in the text that decided the family, verbatim (e.g. "Aanhangsel van de Handelingen"). */
  readonly familyEvidence: readonly string[];
  /** TK (Tweede Kamer) or EK (Eerste Kamer), when the text says which. */
  readonly chamber: 'TK' | 'EK' | null;
  /** The document's own date (vastgesteld, ontvangen, the letter's date) as YYYY-MM-DD, when the text gives it. */
  readonly date: string | null;
  /** The identifier the official publications use (kst-32824-438, ah-tk-20242025-512), only when certain. */
  readonly sourceIdentifier: string | null;
}

/** The meta of a document whose family is not (yet) recognised. */
export const UNKNOWN_META: DocumentMeta = Object.freeze({
  family: null,
  familyEvidence: [],
  chamber: null,
  date: null,
  sourceIdentifier: null,
});
