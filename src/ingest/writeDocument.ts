import { randomUUID } from 'node:crypto';
import type { Executor } from '../db/executor';
import { assertSameDocument, existingDocument, type ExistingDocument } from './documentIdentity';
import { documentEntityProps, documentRows } from './documentRows';
import { pruneCreatedEntities, switchOn } from './switchOn';
import type { ParsedDocument } from './parseDocument';
import {
  ownTransactions,
  stageWriteSet,
  sweepLeftovers,
  sweepStage,
  writeSetSize,
  type Progress,
  type Writer,
} from './stagedWrite';
import type { SuggestionRow, WriteSet } from './writeSet';

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
  /** What suggest/ proposes for this document (stored for review at the switch). */
  suggestions?: readonly SuggestionRow[];
}

/**
 * Writes a parsed document, all-or-nothing whatever its size: the rows are staged (invisible to readers), one
 * small transaction retires the old version and switches the staged one on, and the retired nodes are swept
 * (stagedWrite.ts). A failure before the switch leaves the old version served; its staged rest is swept now, or
 * by the next run if the process died. Same version → nothing written. A curated Document entity is never modified.
 */
export async function writeDocument(
  executor: Executor,
  doc: ParsedDocument,
  opts: WriteOptions = {},
): Promise<WriteReport> {
  const before = await executor.read('ingestExisting', (tx) => existingDocument(tx, doc.id));
  assertSameDocument(before, doc, Boolean(opts.replace));
  if (before.version === doc.version)
    return { written: false, replaced: false, replacedDocument: null, createdEntities: [] };

  if (before.leftovers) await sweepLeftovers(ownTransactions(executor), doc.id);
  const stage = randomUUID();
  const rows = { ...documentRows(doc), suggestions: opts.suggestions ?? [] };
  const set: WriteSet = before.type
    ? rows
    : { ...rows, entities: [{ id: doc.id, label: 'Document', props: documentEntityProps(doc) }, ...rows.entities] };
  let created: string[];
  if (writeSetSize(set) <= ONE_TRANSACTION_ROWS) {
    created = await executor.write('ingestDocument', async (tx) => {
      const inTx: Writer = (_name, work) => work(tx);
      const staged = await stageWriteSet(inTx, set, stage, doc.id, opts.progress);
      await switchOn(tx, doc, set, stage, before, staged);
      // The switch made every staged node live; what is left to delete is the version it retired.
      if (before.version) await sweepStage(inTx, stage);
      return staged;
    });
  } else {
    const own = ownTransactions(executor);
    try {
      created = await stageWriteSet(own, set, stage, doc.id, opts.progress);
      opts.progress?.('switching on', 0, 1);
      await executor.write('switchDocument', (tx) => switchOn(tx, doc, set, stage, before, created));
    } catch (e) {
      await sweepStage(own, stage).catch(() => undefined);
      throw e;
    }
    await sweepStage(own, stage);
  }
  // Entities an earlier version created and nothing uses any more (a person no longer named).
  if (before.version) await pruneCreatedEntities(executor, doc.id);
  return {
    written: true,
    replaced: Boolean(before.version),
    replacedDocument: before.version ? before : null,
    createdEntities: created.filter((e) => e !== doc.id),
  };
}
