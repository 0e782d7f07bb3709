import { EntityType, RelationType as R } from '../generated/graphql';
import type { Catalogue } from '../ingest/catalogue';
import type { LinkContext } from '../ingest/linkContext';
import type { ParsedDocument } from '../ingest/parseDocument';
import { findPersonReferences } from '../ingest/personReferences';
import { resolveEntity } from '../ingest/resolveEntity';
import { resolvePerson } from '../ingest/resolvePerson';
import { catalogueEnd, knownEntity } from './relationEnds';
import type { StructureEvidence } from './structureEvidence';
import { nameSpan, type SuggestionSet } from './suggestionSet';

/** "minister van Sociale Zaken en Werkgelegenheid", "staatssecretaris van JenV": an office and its portfolio. */
const OFFICE_NAME = /^(?:de\s+)?(?:minister(?:-president)?|staatssecretaris)(?:\s+voor\s+[\p{L} ]+?)?\s+van\s+(.+)$/iu;
/** An office named with its portfolio is part of the ministry of that portfolio, as surely as the name says so. */
const OFFICE_CONFIDENCE = 0.85;
/** A person named with party or office ("het lid Van Gurp (GroenLinks)"): the text states the membership. */
const PERSON_CONFIDENCE = 0.8;

/**
 * Facts the names of offices and persons state: an office named with its portfolio is part of that ministry (the
 * first sentence naming it in full is the evidence); a catalogued person named with a party is a member of that
 * party's faction, and one named with an office holds it. (Persons the catalogue lacks are created by the ingest
 * with these links; they are not suggested again.)
 */
export function officeRelations(
  doc: ParsedDocument,
  catalogue: Catalogue,
  context: LinkContext,
  evidence: StructureEvidence,
  set: SuggestionSet,
): void {
  const done = new Set<string>();
  for (const m of doc.mentions) {
    const office = catalogue.byId(m.entityId);
    if (!office || office.kind !== 'office' || done.has(office.id)) continue;
    const portfolio = OFFICE_NAME.exec(m.matched.replace(/\s+/gu, ' '))?.[1];
    const ministry = portfolio ? knownEntity(catalogue, portfolio, [EntityType.Organisation]) : undefined;
    const s = evidence.at(m.start);
    if (!ministry || ministry.kind !== 'ministry' || !s) continue;
    done.add(office.id);
    const span = nameSpan(s, s.text.indexOf(m.start), s.text.indexOf(m.end));
    set.relation(s, {
      type: R.PartOf,
      from: { ...catalogueEnd(office), span },
      to: catalogueEnd(ministry, s, portfolio),
      patternId: 'structure:office-of-ministry',
      confidence: OFFICE_CONFIDENCE,
    });
  }
  for (const p of doc.passages) {
    if (p.kind === 'HEADING') continue;
    for (const r of findPersonReferences(p)) {
      const res = resolvePerson(
        { name: r.name, ...(r.party ? { party: r.party } : {}), ...(r.role ? { role: r.role } : {}) },
        context,
        catalogue,
      );
      const person = res.personId && !res.create ? catalogue.byId(res.personId) : undefined;
      const s = evidence.at(r.start);
      if (!person || !s) continue;
      const from = { ...catalogueEnd(person), span: nameSpan(s, s.text.indexOf(r.start), s.text.indexOf(r.end)) };
      const faction =
        r.party && !/^(?:minister|staatssecretaris)/iu.test(r.role ?? '')
          ? resolveEntity(catalogue.candidates(r.party, [EntityType.Faction]), context).entityId
          : undefined;
      const factionEntry = faction ? catalogue.byId(faction) : undefined;
      if (factionEntry)
        set.relation(s, {
          type: R.MemberOf,
          from,
          to: catalogueEnd(factionEntry, s, r.party),
          patternId: 'structure:person-party',
          confidence: PERSON_CONFIDENCE,
        });
      const officeEntry = res.personId && res.officeId ? catalogue.byId(res.officeId) : undefined;
      if (officeEntry)
        set.relation(s, {
          type: R.HoldsOffice,
          from,
          to: catalogueEnd(officeEntry, s, r.role),
          patternId: 'structure:person-office',
          confidence: PERSON_CONFIDENCE,
        });
    }
  }
}
