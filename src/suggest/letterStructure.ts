import { EntityType, RelationType as R } from '../generated/graphql';
import { foldForSearch } from '../domain/text';
import type { Catalogue } from '../ingest/catalogue';
import type { LinkContext } from '../ingest/linkContext';
import type { ParsedDocument } from '../ingest/parseDocument';
import { closingSignature } from './closingSignature';
import type { ParsedPart } from '../ingest/questionAnswerTypes';
import { catalogueEnd, documentEnd, knownEntity } from './relationEnds';
import type { StructureEvidence } from './structureEvidence';
import type { SuggestionSet } from './suggestionSet';
import type { RelationEnd } from './suggestionTypes';

const MONTHS = 'januari februari maart april mei juni juli augustus september oktober november december'.split(' ');

/** "2024-10-23" → "23 oktober 2024" (how letters are named: "Brief van … van 23 oktober 2024"). */
function dutchDateText(iso: string): string | undefined {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!m) return undefined;
  const month = MONTHS[Number(m[2]) - 1];
  return m[3] ? `${Number(m[3])} ${month} ${m[1]}` : `${month} ${m[1]}`;
}

/** How many passages from the top a report's opening paragraph (naming its committee) can lie. */
const OPENING_PASSAGES = 12;

/** Structure facts are as sure as the parser that read them; the confidence says how sure that reading is. */
const STRUCTURE_CONFIDENCE = 0.9;

/**
 * The relation end a letter of the document stands for: the document itself when it is one letter (a Kamerbrief),
 * else the catalogue's document named "Brief van <writer> van <date>", else a new DOCUMENT suggestion of that name.
 */
export function partEnd(
  doc: ParsedDocument,
  part: ParsedPart,
  catalogue: Catalogue,
  evidence: StructureEvidence,
  set: SuggestionSet,
): RelationEnd | undefined {
  if (doc.parts.length === 1 && doc.meta.family !== 'VSO') return documentEnd(doc, catalogue);
  const writer = part.office
    ? `de ${part.office.charAt(0).toLowerCase()}${part.office.slice(1)}`
    : part.title.replace(/^BRIEF VAN\s+/u, '').toLowerCase();
  const date = part.date ? dutchDateText(part.date) : undefined;
  const name = `Brief van ${writer}${date ? ` van ${date}` : ''}`;
  const s = evidence.at(part.start);
  const known =
    knownEntity(catalogue, name, [EntityType.Document]) ??
    catalogue.entries.find(
      (e) =>
        e.type === EntityType.Document && foldForSearch(e.name) === foldForSearch(`${part.title} van ${date ?? ''}`),
    );
  if (known) return catalogueEnd(known);
  if (!s) return undefined;
  const e = set.entity(s, {
    name,
    entityType: EntityType.Document,
    start: 0,
    end: s.text.text.length,
    rule: 'structure:letter',
    confidence: STRUCTURE_CONFIDENCE,
  });
  return { id: e.id, existing: false, entityType: EntityType.Document, name, span: null };
}

/** The addressee line's entity: "de Voorzitter van de Eerste Kamer der Staten-Generaal" is the chamber. */
function addresseeEntity(catalogue: Catalogue, addressee: string) {
  const bare = addressee.replace(/^(?:aan\s+)?(?:de|het)\s+/iu, '');
  const chamber = /^[Vv]oorzitter van (?:de|het)\s+(.+)$/u.exec(bare)?.[1];
  return knownEntity(catalogue, chamber ?? bare, [EntityType.Organisation, EntityType.Person]);
}

/**
 * What a document's letters state by their form: each letter is part of the document, was written by its office
 * and signed by its signatory (who holds that office, or chairs the committee when signing as its voorzitter), is
 * addressed to its addressee, and holds the answers of its office (an answer letter) or the questions of the
 * factions (a committee letter); the factions' joins; the report's clerk and the committee that issued it.
 */
