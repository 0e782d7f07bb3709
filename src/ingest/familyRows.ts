import { EntityType } from '../generated/graphql';
import { searchFields } from '../domain/searchFields';
import { dutchDate } from './dutchDate';
import type { ParsedDocument } from './parseDocument';

/**
 * Rows and Cypher for what the family parsers add to a document: its family on the Ingestion (and on an
 * ingest-owned Document), speaker turns, and the toezeggingen of a debate report as Commitment entities. Each is
 * a small builder so the write mechanism can run them in whatever batches and stages it uses.
 */

/** Longest Commitment name; the whole toezegging is its description. */
const MAX_NAME = 120;

/** Family, meta and the family's scalar findings as flat properties of the Ingestion node (Neo4j properties hold no maps). */
export function familyProps(doc: ParsedDocument): Record<string, unknown> {
  const f = doc.family;
  return {
    family: doc.meta.family,
    familyEvidence: doc.meta.familyEvidence,
    chamber: doc.meta.chamber,
    date: doc.meta.date,
    sourceIdentifier: doc.meta.sourceIdentifier,
    askerNames: f.askers.map((a) => a.name),
    askerParties: f.askers.map((a) => a.party ?? ''),
    addressee: f.addressee ?? null,
    submitted: f.submitted ?? null,
    received: f.received ?? null,
    answeredByName: f.answeredBy?.name ?? null,
    answeredByRole: f.answeredBy?.role ?? null,
    postponement: f.postponement?.text ?? null,
    postponementDate: f.postponement?.date ?? null,
    presentNames: f.present.map((p) => p.name),
    presentRoles: f.present.map((p) => p.role ?? ''),
    headingTexts: f.headings.map((h) => h.text),
    headingPages: f.headings.map((h) => h.page),
    motionKind: f.motion?.kind ?? null,
    motionDossier: f.motion?.dossier ?? null,
    motionSubmitters: f.motion?.submitters ?? [],
    motionOperative: f.motion?.operative ?? null,
    motionPage: f.motion?.page ?? null,
  };
}

export const speakerTurnId = (documentId: string, order: number) =>
  `${documentId}/turn/${String(order).padStart(4, '0')}`;

export function speakerTurnRows(doc: ParsedDocument) {
  return doc.family.speakerTurns.map((t) => ({
    id: speakerTurnId(doc.id, t.order),
    order: t.order,
    speaker: t.speaker,
    party: t.party ?? null,
    office: t.office ?? null,
    interruption: t.interruption,
    text: t.text,
    page: t.page,
    start: t.start,
    end: t.end,
  }));
}

/** A toezegging's Commitment id: stable per document and position, so a re-ingest keeps curated links to it. */
export const commitmentId = (documentId: string, order: number) => `${documentId}-toezegging-${order}`;

export function commitmentRows(doc: ParsedDocument) {
  return doc.family.commitments.map((c) => {
    const name = c.text.length > MAX_NAME ? `${c.text.slice(0, MAX_NAME - 1).trimEnd()}…` : c.text;
    const due = c.deadline ? dutchDate(c.deadline) : undefined;
    return {
      id: commitmentId(doc.id, c.order),
      page: c.page,
      start: c.start,
      end: c.end,
      quote: c.text,
      props: {
        type: EntityType.Commitment,
        origin: 'ingest',
        documentId: doc.id,
        name,
        aliases: [],
        kind: 'toezegging',
        identifiers: [],
        description: c.text,
        owner: c.owner,
        deadline: c.deadline ?? null,
        ...(due ? { date: due } : {}),
        ...searchFields(name, [], c.text),
      },
    };
  });
}

/** Toezeggingen of an earlier version that the new one no longer lists; curated commitments are never touched. */
export const REMOVE_STALE_COMMITMENTS = `MATCH (c:Entity:Commitment {documentId: $id, origin: 'ingest'}) WHERE NOT c.id IN $keep DETACH DELETE c`;

export const WRITE_COMMITMENTS = `UNWIND $rows AS row MATCH (d:Entity {id: $id})
  MERGE (c:Entity {id: row.id})
  WITH d, c, row WHERE c.origin IS NULL OR c.origin = 'ingest'
  SET c:Commitment, c += row.props
  WITH d, c, row
  OPTIONAL MATCH (d)-[old:RECORDS_COMMITMENT]->(c) DELETE old
  WITH d, c, row
  CREATE (d)-[:RECORDS_COMMITMENT {page: row.page, start: row.start, end: row.end, quote: row.quote}]->(c)`;
