import { RELATION_TYPES } from './labels';

/**
 * Constraints and indexes, all IF NOT EXISTS so start-up can run them every time. The full-text index uses
 * Lucene's standard-folding analyzer so search ignores case and accents ('oekraiense' finds 'Oekraïense').
 */
export const SCHEMA_STATEMENTS: readonly string[] = [
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT seed_meta_id IF NOT EXISTS FOR (m:SeedMeta) REQUIRE m.id IS UNIQUE',
  'CREATE INDEX entity_sort_name IF NOT EXISTS FOR (n:Entity) ON (n.sortName, n.id)',
  'CREATE INDEX entity_type IF NOT EXISTS FOR (n:Entity) ON (n.type)',
  'CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind)',
  // v2 adds the Dutch description (IF NOT EXISTS never changes an existing index, hence a new name). A database
  // made before keeps the unused `entity_search`; `DROP INDEX entity_search` removes it (not run here: schema()
  // treats every non-CREATE statement as missing and would wait for all indexes at each start).
  "CREATE FULLTEXT INDEX entity_search_v2 IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasText, n.description, n.descriptionNl] OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}}",
  'CREATE CONSTRAINT figure_id IF NOT EXISTS FOR (f:Figure) REQUIRE f.id IS UNIQUE',
  'CREATE INDEX figure_about IF NOT EXISTS FOR (f:Figure) ON (f.about)',
  // Derived nodes of ingested documents: unique ids, per-document lookups, full-text search over passages.
  ...['Passage', 'Question', 'Answer', 'DocumentPart', 'UnresolvedMention', 'SpeakerTurn', 'DocumentText'].flatMap(
    (l) => [
      `CREATE CONSTRAINT ${l.toLowerCase()}_id IF NOT EXISTS FOR (n:${l}) REQUIRE n.id IS UNIQUE`,
      `CREATE INDEX ${l.toLowerCase()}_document IF NOT EXISTS FOR (n:${l}) ON (n.documentId, n.order)`,
      // A composite index only serves predicates on all its properties: `{documentId: $id}` alone needs its own.
      `CREATE INDEX ${l.toLowerCase()}_document_id IF NOT EXISTS FOR (n:${l}) ON (n.documentId)`,
    ],
  ),
  'CREATE INDEX passage_page IF NOT EXISTS FOR (n:Passage) ON (n.documentId, n.page)',
  'CREATE INDEX question_faction IF NOT EXISTS FOR (n:Question) ON (n.documentId, n.faction)',
  'CREATE INDEX citation_identifier IF NOT EXISTS FOR ()-[c:CITATION]-() ON (c.identifierKey)',
  // Staged writes (see src/ingest/stagedWrite.ts): nodes of a version being written, and of one being swept.
  'CREATE CONSTRAINT staged_key IF NOT EXISTS FOR (n:Staged) REQUIRE n.stagedKey IS UNIQUE',
  'CREATE INDEX staged_stage IF NOT EXISTS FOR (n:Staged) ON (n.stage)',
  'CREATE INDEX staged_for IF NOT EXISTS FOR (n:Staged) ON (n.stagedFor)',
  'CREATE INDEX retired_stage IF NOT EXISTS FOR (n:Retired) ON (n.stage)',
  'CREATE INDEX ingestion_source_identifier IF NOT EXISTS FOR (i:Ingestion) ON (i.sourceIdentifier)',
  // The review queue (db/suggestionRepository.ts): by id, in document order, by document.
  'CREATE CONSTRAINT suggestion_id IF NOT EXISTS FOR (s:Suggestion) REQUIRE s.id IS UNIQUE',
  'CREATE INDEX suggestion_sort IF NOT EXISTS FOR (s:Suggestion) ON (s.sortKey)',
  'CREATE INDEX suggestion_document IF NOT EXISTS FOR (s:Suggestion) ON (s.documentId, s.status)',
  'CREATE CONSTRAINT ingestion_document IF NOT EXISTS FOR (i:Ingestion) REQUIRE i.documentId IS UNIQUE',
  "CREATE FULLTEXT INDEX passage_search IF NOT EXISTS FOR (n:Passage) ON EACH [n.text] OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}}",
  ...RELATION_TYPES.map((t) => `CREATE INDEX rel_id_${t.toLowerCase()} IF NOT EXISTS FOR ()-[r:${t}]-() ON (r.id)`),
];
