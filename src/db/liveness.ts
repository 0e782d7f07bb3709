/**
 * Whether a derived node (Passage, Question …) belongs to the version of its document that is served. An ingest
 * stages a new version's nodes without `documentId` and retires the old one's by removing it (see
 * ingest/stagedWrite.ts), so a reader that finds derived nodes by `documentId` or `id` never sees either; a reader
 * that reaches them another way (a full-text hit, a mention from an entity) adds this predicate.
 */
export const isLive = (v: string) => `${v}.documentId IS NOT NULL`;
