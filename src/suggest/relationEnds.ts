import { EntityType } from '../generated/graphql';
import type { Catalogue, CatalogueEntry } from '../ingest/catalogue';
import type { ParsedDocument } from '../ingest/parseDocument';
import type { DocumentSentence } from './documentSentences';
import { findIn } from './structureEvidence';
import { nameSpan } from './suggestionSet';
import type { RelationEnd } from './suggestionTypes';

/** A catalogued entity as a relation end, with the place the sentence names it when `needle` is found there. */
export function catalogueEnd(e: CatalogueEntry, s?: DocumentSentence, needle?: string): RelationEnd {
  const at = s && needle ? findIn(s, needle) : null;
  return {
    id: e.id,
    existing: true,
    entityType: e.type,
    name: e.name,
    span: s && at ? nameSpan(s, at[0], at[1]) : null,
  };
}

/** The document being ingested as a relation end: the catalogue's entry when it has one (the seed document). */
export function documentEnd(doc: ParsedDocument, catalogue: Catalogue): RelationEnd {
  const e = catalogue.byId(doc.id);
  return e
    ? catalogueEnd(e)
    : { id: doc.id, existing: true, entityType: EntityType.Document, name: doc.title ?? doc.sourceName, span: null };
}

/** The one catalogue entity `name` means among `types`, or undefined (unknown, or shared by several). */
export function knownEntity(
  catalogue: Catalogue,
  name: string,
  types?: readonly EntityType[],
): CatalogueEntry | undefined {
  const c = catalogue.candidates(name, types);
  return c.length === 1 ? c[0] : undefined;
}
