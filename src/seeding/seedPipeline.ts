import path from 'node:path';
import { projectRoot } from '../config';
import type { Executor } from '../db/executor';
import { documentSuggester } from '../suggest/documentSuggester';
import { ingestFile, type IngestReport } from '../ingest/ingestFile';
import { loadSeeds, type LoadOptions, type LoadReport } from './loadSeeds';
import { validateSeeds } from './validateSeeds';

/** The project's seed folder (source documents, catalogue, relations). */
export const SEED_DIR = path.join(projectRoot, 'seeds');

export interface SeedReport {
  readonly load: LoadReport;
  /** One per seed document with a text: its questions, answers, passages, footnotes, citations and mentions. */
  readonly documents: IngestReport[];
}

/**
 * Validates the whole seed set, loads the curated graph in one transaction, then ingests every seed document's
 * text through the same pipeline as `npm run ingest`. The start command and `npm run seed` both use this.
 */
export async function seedDatabase(
  executor: Executor,
  seedDir = SEED_DIR,
  options: LoadOptions = {},
): Promise<SeedReport> {
  const set = validateSeeds(seedDir);
  const load = await loadSeeds(executor, set, options);
  const documents: IngestReport[] = [];
  for (const e of set.entities) {
    // The seed folder is the authority for its documents: a changed text or catalogue is a new version of the same one.
    if (e.textFile)
      documents.push(
        await ingestFile(executor, path.join(seedDir, e.textFile), {
          id: e.id,
          replace: true,
          suggest: documentSuggester,
        }),
      );
  }
  return { load, documents };
}
