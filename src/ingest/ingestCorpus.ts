import path from 'node:path';
import type { Executor } from '../db/executor';
import { IngestError } from './ingestError';
import { ingestFile, type IngestOptions, type IngestReport } from './ingestFile';
import { loadCatalogue } from './loadCatalogue';

/** One file's outcome: its report, or why it was refused (nothing of it was written). */
export type CorpusEntry = { file: string; report: IngestReport } | { file: string; error: string };

export interface CorpusOptions extends Omit<IngestOptions, 'catalogue' | 'progress'> {
  /** Called after each file: how many are done, of how many, and the last outcome. */
  onFile?: (done: number, total: number, entry: CorpusEntry) => void;
  progress?: IngestOptions['progress'];
}

/**
 * Ingests the files of a corpus one by one, each all-or-nothing: a bad file is reported and skipped, the others
 * are written. The catalogue is loaded once and again only after a document created entities (new cited
 * documents become matchable), since loading it per file would cost a query per document.
 */
export async function ingestCorpus(
  executor: Executor,
  files: readonly string[],
  opts: CorpusOptions = {},
): Promise<CorpusEntry[]> {
  if (opts.id && files.length > 1) throw new IngestError('BAD_ID', '--id names one document: give one file with it');
  const { onFile, ...fileOpts } = opts;
  let catalogue = await loadCatalogue(executor);
  const out: CorpusEntry[] = [];
  for (const file of files) {
    let entry: CorpusEntry;
    try {
      const report = await ingestFile(executor, file, { ...fileOpts, catalogue });
      if (report.createdEntities.length) catalogue = await loadCatalogue(executor);
      entry = { file, report };
    } catch (e) {
      if (files.length === 1) throw e;
      entry = { file, error: e instanceof Error ? e.message : String(e) };
    }
    out.push(entry);
    onFile?.(out.length, files.length, entry);
  }
  return out;
}

export const entryName = (e: CorpusEntry) => ('report' in e ? e.report.document.id : path.basename(e.file));
