import { foldForSearch } from '../domain/text';
import type { Catalogue } from './catalogue';
import type { LinkContext } from './linkContext';
import type { ParsedMention, ParsedUnresolvedMention } from './mentions';
import type { ParsedPassage } from './passages';
import { findPersonReferences, type PersonReference } from './personReferences';
import { resolvePerson, type NewPerson } from './resolvePerson';

/** A fact about an ingest-created person that the document states (faction or office), with its evidence. */
export interface PersonLink {
  readonly personId: string;
  readonly targetId: string;
  readonly passageOrder: number;
  readonly page: number;
  readonly quote: string;
}

export interface LinkedPersons {
  readonly references: readonly PersonReference[];
  readonly mentions: ParsedMention[];
  readonly unresolved: ParsedUnresolvedMention[];
  /** Persons to create (deduplicated by id). */
  readonly persons: NewPerson[];
  readonly memberships: PersonLink[];
  readonly offices: PersonLink[];
}

/**
 * Links the persons a document names with role or party to Person entities (see resolvePerson). One name with two
 * different parties in the same document is two people: such a name stays unresolved instead of being merged.
 */
export function linkPersons(
  passages: readonly ParsedPassage[],
  catalogue: Catalogue,
  context: LinkContext,
): LinkedPersons {
  const references = passages.filter((p) => p.kind !== 'HEADING').flatMap(findPersonReferences);
  const parties = new Map<string, Set<string>>();
  for (const r of references)
    if (r.party)
      parties.set(foldForSearch(r.name), (parties.get(foldForSearch(r.name)) ?? new Set()).add(foldForSearch(r.party)));
  const out: LinkedPersons = { references, mentions: [], unresolved: [], persons: [], memberships: [], offices: [] };
  for (const r of references) {
    const at = { passageOrder: r.passageOrder, matched: r.name, start: r.start, end: r.end };
    if ((parties.get(foldForSearch(r.name))?.size ?? 0) > 1) {
      out.unresolved.push({ ...at, candidates: [], reason: 'AMBIGUOUS' });
      continue;
    }
    const res = resolvePerson(
      { name: r.name, ...(r.party ? { party: r.party } : {}), ...(r.role ? { role: r.role } : {}) },
      context,
      catalogue,
    );
    if (res.personId === undefined) {
      out.unresolved.push({ ...at, candidates: res.candidates, reason: res.reason });
      continue;
    }
    out.mentions.push({
      ...at,
      entityId: res.personId,
      ...(r.role ? { role: r.role } : {}),
      ...(r.party ? { party: r.party } : {}),
    });
    if (!res.create) continue;
    if (!out.persons.some((p) => p.id === res.create?.id)) out.persons.push(res.create);
    const evidence = { personId: res.personId, passageOrder: r.passageOrder, page: r.page, quote: r.quote };
    if (res.factionId && !out.memberships.some((m) => m.personId === res.personId && m.targetId === res.factionId))
      out.memberships.push({ ...evidence, targetId: res.factionId });
    if (res.officeId && !out.offices.some((m) => m.personId === res.personId && m.targetId === res.officeId))
      out.offices.push({ ...evidence, targetId: res.officeId });
  }
  return out;
}
