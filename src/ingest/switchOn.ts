import type { ManagedTransaction } from 'neo4j-driver';
import type { Executor } from '../db/executor';
import { neoInts } from '../util/neoInts';
import { existingDocument, type ExistingDocument } from './documentIdentity';
import { documentEntityProps } from './documentRows';
import { familyProps, REMOVE_STALE_COMMITMENTS, WRITE_COMMITMENTS } from './familyRows';
import { IngestError } from './ingestError';
import type { ParsedDocument } from './parseDocument';
import { switchStaged } from './stagedWrite';
import type { SuggestionRow, WriteSet } from './writeSet';

/**
 * A person's faction and office as documents state them: one relationship per person, type and target (id
 * `<from>--<TYPE>--><to>`, as curated ones), its evidence gathered from every document that states it. This
 * document's evidence goes; the others' stays; a relationship left with none goes.
 */
export const DROP_DOCUMENT_EVIDENCE = `MATCH ()-[r:MEMBER_OF|HOLDS_OFFICE {origin: 'ingest'}]->() WHERE $id IN r.evidenceDocumentIds
  WITH r, [i IN range(0, size(r.evidenceDocumentIds) - 1) WHERE r.evidenceDocumentIds[i] <> $id] AS keep
  SET r.evidenceDocumentIds = [i IN keep | r.evidenceDocumentIds[i]], r.evidencePages = [i IN keep | r.evidencePages[i]],
      r.evidenceQuotes = [i IN keep | r.evidenceQuotes[i]]
  WITH r WHERE size(r.evidenceDocumentIds) = 0 DELETE r`;

const ADD_EVIDENCE = (type: 'MEMBER_OF' | 'HOLDS_OFFICE') => `UNWIND $rows AS row
  MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to})
  MERGE (a)-[r:${type} {id: row.relId}]->(b)
  ON CREATE SET r.origin = 'ingest', r.evidenceDocumentIds = [], r.evidencePages = [], r.evidenceQuotes = []
  SET r.evidenceDocumentIds = r.evidenceDocumentIds + $id, r.evidencePages = r.evidencePages + row.page,
      r.evidenceQuotes = r.evidenceQuotes + row.quote`;

export const DROP_JOINS = 'MATCH ()-[r:JOINS {documentId: $id}]->() DELETE r';

/**
 * The switch: checks nobody changed the document meanwhile, makes the staged version live, writes the facts
 * between entities the document states (JOINS, faction and office evidence, its toezeggingen), updates an
 * ingest-owned Document entity and writes the Ingestion record (with the document's meta, for the list's filters).
 * Every statement here is proportional to the document's nodes in a few short properties, or to its names.
 */
