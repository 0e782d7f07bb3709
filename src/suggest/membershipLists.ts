import { EntityType, RelationType as R } from '../generated/graphql';
import type { Catalogue } from '../ingest/catalogue';
import type { LinkContext } from '../ingest/linkContext';
import type { ParsedDocument } from '../ingest/parseDocument';
import { resolveEntity } from '../ingest/resolveEntity';
import { resolvePerson } from '../ingest/resolvePerson';
import { catalogueEnd } from './relationEnds';
import type { StructureEvidence } from './structureEvidence';
import { nameSpan, type SuggestionSet } from './suggestionSet';
import type { RelationEnd } from './suggestionTypes';

/** A committee's composition in a footnote: "Samenstelling: Heijnen (BBB), Vos (GroenLinks-PvdA) (voorzitter), …". */
const COMPOSITION = /Samenstelling\s*:/u;
/**
 * One member: a surname (capitalised words with particles: "Van den Oetelaar", "Bakker-Klein"), the party in
 * brackets, and optionally the member's function in brackets after or inside it ("(D66) (ondervoorzitter)",
 * "(GroenLinks-PvdA (voorzitter)", as some exports print it).
 */
const MEMBER =
  /((?:(?:Van|De|Den|Der|Ter|Ten|Van der|Van den|Van de|In ['’]t)\s+(?:(?:de|den|der)\s+)?)?\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)*)\s*\(\s*([^(),]{1,30}?)\s*(?=[()])(?:\((voorzitter|ondervoorzitter)\)\s*)?\)?(?:\s*\((voorzitter|ondervoorzitter)\))?/gu;

/** List entries are as sure as the list: the parser read name and party from their fixed places. */
const LIST_CONFIDENCE = 0.9;

/**
 * Committee membership from the composition list a report prints in a footnote: each member is a member of the
 * committee (the name the footnote marker is glued to, else the report's committee) and of the faction of the
 * party in brackets; "(voorzitter)" and "(ondervoorzitter)" chair and vice-chair it. A member the catalogue lacks
 * becomes a PERSON suggestion.
 */
export function membershipLists(
  doc: ParsedDocument,
  catalogue: Catalogue,
  context: LinkContext,
  evidence: StructureEvidence,
  set: SuggestionSet,
): void {
  for (const p of doc.passages) {
    if (p.kind !== 'FOOTNOTE' || !COMPOSITION.test(p.text) || !p.footnote) continue;
    const marker = doc.footnoteRefs.find((r) => r.number === p.footnote?.number);
    const committeeId =
      (marker &&
        doc.mentions.find(
          (m) => m.end === marker.offset && catalogue.byId(m.entityId)?.type === EntityType.Organisation,
        )?.entityId) ??
      doc.committeeId;
    const committee = committeeId ? catalogue.byId(committeeId) : undefined;
    const listStart = (COMPOSITION.exec(p.text)?.index ?? 0) + p.start;
    for (const m of p.text.matchAll(MEMBER)) {
      const at = p.start + (m.index ?? 0);
      if (at < listStart) continue;
      const name = (m[1] as string).replace(/\s+/gu, ' ');
      const party = (m[2] as string).replace(/\s+/gu, ' ').trim();
      const role = m[3] ?? m[4];
      const s = evidence.at(at);
      if (!s) continue;
      const start = s.text.indexOf(at);
      const nameEnd = s.text.indexOf(at + (m[1] as string).length);
      const span = nameSpan(s, start, nameEnd);
      const res = resolvePerson({ name, party, role: 'lid' }, context, catalogue);
      if (!res.personId) continue;
      let person: RelationEnd;
      const known = catalogue.byId(res.personId);
      if (known) person = { ...catalogueEnd(known), span };
      else {
        const e = set.entity(s, {
          name,
          entityType: EntityType.Person,
          start,
          end: nameEnd,
          rule: 'structure:composition',
          confidence: LIST_CONFIDENCE,
        });
        person = { id: e.id, existing: false, entityType: EntityType.Person, name, span };
      }
      const rel = (type: R, to: RelationEnd, rule: string) =>
        set.relation(s, { type, from: person, to, patternId: `structure:${rule}`, confidence: LIST_CONFIDENCE });
      const faction = resolveEntity(catalogue.candidates(party, [EntityType.Faction]), context).entityId;
      const factionEntry = faction ? catalogue.byId(faction) : undefined;
      if (factionEntry) rel(R.MemberOf, catalogueEnd(factionEntry, s, party), 'composition-faction');
      if (committee) {
        const c = catalogueEnd(committee);
        rel(R.MemberOf, c, 'composition-committee');
        if (role === 'voorzitter') rel(R.Chairs, c, 'composition-chair');
        if (role === 'ondervoorzitter') rel(R.ViceChairs, c, 'composition-vice-chair');
      }
    }
  }
}