export function letterStructure(
  doc: ParsedDocument,
  catalogue: Catalogue,
  context: LinkContext,
  evidence: StructureEvidence,
  set: SuggestionSet,
): void {
  const whole = documentEnd(doc, catalogue);
  const rel = (s: ReturnType<StructureEvidence['at']>, type: R, from: RelationEnd, to: RelationEnd, rule: string) => {
    if (s) set.relation(s, { type, from, to, patternId: `structure:${rule}`, confidence: STRUCTURE_CONFIDENCE });
  };
  for (const part of doc.parts) {
    const letter = partEnd(doc, part, catalogue, evidence, set);
    if (!letter) continue;
    const heading = evidence.at(part.start);
    if (letter.id !== whole.id) rel(heading, R.PartOf, letter, whole, 'letter-part');
    const office = part.officeId ? catalogue.byId(part.officeId) : undefined;
    const signer = part.signatoryId ? catalogue.byId(part.signatoryId) : undefined;
    const signature = part.signatory ? evidence.containing(part.signatory, part.start, part.end) : undefined;
    if (office)
      rel(signature ?? heading, R.Authored, catalogueEnd(office, signature, part.office), letter, 'letter-writer');
    if (signer && signature) {
      const person = catalogueEnd(signer, signature, part.signatory);
      rel(signature, R.Authored, person, letter, 'letter-signatory');
      if (office && /^voorzitter van/iu.test(part.office ?? ''))
        rel(signature, R.Chairs, person, catalogueEnd(office, signature, part.office), 'signatory-chair');
      else if (office?.kind === 'office')
        rel(signature, R.HoldsOffice, person, catalogueEnd(office, signature, part.office), 'signatory-office');
    }
    if (part.addressee) {
      const to = addresseeEntity(catalogue, part.addressee);
      const line = evidence.containing(part.addressee, part.start, part.end);
      if (to && line)
        rel(
          line,
          R.AddressedTo,
          letter,
          catalogueEnd(to, line, part.addressee.replace(/^(?:de|het)\s+/iu, '')),
          'letter-addressee',
        );
    }
    if (part.kind === 'ANSWER_LETTER' && office)
      rel(signature ?? heading, R.AnsweredIn, catalogueEnd(office), letter, 'answer-letter');
    if (part.kind === 'COMMITTEE_LETTER') {
      const asked = new Set<string>();
      for (const q of doc.questions) {
        if (!q.factionId || q.start < part.start || q.start > part.end || asked.has(q.factionId)) continue;
        const faction = catalogue.byId(q.factionId);
        const s = evidence.at(q.start);
        if (!faction || !s) continue;
        asked.add(q.factionId);
        rel(s, R.AskedQuestionsIn, catalogueEnd(faction, s, q.faction), letter, 'questions');
      }
    }
  }
  // Schriftelijke vragen have no letters: the header names to whom the questions went and who answered them.
  if (!doc.parts.length) {
    const f = doc.family;
    const to = f.addressee ? addresseeEntity(catalogue, f.addressee) : undefined;
    const line = f.addressee ? evidence.containing(f.addressee) : undefined;
    if (to && line) rel(line, R.AddressedTo, whole, catalogueEnd(to, line, f.addressee), 'questions-addressee');
    const office = f.answeredBy?.role
      ? knownEntity(catalogue, f.answeredBy.role, [EntityType.Organisation])
      : undefined;
    const answer = f.answeredBy ? evidence.containing(`Antwoord van`) : undefined;
    if (office && answer) {
      rel(answer, R.AnsweredIn, catalogueEnd(office, answer, f.answeredBy?.role), whole, 'answer-header');
      const person = f.answeredBy ? knownEntity(catalogue, f.answeredBy.name, [EntityType.Person]) : undefined;
      if (person && office.kind === 'office')
        rel(
          answer,
          R.HoldsOffice,
          catalogueEnd(person, answer, f.answeredBy?.name),
          catalogueEnd(office),
          'answer-header',
        );
    }
  }
  // A document without letters that an office-holder signs at its end (a Tweede Kamer VSO's answers).
  const closing = closingSignature(doc, catalogue, context);
  const signed = closing ? evidence.containing(closing.nameText, closing.passage.start) : undefined;
  if (closing && signed) {
    const office = closing.office ? catalogueEnd(closing.office, signed, closing.officeText) : undefined;
    const person = closing.person ? catalogueEnd(closing.person, signed, closing.nameText) : undefined;
    if (office) rel(signed, R.Authored, office, whole, 'closing-signature');
    if (person) rel(signed, R.Authored, person, whole, 'closing-signature');
    if (office && person && closing.office?.kind === 'office')
      rel(signed, R.HoldsOffice, person, office, 'closing-signature');
  }
  // Questions outside a letter (schriftelijke vragen, a Tweede Kamer VSO) were asked in the document itself.
  const askedHere = new Set<string>();
  for (const q of doc.questions) {
    if (!q.factionId || doc.parts.some((p) => p.start <= q.start && q.start <= p.end) || askedHere.has(q.factionId))
      continue;
    const faction = catalogue.byId(q.factionId);
    const s = evidence.at(q.start);
    if (!faction || !s) continue;
    askedHere.add(q.factionId);
    rel(s, R.AskedQuestionsIn, catalogueEnd(faction, s, q.faction), whole, 'questions');
  }
  for (const j of doc.joins) {
    const a = j.factionId ? catalogue.byId(j.factionId) : undefined;
    const b = j.joinsId ? catalogue.byId(j.joinsId) : undefined;
    const s = evidence.containing(j.quote.slice(0, 60));
    if (a && b && s) rel(s, R.JoinsQuestionsOf, catalogueEnd(a, s, j.faction), catalogueEnd(b, s, j.joins), 'joins');
  }
  const clerk = doc.clerkId ? catalogue.byId(doc.clerkId) : undefined;
  if (clerk && doc.clerk) {
    const s = evidence.containing(doc.clerk);
    if (s) rel(s, R.ClerkOf, catalogueEnd(clerk, s, doc.clerk), whole, 'clerk');
  }
  // The report's committee: as the parser read it, else the committee its opening paragraphs name.
  const opening = doc.passages.slice(0, OPENING_PASSAGES).map((p) => p.order);
  const named = doc.mentions.find(
    (m) => opening.includes(m.passageOrder) && catalogue.byId(m.entityId)?.kind === 'committee',
  );
  const committeeId = doc.committeeId ?? named?.entityId;
  const committee = committeeId ? catalogue.byId(committeeId) : undefined;
  if (committee) {
    // "De commissie brengt bijgaand verslag uit …": the committee issues the report.
    // The committee issues a report of a written consultation or debate: by its "brengt … verslag uit" when the
    // text has one, else by the opening paragraph that names it.
    const passage =
      doc.passages.find((p) => /\b(?:brengt|brengen|bracht)\b[^.]*\bverslag\b[^.]*\buit\b/u.test(p.text)) ??
      (['VSO', 'COMMISSIEDEBAT'].includes(doc.meta.family ?? '') && named
        ? doc.passages.find((p) => p.order === named.passageOrder)
        : undefined);
    const s = passage
      ? passage.order === named?.passageOrder && named
        ? evidence.at(named.start)
        : evidence.at(passage.start)
      : undefined;
    if (s) rel(s, R.Published, catalogueEnd(committee), whole, 'report-issued');
  }
}