export async function switchOn(
  tx: ManagedTransaction,
  doc: ParsedDocument,
  set: WriteSet,
  stage: string,
  before: ExistingDocument,
  staged: string[],
): Promise<void> {
  const id = doc.id;
  const now = await existingDocument(tx, id);
  if (now.version !== before.version || Boolean(now.type) !== Boolean(before.type)) {
    throw new IngestError(
      'CONCURRENT_WRITE',
      `${id} was changed by another run while this one was writing; run the ingest again`,
    );
  }
  const live = Boolean(before.version);
  await switchStaged(tx, set, stage, id, live);
  // What an earlier version stated goes first (a new document has stated nothing yet).
  if (live) {
    await tx.run(DROP_JOINS, { id });
    await tx.run(DROP_DOCUMENT_EVIDENCE, { id });
    await tx.run(REMOVE_STALE_COMMITMENTS, { id, keep: set.commitments.map((c) => c.id) });
  }
  if (set.joins.length)
    await tx.run(
      `UNWIND $rows AS row MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to})
     CREATE (a)-[:JOINS {documentId: $id, quote: row.quote, page: row.page}]->(b)`,
      neoInts({ id, rows: set.joins }),
    );
  for (const type of ['MEMBER_OF', 'HOLDS_OFFICE'] as const) {
    const rows = set.evidencedLinks
      .filter((l) => l.type === type)
      .map((l) => ({ ...l, relId: `${l.from}--${type}-->${l.to}` }));
    if (rows.length) await tx.run(ADD_EVIDENCE(type), neoInts({ id, rows }));
  }
  if (set.commitments.length) await tx.run(WRITE_COMMITMENTS, neoInts({ id, rows: set.commitments }));
  await writeSuggestions(tx, id, set.suggestions);
  if (before.origin === 'ingest' || before.origin === 'citation') {
    await tx.run('MATCH (d:Entity {id: $id}) SET d = $props', neoInts({ id, props: documentEntityProps(doc) }));
  }
  const created = staged.filter((e) => e !== id);
  const counts = [
    doc.passages.length,
    doc.questions.length,
    doc.answers.length,
    doc.passages.filter((p) => p.footnote).length,
    doc.citations.length,
    doc.mentions.length,
  ];
  await tx.run(
    'MERGE (i:Ingestion {documentId: $id}) SET i = $props',
    neoInts({
      id,
      props: {
        ...familyProps(doc),
        documentId: id,
        version: doc.version,
        sourceName: doc.sourceName,
        title: doc.title ?? null,
        kind: doc.kind,
        structures: doc.structures,
        warnings: doc.warnings,
        pageCount: doc.pageCount,
        counts,
        date: doc.meta.date ?? doc.date ?? null,
        // Entities an earlier version created stay this document's to remove, if nothing else took them up.
        createdEntities: [...new Set([...before.createdEntities, ...created])].sort(),
      },
    }),
  );
}

/**
 * The document's suggestions: new ones pending, pending ones refreshed, decided ones (accepted, rejected) left as
 * they are, so a rejection holds for the same evidence after a re-ingest; pending ones the new version no longer
 * gives go.
 */
async function writeSuggestions(tx: ManagedTransaction, id: string, rows: readonly SuggestionRow[]): Promise<void> {
  await tx.run("MATCH (s:Suggestion {documentId: $id, status: 'PENDING'}) WHERE NOT s.id IN $ids DELETE s", {
    id,
    ids: rows.map((r) => r.id),
  });
  if (!rows.length) return;
  await tx.run(
    // A relation the graph already has (curated, or accepted from another document) is not suggested again.
    `UNWIND $rows AS row
     WITH row WHERE row.props.kind <> 'RELATION' OR NOT EXISTS {
       MATCH (:Entity {id: row.props.fromId})-[r]->(:Entity {id: row.props.toId}) WHERE type(r) = row.props.relationType }
     MERGE (s:Suggestion {id: row.id})
     ON CREATE SET s.status = 'PENDING'
     WITH s, row WHERE s.status = 'PENDING' SET s += row.props`,
    neoInts({ rows }),
  );
}

/** An entity is in use when anything links to it or a curated relation's evidence names it as its document. */
export const IN_USE = (except: string) => `(EXISTS { MATCH (e)--(x) WHERE ${except} }
  OR EXISTS { MATCH (:Entity)-[r]->(:Entity) WHERE r.evidenceDocumentIds IS NOT NULL AND e.id IN r.evidenceDocumentIds })`;

/**
 * Deletes the entities this document's ingests created (cited documents, persons) that nothing uses any more, and
 * keeps the Ingestion's list to those that remain. Run after the sweep, when no retired node links to them.
 */
export async function pruneCreatedEntities(executor: Executor, documentId: string): Promise<string[]> {
  return executor.write('pruneCreatedEntities', async (tx) => {
    const res = await tx.run(
      `MATCH (i:Ingestion {documentId: $id})
       CALL (i) {
         UNWIND i.createdEntities AS cid MATCH (e:Entity {id: cid})
         WHERE e.origin IN ['citation', 'ingest'] AND NOT ${IN_USE('true')}
         RETURN collect(e) AS gone
       }
       WITH i, gone, [x IN gone | x.id] AS goneIds
       FOREACH (x IN gone | DELETE x)
       SET i.createdEntities = [c IN i.createdEntities WHERE NOT c IN goneIds]
       RETURN goneIds`,
      { id: documentId },
    );
    return (res.records[0]?.get('goneIds') as string[] | undefined) ?? [];
  });
}
