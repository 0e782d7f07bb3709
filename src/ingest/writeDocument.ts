import type { ManagedTransaction } from 'neo4j-driver';
import type { Executor } from '../db/executor';
import { groupBy } from '../util/groupBy';
import { neoInts } from '../util/neoInts';
import { LABEL_OF_TYPE } from '../db/labels';
import { EntityType } from '../generated/graphql';
import { splitPages } from '../domain/pages';
import { searchFields } from '../domain/searchFields';
import { foldForSearch, normaliseWhitespace } from '../domain/text';
import { IngestError } from './ingestError';
import {
  commitmentRows,
  familyProps,
  REMOVE_STALE_COMMITMENTS,
  speakerTurnRows,
  WRITE_COMMITMENTS,
  WRITE_FAMILY,
  WRITE_SPEAKER_TURNS,
} from './familyRows';
import type { ParsedDocument } from './parseDocument';

/** Batch size for UNWIND writes: large documents are written in slices, all inside the one transaction. */
const BATCH = 1000;

export interface WriteReport {
  /** False when the graph already held this version of the document: nothing was written. */
  written: boolean;
  /** True when an earlier version of the document was replaced. */
  replaced: boolean;
  createdEntities: string[];
}

/** Node labels an ingest owns per document; everything with these labels and the document's id is replaced on re-ingest. */
const DERIVED = ['Passage', 'Question', 'Answer', 'DocumentPart', 'SpeakerTurn', 'UnresolvedMention'] as const;

/** What the graph holds under a document id: the entity and the last ingestion, if any. */
export const EXISTING_DOCUMENT = `OPTIONAL MATCH (e:Entity {id: $id}) OPTIONAL MATCH (i:Ingestion {documentId: $id})
  RETURN e.type AS type, e.origin AS origin, e.name AS name, i.version AS version, i.sourceName AS sourceName, i.title AS title`;

export interface ExistingDocument {
  type: string | null;
  origin: string | null;
  name: string | null;
  version: string | null;
  sourceName: string | null;
  title: string | null;
}

/**
 * An id clashes when it names an entity that is not a document, or a document ingested from another file with
 * another title (a file of the same name, or the same title, is a new version of the same document).
 */
export function assertNoClash(row: ExistingDocument, doc: ParsedDocument): void {
  if (row.type && row.type !== EntityType.Document) {
    throw new IngestError(
      'ID_CLASH',
      `id "${doc.id}" belongs to ${row.type} "${row.name}", not a document: pass another --id`,
    );
  }
  if (row.version && row.sourceName !== doc.sourceName && row.title !== (doc.title ?? null)) {
    throw new IngestError(
      'ID_CLASH',
      `id "${doc.id}" is already used by the document "${row.title ?? row.name}" ingested from ${row.sourceName}; pass another --id, or ingest a file of the same name to replace it`,
    );
  }
}

/**
 * Writes a parsed document in one transaction: the Document entity (created if new; a curated one is never
 * modified), its derived nodes (replacing an earlier version's), citations, mentions and faction joins, and an
 * Ingestion record. Same version → nothing written. An id used by another entity or another document → IngestError.
 */
