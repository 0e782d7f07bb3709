import type { ManagedTransaction } from 'neo4j-driver';
import { EntityType } from '../generated/graphql';
import { IngestError } from './ingestError';
import type { ParsedDocument } from './parseDocument';

/** What the graph holds under a document id: the entity and its ingestion, if any. */
export const EXISTING_DOCUMENT = `OPTIONAL MATCH (e:Entity {id: $id}) OPTIONAL MATCH (i:Ingestion {documentId: $id})
  RETURN e.type AS type, e.origin AS origin, e.name AS name, i.version AS version, i.sourceName AS sourceName, i.title AS title,
         i.sourceIdentifier AS sourceIdentifier, coalesce(i.createdEntities, []) AS createdEntities,
         EXISTS { MATCH (n:Retired) } OR EXISTS { MATCH (n:Staged {stagedFor: $id}) } AS leftovers`;

/**
 * The document the graph already knows by an official identifier (kst-32824-438): one whose ingestion recorded it,
 * a catalogue Document carrying it as an identifier, or one with it as id. Its text attaches there instead of
 * becoming a duplicate.
 */
export const DOCUMENT_BY_IDENTIFIER = `CALL () {
    MATCH (i:Ingestion {sourceIdentifier: $identifier}) RETURN i.documentId AS id, 0 AS rank
    UNION
    MATCH (e:Entity:Document {id: $key}) RETURN e.id AS id, 1 AS rank
    UNION
    MATCH (e:Entity:Document) WHERE any(x IN e.identifiers WHERE toLower(x) ENDS WITH ':' + $key) RETURN e.id AS id, 2 AS rank
  }
  RETURN id ORDER BY rank, id LIMIT 1`;

export interface ExistingDocument {
  type: string | null;
  origin: string | null;
  name: string | null;
  version: string | null;
  sourceName: string | null;
  title: string | null;
  sourceIdentifier: string | null;
  createdEntities: string[];
  /** An earlier run left a retired version or a staged rest to sweep (see stagedWrite.ts). */
  leftovers: boolean;
}

export async function existingDocument(tx: ManagedTransaction, id: string): Promise<ExistingDocument> {
  const res = await tx.run(EXISTING_DOCUMENT, { id });
  return res.records[0]!.toObject() as ExistingDocument;
}

export async function documentByIdentifier(tx: ManagedTransaction, identifier: string): Promise<string | null> {
  const res = await tx.run(DOCUMENT_BY_IDENTIFIER, { identifier, key: identifier.toLowerCase() });
  return (res.records[0]?.get('id') as string | undefined) ?? null;
}

/** How a document that is already ingested is described in messages: title, file and identifier. */
export const describeExisting = (row: ExistingDocument, id: string) =>
  `"${row.title ?? row.name ?? id}" (id ${id}, from ${row.sourceName}${row.sourceIdentifier ? `, ${row.sourceIdentifier}` : ''})`;

/**
 * Decides whether writing `doc` under its id is allowed. An id of an entity that is not a document is refused.
 * An ingested document is replaced only by the same document: the same official identifier, or the caller says so
 * (`--replace`). A file name or a title proves nothing (two different letters are both titled
 * "32 824 Integratiebeleid"), so anything else is an error that names both documents.
 */
export function assertSameDocument(row: ExistingDocument, doc: ParsedDocument, replace: boolean): void {
  if (row.type && row.type !== (EntityType.Document as string)) {
    throw new IngestError(
      'ID_CLASH',
      `id "${doc.id}" belongs to ${row.type} "${row.name}", not a document: pass another --id`,
    );
  }
  if (!row.version || row.version === doc.version || replace) return;
  if (doc.meta.sourceIdentifier && row.sourceIdentifier === doc.meta.sourceIdentifier) return;
  throw new IngestError(
    'ID_CLASH',
    `id "${doc.id}" is already used by the document "${row.title ?? row.name}" ingested from ${row.sourceName}${row.sourceIdentifier ? ` (${row.sourceIdentifier})` : ''}; ` +
      `"${doc.title ?? doc.sourceName}" from ${doc.sourceName}${doc.meta.sourceIdentifier ? ` (${doc.meta.sourceIdentifier})` : ''} is not known to be the same document: ` +
      'pass another --id to ingest it beside it, or --replace if it is a new version of the same document',
  );
}
