import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Executor } from '../db/executor';
import { neoInts } from '../util/neoInts';
import { assertSameDocument, existingDocument, type ExistingDocument } from './documentIdentity';
import { documentEntityProps, documentRows } from './documentRows';
import { IngestError } from './ingestError';
import type { ParsedDocument } from './parseDocument';
import { leftoversExist, ownTransactions, stageWriteSet, sweepLeftovers, sweepStage, switchStaged, writeSetSize, type Progress, type Writer } from './stagedWrite';
import type { WriteSet } from './writeSet';

/**
 * A document of at most this many rows is staged and switched in one transaction (a few MB of transaction state):
 * for the ordinary ten-page document that saves some twenty transactions, and one transaction is all-or-nothing by
 * itself. Larger documents are staged in batches of their own transactions and switched on in a small final one.
 */
const ONE_TRANSACTION_ROWS = 6000;

export interface WriteReport {
  /** False when the graph already held this version of the document: nothing was written. */
  written: boolean;
  /** True when an earlier version of the document was replaced. */
  replaced: boolean;
  /** The version that was (or, in a dry run, would be) replaced: title, file, identifier. */
  replacedDocument: ExistingDocument | null;
  createdEntities: string[];
}

export interface WriteOptions {
  /** The caller states that this is a new version of the document already under this id. */
  replace?: boolean;
  progress?: Progress;
}

/**
 * Writes a parsed document, all-or-nothing whatever its size: the rows are staged in batches (invisible to readers),
 * then one small transaction retires the old version and switches the staged one on, and the retired nodes are
 * swept. A failure before the switch leaves the old version served; its staged rest is swept now, or by the next
 * run if the process died. Same version → nothing written. A curated Document entity is never modified.
 */
export async function writeDocument(executor: Executor, doc: ParsedDocument, opts: WriteOptions = {}): Promise<WriteReport> {
  const before = await executor.read('ingestExisting', (tx) => existingDocument(tx, doc.id));
  assertSameDocument(before, doc, Boolean(opts.replace));
  if (before.version === doc.version) return { written: false, replaced: false, replacedDocument: null, createdEntities: [] };

  if (await leftoversExist(executor, doc.id)) await sweepLeftovers(ownTransactions(executor), doc.id);
  const stage = randomUUID();
  const rows = documentRows(doc);
  const set: WriteSet = before.type ? rows : { ...rows, entities: [...rows.entities, { id: doc.id, label: 'Document', props: documentEntityProps(doc) }] };
  if (writeSetSize(set) <= ONE_TRANSACTION_ROWS) {
    const created = await executor.write('ingestDocument', async (tx) => {
      const inTx: Writer = (_name, work) => work(tx);
      const c = await stageWriteSet(inTx, set, stage, doc.id, opts.progress);
      await switchOn(tx, doc, set, stage, before, c);
      await sweepStage(inTx, stage);
      return c;
    });
    return report(before, created, doc.id);
  }
  const own = ownTransactions(executor);
  let created: string[];
  try {
    created = await stageWriteSet(own, set, stage, doc.id, opts.progress);
    await executor.write('switchDocument', (tx) => switchOn(tx, doc, set, stage, before, created));
  } catch (e) {
    await sweepStage(own, stage).catch(() => undefined);
    throw e;
  }
  await sweepStage(own, stage);
  return report(before, created, doc.id);
}

const report = (before: ExistingDocument, created: string[], id: string): WriteReport => ({
  written: true, replaced: Boolean(before.version), replacedDocument: before.version ? before : null, createdEntities: created.filter((e) => e !== id),
});

/**
 * The switch: checks nobody changed the document meanwhile, makes the staged version live, updates an
 * ingest-owned Document entity and writes the Ingestion record (with the document's meta, for the list's filters).
 */
async function switchOn(tx: ManagedTransaction, doc: ParsedDocument, set: WriteSet, stage: string, before: ExistingDocument, staged: string[]): Promise<void> {
  const created = staged.filter((id) => id !== doc.id);
  const now = await existingDocument(tx, doc.id);
  if (now.version !== before.version || Boolean(now.type) !== Boolean(before.type)) {
    throw new IngestError('CONCURRENT_WRITE', `${doc.id} was changed by another run while this one was writing; run the ingest again`);
  }
  await switchStaged(tx, set, stage, doc.id);
  if (before.origin === 'ingest' || before.origin === 'citation') {
    await tx.run('MATCH (d:Entity {id: $id}) SET d = $props', neoInts({ id: doc.id, props: documentEntityProps(doc) }));
  }
  const counts = [doc.passages.length, doc.questions.length, doc.answers.length, doc.passages.filter((p) => p.footnote).length, doc.citations.length, doc.mentions.length];
  await tx.run(
    `MERGE (i:Ingestion {documentId: $id})
     SET i.version = $version, i.sourceName = $sourceName, i.title = $title, i.kind = $kind, i.structures = $structures,
         i.warnings = $warnings, i.pageCount = $pageCount, i.counts = $counts, i.family = $meta.family, i.familyEvidence = $meta.familyEvidence,
         i.chamber = $meta.chamber, i.date = $date, i.sourceIdentifier = $meta.sourceIdentifier, i.createdEntities = $createdEntities`,
    neoInts({
      id: doc.id, version: doc.version, sourceName: doc.sourceName, title: doc.title ?? null, kind: doc.kind, structures: doc.structures,
      warnings: doc.warnings, pageCount: doc.pageCount, counts, meta: { ...doc.meta, familyEvidence: [...doc.meta.familyEvidence] },
      date: doc.meta.date ?? doc.date ?? null,
      // Entities an earlier version created stay this document's to remove, if nothing else took them up.
      createdEntities: [...new Set([...before.createdEntities, ...created])].sort(),
    }),
  );
}
