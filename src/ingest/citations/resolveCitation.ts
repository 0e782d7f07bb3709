import type { EntityType } from '../../generated/graphql';
import type { Catalogue } from '../catalogue';
import type { NormalisedCitation } from './normaliseCitation';

export interface CitedEntity {
  id: string;
  type: EntityType;
  name: string;
  kind: string;
  identifiers: string[];
  date?: string;
}

/**
 * The graph's entity for a citation: the curated entity with that identifier (KAMERSTUK:kst-32824-438,
 * BWB:BWBR0044770, …) or whose id is the identifier; otherwise a placeholder the ingest creates, with the
 * identifier as its id (lower-cased, ECLI's colons as hyphens) so that every later citation of it meets it.
 */
export function resolveCitation(
  c: NormalisedCitation,
  catalogue: Catalogue,
): { targetId?: string; create?: CitedEntity } {
  if (!c.placeholder) return {};
  const [scheme] = c.placeholder.identifier.split(':', 1) as [string];
  const id = entityIdOf(c.identifier);
  const known = catalogue.byIdentifierValue(scheme, c.identifier) ?? (catalogue.ids.has(id) ? { id } : undefined);
  if (known) return { targetId: known.id };
  const p = c.placeholder;
  return { targetId: id, create: { id, type: p.type, name: p.name, kind: p.kind, identifiers: [p.identifier] } };
}

/** kst-35483-L → kst-35483-l; ECLI:NL:HR:2023:1234 → ecli-nl-hr-2023-1234 (entity ids are lower-case kebab-case). */
export function entityIdOf(identifier: string): string {
  return identifier
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
