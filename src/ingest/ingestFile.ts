import fs from 'node:fs';
import path from 'node:path';
import type { Executor } from '../db/executor';
import { ID_PATTERN } from '../domain/seedSchema';
import { foldForSearch } from '../domain/text';
import { decodeSource } from './decodeSource';
import { IngestError } from './ingestError';
import { loadCatalogue } from './loadCatalogue';
import { parseDocument, type ParsedDocument } from './parseDocument';
import {
  assertNoClash,
  EXISTING_DOCUMENT,
  writeDocument,
  type ExistingDocument,
  type WriteReport,
} from './writeDocument';

export interface IngestOptions {
  /** Document id; default: the file name, kebab-cased. */
  id?: string;
  /** Parse and check everything, write nothing. */
  dryRun?: boolean;
  progress?: (stage: string, done: number, total: number) => void;
}

export interface IngestReport extends WriteReport {
  readonly document: ParsedDocument;
  readonly dryRun: boolean;
}

/**
 * The one ingest pipeline (read → decode → parse → check → write), used by `npm run ingest` and by the start
 * command for the seed documents. Bad input throws IngestError before anything is written.
 */
export async function ingestFile(executor: Executor, file: string, opts: IngestOptions = {}): Promise<IngestReport> {
  const sourceName = path.basename(file);
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new IngestError('NOT_FOUND', `${file}: no such file`);
  const id = opts.id ?? foldForSearch(sourceName.replace(/\.[^.]+$/, '')).replace(/ /g, '-');
  if (!ID_PATTERN.test(id))
    throw new IngestError(
      'BAD_ID',
      `"${id}" is not a valid document id: use lower-case letters, digits and single hyphens (--id)`,
    );
  const text = decodeSource(fs.readFileSync(file), sourceName);
  const catalogue = await loadCatalogue(executor);
  const document = parseDocument(text, {
    id,
    sourceName,
    catalogue,
    ...(opts.progress ? { progress: opts.progress } : {}),
  });
  if (opts.dryRun) {
    const res = await executor.read('ingestClashCheck', (tx) => tx.run(EXISTING_DOCUMENT, { id }));
    const row = res.records[0]?.toObject() as ExistingDocument;
    assertNoClash(row, document);
    return {
      document,
      dryRun: true,
      written: false,
      replaced: Boolean(row.version && row.version !== document.version),
      createdEntities: [],
    };
  }
  const written = await writeDocument(executor, document, opts.progress);
  return { document, dryRun: false, ...written };
}
