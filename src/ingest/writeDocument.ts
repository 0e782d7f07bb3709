import { randomUUID } from 'node:crypto';
import type { Executor } from '../db/executor';
import { neoInts } from '../util/neoInts';
import { assertSameDocument, existingDocument, type ExistingDocument } from './documentIdentity';
import { documentEntityProps, documentRows } from './documentRows';
import { IngestError } from './ingestError';
import type { ParsedDocument } from './parseDocument';
import { stageWriteSet, sweepLeftovers, sweepStage, switchStaged, type Progress } from './stagedWrite';

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

  await sweepLeftovers(executor, doc.id);
  const stage = randomUUID();
  const rows = documentRows(doc);
  const set = before.type ? rows : { ...rows, entities: [...rows.entities, { id: doc.id, label: 'Document', props: documentEntityProps(doc) }] };
  let created: string[];
  try {
    created = (await stageWriteSet(executor, set, stage, doc.id, opts.progress)).filter((id) => id !== doc.id);
    await executor.write('switchDocument', async (tx) => {
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
    });
  } catch (e) {
    await sweepStage(executor, stage).catch(() => undefined);
    throw e;
  }
  await sweepStage(executor, stage);
  return { written: true, replaced: Boolean(before.version), replacedDocument: before.version ? before : null, createdEntities: created };
}
