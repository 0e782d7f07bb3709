import type { CatalogueEntry } from './catalogue';
import type { LinkContext } from './linkContext';

/**
 * Why a name was left unlinked:
 * - AMBIGUOUS: it means several entities and neither the chamber, the date nor the document's other names decide;
 * - OTHER_CHAMBER: it names only another chamber's committee, faction or member;
 * - CHAMBER_UNKNOWN: it names only chamber-specific entities and the text does not say its chamber;
 * - TOO_EARLY: the document is dated before every entity it could mean existed.
 */
export type UnresolvedReason = 'AMBIGUOUS' | 'OTHER_CHAMBER' | 'CHAMBER_UNKNOWN' | 'TOO_EARLY';

export type Resolution =
  | { readonly entityId: string }
  | { readonly entityId?: undefined; readonly candidates: readonly string[]; readonly reason: UnresolvedReason };

/** True when an entity that exists from `since` (YYYY[-MM[-DD]]) can be meant by a text of `date`. */
export function existsAt(since: string | undefined, date: string | null): boolean {
  if (!since || !date) return true;
  return date.slice(0, since.length) >= since.slice(0, date.length);
}

/**
 * Decides which of the entities a name can mean is meant here, or that it cannot be decided. In order:
 * 1. a chamber-specific entity is kept only when the document's chamber is known and is its chamber;
 * 2. an entity is dropped when the document is dated before it existed;
 * 3. of several left, `narrow` (when given) may keep fewer: the text around the name decides (linkMentions keeps
 *    the one the passage, or else the text just before it, names by a name that means only that entity).
 * Exactly one left is the link; none or several is an unresolved mention with all the candidates.
 */
export function resolveEntity(
  candidates: readonly CatalogueEntry[],
  context: LinkContext,
  narrow: (left: readonly CatalogueEntry[]) => readonly CatalogueEntry[] = (left) => left,
): Resolution {
  const all = candidates.map((c) => c.id);
  const inChamber = candidates.filter((c) => !c.chamber || c.chamber === context.chamber);
  const existing = inChamber.filter((c) => existsAt(c.since, context.date));
  let left: readonly CatalogueEntry[] = existing;
  if (left.length > 1) left = narrow(left);
  if (left.length === 1) return { entityId: (left[0] as CatalogueEntry).id };
  if (left.length > 1) return { candidates: all, reason: 'AMBIGUOUS' };
  if (inChamber.length) return { candidates: all, reason: 'TOO_EARLY' };
  return { candidates: all, reason: context.chamber ? 'OTHER_CHAMBER' : 'CHAMBER_UNKNOWN' };
}
