import { EntityType } from '../generated/graphql';
import type { Catalogue, CatalogueEntry } from '../ingest/catalogue';
import type { LinkContext } from '../ingest/linkContext';
import type { ParsedMention } from '../ingest/mentions';
import { resolvePerson } from '../ingest/resolvePerson';
import { closingSignature } from './closingSignature';
import type { ParsedDocument } from '../ingest/parseDocument';
import { findPersonReferences, type PersonReference } from '../ingest/personReferences';

/**
 * The document's mentions and person references grouped by passage, built once (every sentence asks for its
 * own), and the speakers of a debate: "ik" in a turn of "Staatssecretaris Coenradie" is the office the catalogue
 * gives that person (so it relates like a letter's writer), in a member's turn the member.
 */
export function documentIndex(
  doc: ParsedDocument,
  catalogue: Catalogue,
  context: LinkContext,
): {
  mentionsIn: (passageOrder: number) => readonly ParsedMention[];
  personsIn: (passageOrder: number) => readonly PersonReference[];
  speakerAt: (offset: number) => CatalogueEntry | undefined;
} {
  // "Ik" in an answer outside a letter is the office that answers: the header's (schriftelijke vragen) or the
  // closing signature's.
  const answering =
    (doc.family.answeredBy?.role ? catalogue.find(doc.family.answeredBy.role, [EntityType.Organisation]) : undefined) ??
    closingSignature(doc, catalogue, context)?.office;
  const inAnswer = (at: number) => doc.answers.some((a) => a.start <= at && at < a.end);
  const mentions = new Map<number, ParsedMention[]>();
  for (const m of doc.mentions) mentions.set(m.passageOrder, [...(mentions.get(m.passageOrder) ?? []), m]);
  const persons = new Map<number, PersonReference[]>();
  for (const p of doc.passages) if (p.kind !== 'HEADING') persons.set(p.order, findPersonReferences(p));
  const speakers = doc.family.speakerTurns.map((t) => {
    const r = resolvePerson({ name: t.speaker, ...(t.party ? { party: t.party } : {}) }, context, catalogue);
    const person = r.personId && !r.create ? catalogue.byId(r.personId) : undefined;
    const office = person?.role ? catalogue.find(person.role, [EntityType.Organisation]) : undefined;
    return { start: t.start, end: t.end, entry: t.office || office ? (office ?? person) : person };
  });
  return {
    mentionsIn: (o) => mentions.get(o) ?? [],
    personsIn: (o) => persons.get(o) ?? [],
    speakerAt: (at) =>
      speakers.find((t) => t.start <= at && at < t.end)?.entry ?? (answering && inAnswer(at) ? answering : undefined),
  };
}
