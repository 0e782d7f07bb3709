import { EntityType } from '../generated/graphql';
import { foldForSearch } from '../domain/text';
import type { Catalogue } from './catalogue';
import type { LinkContext } from './linkContext';
import { resolveEntity, type UnresolvedReason } from './resolveEntity';

/** A person as a parser reads it: the name, and the party and role the text gives with it. */
export interface PersonInput {
  readonly name: string;
  readonly party?: string;
  /** "lid", "staatssecretaris", "Minister van Sociale Zaken en Werkgelegenheid", … */
  readonly role?: string;
}

/** A Person the catalogue lacks, to be created by the ingest (origin "ingest"). */
export interface NewPerson {
  readonly id: string;
  readonly name: string;
}

export type PersonResolution =
  | {
      readonly personId: string;
      /** Set when the person is not in the catalogue: the ingest creates it under this stable id. */
      readonly create?: NewPerson;
      /** The faction the party names, only for a member in a document whose chamber and date are known. */
      readonly factionId?: string;
      /** The office the role names, when the catalogue has it ("Staatssecretaris van Justitie en Veiligheid"). */
      readonly officeId?: string;
    }
  | { readonly personId?: undefined; readonly candidates: readonly string[]; readonly reason: UnresolvedReason };

/** Roles of office-holders: they sit in no chamber's faction, so a party after their name stays a party. */
const OFFICE_ROLE = /^(?:minister|staatssecretaris)/i;
const INITIALS = /^(?:\p{Lu}\.)+\s?/u;

/** The stable id of a person the catalogue lacks: the same written name in two documents is the same Person. */
export function personId(name: string): string {
  return `persoon-${foldForSearch(name).replace(/ /g, '-')}`;
}

/**
 * Turns a person named in a document into a Person id. A catalogue person (by name or alias, or by surname when
 * the text adds initials) is linked when the context allows it (a member of the other chamber is not the person
 * a text of this chamber means). A name the catalogue has but the context rules out stays unresolved rather than
 * becoming a second person of that name. A name the catalogue lacks becomes a new Person with an id from the
 * name. The party links to a faction only for a member (not an office-holder) in a document of known chamber and
 * date, and only to that chamber's faction.
 */
export function resolvePerson(input: PersonInput, context: LinkContext, catalogue: Catalogue): PersonResolution {
  const name = input.name.replace(/\s+/g, ' ').trim();
  let candidates = catalogue.candidates(name, [EntityType.Person]);
  if (!candidates.length && INITIALS.test(name))
    candidates = catalogue.candidates(name.replace(INITIALS, ''), [EntityType.Person]);
  // Only a role that names its portfolio names an office: "staatssecretaris" alone is any state secretary (the
  // catalogue's short alias for the one in the seed holds only in that text).
  const officeId =
    input.role && / van /i.test(input.role) ? catalogue.find(input.role, [EntityType.Organisation])?.id : undefined;
  const office = officeId ? { officeId } : {};
  if (candidates.length) {
    const r = resolveEntity(candidates, context);
    return r.entityId !== undefined
      ? { personId: r.entityId, ...office }
      : { candidates: r.candidates, reason: r.reason };
  }
  const id = personId(name);
  let factionId: string | undefined;
  if (input.party && context.chamber && context.date && !OFFICE_ROLE.test(input.role ?? '')) {
    factionId = resolveEntity(catalogue.candidates(input.party, [EntityType.Faction]), context).entityId;
  }
  return { personId: id, create: { id, name }, ...(factionId ? { factionId } : {}), ...office };
}