export async function writeDocument(
  executor: Executor,
  doc: ParsedDocument,
  progress?: (stage: string, done: number, total: number) => void,
): Promise<WriteReport> {
  return executor.write('ingestDocument', async (tx) => {
    const existing = await tx.run(EXISTING_DOCUMENT, { id: doc.id });
    const row = existing.records[0]?.toObject() as ExistingDocument;
    assertNoClash(row, doc);
    if (row.version === doc.version) return { written: false, replaced: false, createdEntities: [] };

    const run = async (cypher: string, rows: unknown[], stage?: string) => {
      for (let i = 0; i < rows.length; i += BATCH) {
        await tx.run(cypher, { id: doc.id, rows: neoInts(rows.slice(i, i + BATCH)) });
        if (stage) progress?.(stage, Math.min(i + BATCH, rows.length), rows.length);
      }
    };
    await upsertDocumentEntity(tx, doc, row.origin);
    for (const label of DERIVED) await tx.run(`MATCH (n:${label} {documentId: $id}) DETACH DELETE n`, { id: doc.id });
    await tx.run('MATCH ()-[r:JOINS {documentId: $id}]->() DELETE r', { id: doc.id });
    // Faction and office facts this document stated about persons it created (origin ingest; curated ones stay).
    // One relationship per person, type and target (id <from>--<TYPE>--><to>, as curated ones), its evidence
    // gathered from every document that states it: this document's evidence goes, the others' stays.
    await tx.run(
      `MATCH ()-[r:MEMBER_OF|HOLDS_OFFICE {origin: 'ingest'}]->() WHERE $id IN r.evidenceDocumentIds
       WITH r, [i IN range(0, size(r.evidenceDocumentIds) - 1) WHERE r.evidenceDocumentIds[i] <> $id] AS keep
       SET r.evidenceDocumentIds = [i IN keep | r.evidenceDocumentIds[i]], r.evidencePages = [i IN keep | r.evidencePages[i]],
           r.evidenceQuotes = [i IN keep | r.evidenceQuotes[i]]
       WITH r WHERE size(r.evidenceDocumentIds) = 0 DELETE r`,
      { id: doc.id },
    );
    const createdEntities: string[] = [];
    // Persons the document names that the catalogue lacks, before the parts and mentions that link to them. The id
    // comes from the name, so a second document naming the same person links to the Person the first created.
    if (doc.newPersons.length) {
      const res = await tx.run(
        `UNWIND $rows AS row
         MERGE (e:Entity {id: row.id})
         ON CREATE SET e:${LABEL_OF_TYPE[EntityType.Person]}, e += row.props, e.created = true
         WITH e WHERE e.created REMOVE e.created RETURN e.id AS id`,
        { rows: neoInts(doc.newPersons.map((p) => ({ id: p.id, props: personProps(p, doc.id) }))) },
      );
      createdEntities.push(...res.records.map((r) => r.get('id') as string));
    }

    const pid = (order: number) => `${doc.id}/passage/${String(order + 1).padStart(4, '0')}`;
    await run(
      `UNWIND $rows AS row MATCH (d:Entity {id: $id})
       CREATE (p:Passage {id: row.id, documentId: $id, order: row.order, page: row.page, kind: row.kind, start: row.start, end: row.end, text: row.text, normText: row.normText})
       CREATE (d)-[:HAS_PASSAGE]->(p)
       FOREACH (_ IN CASE WHEN row.footnote IS NULL THEN [] ELSE [1] END | SET p:Footnote, p.number = row.footnote.number, p.urls = row.footnote.urls)`,
      doc.passages.map((p) => ({
        id: pid(p.order),
        order: p.order,
        page: p.page,
        kind: p.kind,
        start: p.start,
        end: p.end,
        text: p.text,
        normText: normaliseWhitespace(p.text),
        footnote: p.footnote ?? null,
      })),
      'passages',
    );
    await run(
      `UNWIND $rows AS row
       MATCH (p:Passage {id: row.from}) MATCH (f:Passage {id: row.to})
       CREATE (p)-[:REFERS_TO_FOOTNOTE {offset: row.offset}]->(f)`,
      doc.footnoteRefs.map((r) => ({
        from: pid(r.passageOrder),
        to: pid(doc.passages.find((p) => p.footnote?.number === r.number)?.order ?? -1),
        offset: r.offset,
      })),
    );
    await run(
      `UNWIND $rows AS row MATCH (d:Entity {id: $id})
       CREATE (p:DocumentPart {id: row.id, documentId: $id, order: row.order, kind: row.kind, title: row.title, date: row.date, addressee: row.addressee,
                               signatory: row.signatory, office: row.office, page: row.page, start: row.start, end: row.end})
       CREATE (d)-[:HAS_PART]->(p)
       WITH p, row
       OPTIONAL MATCH (s:Entity {id: row.signatoryId}) OPTIONAL MATCH (o:Entity {id: row.officeId})
       FOREACH (_ IN CASE WHEN s IS NULL THEN [] ELSE [1] END | CREATE (p)-[:SIGNED_BY]->(s))
       FOREACH (_ IN CASE WHEN o IS NULL THEN [] ELSE [1] END | CREATE (p)-[:WRITTEN_BY]->(o))`,
      doc.parts.map((p) => ({
        ...p,
        id: `${doc.id}/part/${p.order}`,
        date: p.date ?? null,
        addressee: p.addressee ?? null,
        signatory: p.signatory ?? null,
        office: p.office ?? null,
        signatoryId: p.signatoryId ?? null,
        officeId: p.officeId ?? null,
      })),
    );
    const factionKey = (f: string) => foldForSearch(f).replace(/ /g, '-');
    // A faction's question number can recur (two rounds of questions in one text): later ones get a suffix.
    const uniqueId = (() => {
      const seen = new Map<string, number>();
      return (base: string) => {
        const n = (seen.get(base) ?? 0) + 1;
        seen.set(base, n);
        return n === 1 ? base : `${base}-${n}`;
      };
    })();
    const questionIds = doc.questions.map((q) => uniqueId(`${doc.id}/question/${factionKey(q.faction)}-${q.number}`));
    const answerIds = doc.answers.map((a) =>
      uniqueId(`${doc.id}/answer/${factionKey(a.faction)}-${a.numbers.join('-')}`),
    );
    await run(
      `UNWIND $rows AS row MATCH (d:Entity {id: $id})
       CREATE (q:Question {id: row.id, documentId: $id, faction: row.faction, number: row.number, text: row.text, page: row.page, start: row.start, end: row.end, order: row.order})
       CREATE (d)-[:HAS_QUESTION]->(q)
       WITH q, row OPTIONAL MATCH (f:Entity {id: row.factionId})
       FOREACH (_ IN CASE WHEN f IS NULL THEN [] ELSE [1] END | CREATE (q)-[:ASKED_BY]->(f))`,
      doc.questions.map((q, order) => ({ ...q, order, id: questionIds[order], factionId: q.factionId ?? null })),
    );
    await run(
      `UNWIND $rows AS row MATCH (d:Entity {id: $id})
       CREATE (a:Answer {id: row.id, documentId: $id, faction: row.faction, numbers: row.numbers, label: row.label, text: row.text, page: row.page, start: row.start, end: row.end, order: row.order})
       CREATE (d)-[:HAS_ANSWER]->(a)
       WITH a, row MATCH (q:Question {documentId: $id, faction: row.faction}) WHERE q.number IN row.numbers
       CREATE (a)-[:ANSWERS]->(q)`,
      doc.answers.map((a, order) => ({ ...a, order, id: answerIds[order] })),
    );
    await run(
      `UNWIND $rows AS row MATCH (a:Answer {id: row.from})
       MATCH (b:Answer {documentId: $id, faction: row.faction}) WHERE b <> a AND (row.all OR any(n IN b.numbers WHERE n IN row.numbers))
       MERGE (a)-[:REFERS_TO]->(b)`,
      doc.answers.flatMap((a, i) =>
        a.refersTo.map((r) => ({
          from: answerIds[i],
          faction: r.faction,
          all: r.numbers === 'ALL',
          numbers: r.numbers === 'ALL' ? [] : r.numbers,
        })),
      ),
    );
    await run(
      `UNWIND $rows AS row MATCH (a:Entity {id: row.factionId}) MATCH (b:Entity {id: row.joinsId})
       CREATE (a)-[:JOINS {documentId: $id, quote: row.quote, page: row.page}]->(b)`,
      doc.joins.filter((j) => j.factionId && j.joinsId),
    );
    // Documents and toezeggingen that citations name but the graph did not have yet.
    const creations = [
      ...new Map(doc.citations.filter((c) => c.create).map((c) => [c.create!.id, c.create!])).values(),
    ];
    for (const [type, rows] of groupBy(creations, (c) => c.type)) {
      const res = await tx.run(
        `UNWIND $rows AS row
         MERGE (e:Entity {id: row.id})
         ON CREATE SET e:${LABEL_OF_TYPE[type as EntityType]}, e += row.props, e.created = true
         WITH e WHERE e.created REMOVE e.created RETURN e.id AS id`,
        { rows: neoInts(rows.map((c) => ({ id: c.id, props: citedEntityProps(c, doc.id) }))) },
      );
      createdEntities.push(...res.records.map((r) => r.get('id') as string));
    }
    await run(
      `UNWIND $rows AS row MATCH (p:Passage {id: row.passage}) MATCH (t:Entity {id: row.target})
       CREATE (p)-[:CITATION {kind: row.kind, identifier: row.identifier, identifierKey: toLower(row.identifier), text: row.text, start: row.start, end: row.end,
                              locator: row.locator, submitters: row.submitters}]->(t)`,
      doc.citations
        .filter((c) => c.targetId)
        .map((c) => ({
          passage: pid(c.passageOrder),
          target: c.targetId,
          kind: c.kind,
          identifier: c.identifier,
          text: c.text,
          start: c.start,
          end: c.end,
          locator: c.locator ?? null,
          submitters: c.submitters ?? [],
        })),
    );
    await run(
      `UNWIND $rows AS row MATCH (p:Passage {id: row.passage}) MATCH (e:Entity {id: row.entity})
       CREATE (p)-[:MENTIONS {matched: row.matched, start: row.start, end: row.end, role: row.role, party: row.party}]->(e)`,
      doc.mentions.map((m) => ({
        passage: pid(m.passageOrder),
        entity: m.entityId,
        matched: m.matched,
        start: m.start,
        end: m.end,
        role: m.role ?? null,
        party: m.party ?? null,
      })),
      'mentions',
    );
    // Names left unlinked: a node per occurrence with the entities it could mean (none chosen).
    await run(
      `UNWIND $rows AS row MATCH (p:Passage {id: row.passage})
       CREATE (u:UnresolvedMention {id: row.id, documentId: $id, matched: row.matched, start: row.start, end: row.end, reason: row.reason})
       CREATE (p)-[:HAS_UNRESOLVED_MENTION]->(u)
       WITH u, row UNWIND row.candidates AS candidate MATCH (e:Entity {id: candidate})
       CREATE (u)-[:CANDIDATE]->(e)`,
      doc.unresolvedMentions.map((u, i) => ({
        id: `${doc.id}/unresolved/${i + 1}`,
        passage: pid(u.passageOrder),
        matched: u.matched,
        start: u.start,
        end: u.end,
        reason: u.reason,
        candidates: u.candidates,
      })),
    );
    // What the document says about the persons it created: their faction and office at its date, with evidence.
    for (const [type, links] of [
      ['MEMBER_OF', doc.memberships],
      ['HOLDS_OFFICE', doc.offices],
    ] as const) {
      await run(
        `UNWIND $rows AS row MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to})
         MERGE (a)-[r:${type} {id: row.relId}]->(b)
         ON CREATE SET r.origin = 'ingest', r.evidenceDocumentIds = [], r.evidencePages = [], r.evidenceQuotes = []
         SET r.evidenceDocumentIds = r.evidenceDocumentIds + $id, r.evidencePages = r.evidencePages + row.page, r.evidenceQuotes = r.evidenceQuotes + row.quote`,
        links.map((l) => ({
          relId: `${l.personId}--${type}-->${l.targetId}`,
          from: l.personId,
          to: l.targetId,
          page: l.page,
          quote: l.quote,
        })),
      );
    }
    // A person an earlier version of this document created and nothing links to any more.
    await tx.run(
      "MATCH (p:Entity {origin: 'ingest', type: $person}) WHERE p.sourceDocumentId = $id AND NOT (p)--() DELETE p",
      { id: doc.id, person: EntityType.Person },
    );
    await tx.run(
      `MERGE (i:Ingestion {documentId: $id})
       SET i.version = $version, i.sourceName = $sourceName, i.title = $title, i.kind = $kind, i.structures = $structures,
           i.warnings = $warnings, i.pageCount = $pageCount, i.counts = $counts`,
      neoInts({
        id: doc.id,
        version: doc.version,
        sourceName: doc.sourceName,
        title: doc.title ?? null,
        kind: doc.kind,
        structures: doc.structures,
        warnings: doc.warnings,
        pageCount: doc.pageCount,
        counts: [
          doc.passages.length,
          doc.questions.length,
          doc.answers.length,
          doc.passages.filter((p) => p.footnote).length,
          doc.citations.length,
          doc.mentions.length,
        ],
      }),
    );
    await tx.run(WRITE_FAMILY, neoInts({ id: doc.id, props: familyProps(doc) }));
    await run(WRITE_SPEAKER_TURNS, speakerTurnRows(doc));
    const commitments = commitmentRows(doc);
    await tx.run(REMOVE_STALE_COMMITMENTS, { id: doc.id, keep: commitments.map((c) => c.id) });
    await run(WRITE_COMMITMENTS, commitments);
    return { written: true, replaced: Boolean(row.version), createdEntities };
  });
}

