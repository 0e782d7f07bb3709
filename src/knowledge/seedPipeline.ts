import path from 'node:path';
import { projectRoot } from '../config';
import type { Executor } from '../db/executor';
import { loadSeeds, type LoadOptions, type LoadReport } from './loadSeeds';
import { validateSeeds } from './validateSeeds';

/** The project's seed folder (source documents, catalogue, relations). */
export const SEED_DIR = path.join(projectRoot, 'seeds');

/** Validate the whole seed set, then load it in one transaction. The start command and `npm run seed` both use this. */
export async function seedDatabase(executor: Executor, seedDir = SEED_DIR, options: LoadOptions = {}): Promise<LoadReport> {
  const set = validateSeeds(seedDir);
  return loadSeeds(executor, set, options);
}
