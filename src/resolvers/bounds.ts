import { badUserInput } from '../errors';

/**
 * The one place for the bounds of every argument of the API. Documented maxima of list and traversal arguments (also in the SDL descriptions and README). They keep one
 * request's work bounded: a page is small enough to serialise quickly, a traversal cannot walk the whole graph.
 */
export const BOUNDS = {
  /** Page size of entity and relation connections. */
  first: { min: 1, max: 100 },
  /** Search results. */
  searchFirst: { min: 1, max: 50 },
  /** Relationships listed on one entity. */
  relationsFirst: { min: 1, max: 500 },
  /** Neighbourhood depth: 3 already reaches most of a small-world graph. */
  depth: { min: 1, max: 3 },
  /** Neighbourhood nodes. */
  limit: { min: 1, max: 500 },
  /** Shortest-path length. */
  maxLength: { min: 1, max: 10 },
  /** Passages of a document in one page: a long document is read in slices. */
  passagesFirst: { min: 1, max: 200 },
  /** A printed page number; far above any real document, it only rejects nonsense. */
  page: { min: 1, max: 100_000 },
} as const;

/** The largest `first`/`limit` any field accepts; the cost analysis counts larger values as this. */
export const MAX_LIST_ARGUMENT = Math.max(...Object.values(BOUNDS).filter((b) => b !== BOUNDS.page).map((b) => b.max));

/** Longest accepted search or filter text; longer text is almost certainly not a name. */
export const MAX_TEXT = 200;
/** Longest accepted id; ids are short kebab-case strings. */
export const MAX_ID = 200;
/** Longest accepted free text in a write (descriptions, quotes, reasons): a quote is a sentence or two. */
export const MAX_WRITE_TEXT = 2000;

export function checkInt(argument: string, value: number, bound: { min: number; max: number }): number {
  if (!Number.isInteger(value) || value < bound.min || value > bound.max) {
    throw badUserInput(argument, `must be between ${bound.min} and ${bound.max} (got ${value})`);
  }
  return value;
}

export function checkText(argument: string, value: string, max = MAX_TEXT): string {
  if (value.length > max) throw badUserInput(argument, `must be at most ${max} characters (got ${value.length})`);
  return value;
}