/** A new document gets an entity owned by the ingest; a curated one (origin seed) is left exactly as it is. */
async function upsertDocumentEntity(tx: ManagedTransaction, doc: ParsedDocument, origin: string | null): Promise<void> {
  if (origin && origin !== 'ingest' && origin !== 'citation') return;
  const name = doc.title ?? doc.sourceName;
  const description = `${doc.kind.replace(/-/g, ' ')} of ${doc.pageCount} page(s), ingested from ${doc.sourceName}`;
  const props = {
    id: doc.id,
    type: EntityType.Document,
    origin: 'ingest',
    name,
    aliases: [],
    kind: doc.kind,
    description,
    ...searchFields(name, [], description),
    identifiers: [],
    hasText: true,
    pages: splitPages(doc.text),
    ...(doc.date ? { date: doc.date } : {}),
  };
  await tx.run(`MERGE (d:Entity {id: $id}) SET d = $props, d:${LABEL_OF_TYPE[EntityType.Document]}`, {
    id: doc.id,
    props,
  });
}

/** A person the ingest creates: marked as coming from this document (origin ingest, sourceDocumentId), not curated. */
function personProps(p: { id: string; name: string }, documentId: string) {
  const description = `Named in ${documentId}; not yet described.`;
  return {
    id: p.id,
    type: EntityType.Person,
    origin: 'ingest',
    sourceDocumentId: documentId,
    name: p.name,
    aliases: [],
    identifiers: [],
    description,
    ...searchFields(p.name, [], description),
  };
}

function citedEntityProps(
  c: { id: string; type: EntityType; name: string; kind: string; identifiers: string[]; date?: string },
  documentId: string,
) {
  return {
    id: c.id,
    type: c.type,
    origin: 'citation',
    name: c.name,
    aliases: [],
    kind: c.kind,
    identifiers: c.identifiers,
    description: `Cited in ${documentId}; not yet described.`,
    ...searchFields(c.name, [], ''),
    ...(c.type === EntityType.Document ? { hasText: false } : {}),
    ...(c.date ? { date: c.date } : {}),
  };
}
