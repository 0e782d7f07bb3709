/**
 * What the citation grammar (citationGrammar.peggy) returns for each citation: its parts as printed, with the
 * offsets of the printed citation in the passage. normaliseCitation turns these into official identifiers.
 */
interface Span {
  readonly start: number;
  readonly end: number;
}

export interface RawDossier {
  /** Digits only ("32824"). */
  readonly main: string;
  /** A budget chapter or series ("VI", "07"), if any. */
  readonly sub: string | null;
}

export interface RawKamerstuk extends Span {
  readonly form: 'kamerstuk';
  /** Whether the word "Kamerstuk(ken)" was printed. */
  readonly labelled: boolean;
  readonly chamber: 'I' | 'II' | null;
  /** "20232024" */
  readonly session: string | null;
  /** Each numbers × dossiers combination is one cited document. */
  readonly refs: readonly { dossiers: readonly RawDossier[]; numbers: readonly string[] }[];
  readonly locator: string | null;
}

export interface RawMotion extends Span {
  readonly form: 'motion';
  readonly submitters: readonly string[];
  readonly inner: RawKamerstuk;
}

export interface RawAanhangsel extends Span {
  readonly form: 'aanhangsel';
  readonly chamber: 'tk' | 'ek';
  readonly session: string;
  readonly number: string;
}

export interface RawHandelingen extends Span {
  readonly form: 'handelingen';
  readonly chamber: 'tk' | 'ek';
  readonly session: string;
  readonly number: string;
  readonly item: string;
  readonly locator: string | null;
}

export interface RawGazette extends Span {
  readonly form: 'staatsblad' | 'staatscourant';
  readonly year: string;
  readonly number: string;
}

export interface RawEcli extends Span {
  readonly form: 'ecli';
  readonly country: string;
  readonly court: string;
  readonly year: string;
  readonly number: string;
}

export interface RawBwb extends Span {
  readonly form: 'bwb';
  readonly id: string;
  readonly url?: boolean;
}

export interface RawPublication extends Span {
  readonly form: 'publication';
  readonly scheme: 'kst' | 'ah' | 'h' | 'stb' | 'stcrt';
  readonly dossier?: string;
  readonly chamber?: 'tk' | 'ek';
  readonly session?: string;
  readonly year?: string;
  readonly parts: readonly string[];
  /** Printed as a web address rather than as a bare identifier. */
  readonly url: boolean;
}

export interface RawToezegging extends Span {
  readonly form: 'toezegging';
  readonly id: string;
}

export interface RawArticle extends Span {
  readonly form: 'article';
  readonly article: string;
  readonly lid: number | null;
  /** Offset where the law's name begins (matched against the catalogue, not by the grammar). */
  readonly lawAt: number;
}

export type RawCitation =
  | RawKamerstuk
  | RawMotion
  | RawAanhangsel
  | RawHandelingen
  | RawGazette
  | RawEcli
  | RawBwb
  | RawPublication
  | RawToezegging
  | RawArticle;
