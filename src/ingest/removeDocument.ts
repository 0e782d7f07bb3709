import { randomUUID } from 'node:crypto';
import type { RemovalRecord as RemovalReport } from '../db/documentRecords';
import type { Executor } from '../db/executor';
import { existingDocument } from './documentIdentity';
import { IngestError } from './ingestError';
import { ownTransactions, retire, sweepLeftovers, sweepStage } from './stagedWrite';
import { DERIVED_RELATIONSHIPS } from './writeSet';

export type { RemovalRecord as RemovalReport } from '../db/documentRecords';

/** A node is still used when it has a relationship to anything but this removal's retired nodes. */
const USED = `EXISTS { MATCH (e)--(x) WHERE NOT (x:Retired AND x.stage = $retired) }`;
/** …or a curated relation's evidence names it as its document. */
const IN_EVIDENCE = `EXISTS { MATCH (:Entity)-[r]->(:Entity) WHERE r.evidenceDocumentIds IS NOT NULL AND e.id IN r.evidenceDocumentIds }`;

/**
 * Removes an ingested document and everything its ingests wrote, in one small transaction (the derived nodes are
 * retired there and swept in batches after), leaving curated data as it was: a curated Document entity stays
 * exactly as it is, and an entity the ingest created is deleted only when nothing else uses it.
 */
export async function removeDocument(executor: Executor, documentId: string): Promise<RemovalReport> {
  const stage = randomUUID();
  const retired = `retired-${stage}`;
  const report = await executor.write('removeDocument', async (tx) => {
    const row = await existingDocument(tx, documentId);
    if (!row.version) throw new IngestError('NOT_FOUND', `no ingested document has the id "${documentId}"${row.type ? ` (${row.type} "${row.name}" has no ingested text)` : ''}`);
    const removedNodes = await retire(tx, documentId, retired);
    for (const t of DERIVED_RELATIONSHIPS) await tx.run(`MATCH (:Entity)-[r:${t} {documentId: $documentId}]->(:Entity) DELETE r`, { documentId });
    await tx.run('MATCH (i:Ingestion {documentId: $documentId}) DELETE i', { documentId });
    const gone = await tx.run(
      `UNWIND $ids AS id MATCH (e:Entity {id: id}) WHERE e.origin = 'citation' AND NOT ${USED} AND NOT ${IN_EVIDENCE}
       DETACH DELETE e RETURN collect(id) AS ids`,
      { ids: row.createdEntities.filter((id) => id !== documentId), retired },
    );
    let documentEntity: RemovalReport['documentEntity'] = 'KEPT_CURATED';
    if (row.origin === 'ingest') {
      const res = await tx.run(
        `MATCH (e:Entity {id: $documentId}) WITH e, ${USED} OR ${IN_EVIDENCE} AS used
         FOREACH (_ IN CASE WHEN used THEN [1] ELSE [] END | SET e.hasText = false)
         FOREACH (_ IN CASE WHEN used THEN [] ELSE [1] END | DETACH DELETE e)
         RETURN used`,
        { documentId, retired },
      );
      documentEntity = res.records[0]?.get('used') ? 'KEPT_WITHOUT_TEXT' : 'DELETED';
    }
    return { documentId, title: row.title, removedNodes, removedEntities: (gone.records[0]?.get('ids') as string[] | undefined) ?? [], documentEntity };
  });
  await sweepStage(ownTransactions(executor), stage);
  await sweepLeftovers(ownTransactions(executor), documentId);
  return report;
}
