import { badUserInput } from '../errors';

/**
 * Documented maxima of list and traversal arguments (also in the SDL descriptions and README). They keep one
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
} as const;

/** Longest accepted search or filter text; longer text is almost certainly not a name. */
export const MAX_TEXT = 200;
/** Longest accepted id; ids are short kebab-case strings. */
export const MAX_ID = 200;

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
