import type { CitationKind } from './normaliseCitation';
import type { CitedEntity } from './resolveCitation';

/** A reference to another document, normalised to one identifier and resolved to an entity where possible. */
export interface ParsedCitation {
  readonly kind: CitationKind;
  /** kst-32824-438, ah-tk-20242025-512, stb-2021-38, ECLI:NL:HR:2023:1234, BWBR0044770, T03101,
   *  besluit-inburgering-2021/artikel-2.2/lid-1, a report's entity id, or a URL. */
  readonly identifier: string;
  /** The citation as printed (whitespace normalised). */
  readonly text: string;
  /** Passage (by order) and source offsets of the printed citation. */
  readonly passageOrder: number;
  readonly page: number;
  readonly start: number;
  readonly end: number;
  /** Page reference within the cited document, as printed ("p. 41"). */
  readonly locator?: string;
  /** For a motion: the members it is named after. */
  readonly submitters?: readonly string[];
  /** Entity it names: an existing one, or one the ingest creates (see `create`). */
  readonly targetId?: string;
  readonly create?: CitedEntity;
}
