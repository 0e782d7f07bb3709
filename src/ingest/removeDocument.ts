import { randomUUID } from 'node:crypto';
import type { RemovalRecord as RemovalReport } from '../db/documentRecords';
import type { Executor } from '../db/executor';
import { existingDocument } from './documentIdentity';
import { IngestError } from './ingestError';
import { ownTransactions, retire, sweepLeftovers, sweepStage } from './stagedWrite';
import { DROP_DOCUMENT_EVIDENCE, DROP_JOINS, IN_USE } from './switchOn';

export type { RemovalRecord as RemovalReport } from '../db/documentRecords';

/** Links that do not count as a use while removing: those to this removal's retired nodes, and the doomed record. */
const NOT_RETIRED = 'NOT (x:Retired AND x.stage = $retired)';

/**
 * Removes an ingested document and everything its ingests wrote, in one small transaction (the derived nodes are
 * retired there and swept in batches after), leaving curated data as it was: a curated Document entity stays
 * exactly as it is, and an entity the ingest created (cited document, person, toezegging) is deleted only when
 * nothing else uses it.
 */
export async function removeDocument(executor: Executor, documentId: string): Promise<RemovalReport> {
  const stage = randomUUID();
  const retired = `retired-${stage}`;
  const report = await executor.write('removeDocument', async (tx) => {
    const row = await existingDocument(tx, documentId);
    if (!row.version) {
      const what = row.type ? ` (${row.type} "${row.name}" has no ingested text)` : '';
      throw new IngestError('NOT_FOUND', `no ingested document has the id "${documentId}"${what}`);
    }
    const removedNodes = await retire(tx, documentId, retired);
    const params = { id: documentId, retired };
    await tx.run(DROP_JOINS, params);
    await tx.run(DROP_DOCUMENT_EVIDENCE, params);
    // Its toezeggingen: a curated relation to one keeps it (without this document's record of it).
    await tx.run(
      `MATCH (d:Entity {id: $id})-[r:RECORDS_COMMITMENT]->(c:Entity:Commitment {documentId: $id, origin: 'ingest'})
       DELETE r WITH DISTINCT c WHERE NOT EXISTS { MATCH (c)--() } DELETE c`,
      params,
    );
    await tx.run('MATCH (i:Ingestion {documentId: $id}) DELETE i', params);
    // Pending suggestions go with the text; decisions stay, so a rejection holds if the document comes back.
    await tx.run("MATCH (s:Suggestion {documentId: $id, status: 'PENDING'}) DELETE s", params);
    const gone = await tx.run(
      `UNWIND $ids AS cid MATCH (e:Entity {id: cid})
       WHERE e.origin IN ['citation', 'ingest'] AND NOT ${IN_USE(NOT_RETIRED)}
       DETACH DELETE e RETURN collect(cid) AS ids`,
      { ...params, ids: row.createdEntities.filter((id) => id !== documentId) },
    );
    let documentEntity: RemovalReport['documentEntity'] = 'KEPT_CURATED';
    if (row.origin === 'ingest') {
      const res = await tx.run(
        `MATCH (e:Entity {id: $id}) WITH e, ${IN_USE(NOT_RETIRED)} AS used
         FOREACH (_ IN CASE WHEN used THEN [1] ELSE [] END | SET e.hasText = false)
         FOREACH (_ IN CASE WHEN used THEN [] ELSE [1] END | DETACH DELETE e)
         RETURN used`,
        params,
      );
      documentEntity = res.records[0]?.get('used') ? 'KEPT_WITHOUT_TEXT' : 'DELETED';
    }
    return {
      documentId,
      title: row.title,
      removedNodes,
      removedEntities: (gone.records[0]?.get('ids') as string[] | undefined) ?? [],
      documentEntity,
    };
  });
  await sweepStage(ownTransactions(executor), stage);
  await sweepLeftovers(ownTransactions(executor), documentId);
  return report;
}
