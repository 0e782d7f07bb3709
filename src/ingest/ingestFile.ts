import fs from 'node:fs';
import path from 'node:path';
import type { Executor } from '../db/executor';
import { ID_PATTERN } from '../domain/seedSchema';
import { foldForSearch } from '../domain/text';
import type { Catalogue } from './catalogue';
import { decodeSource } from './decodeSource';
import { assertSameDocument, documentByIdentifier, existingDocument } from './documentIdentity';
import { IngestError } from './ingestError';
import { loadCatalogue } from './loadCatalogue';
import { parseDocument, type ParsedDocument } from './parseDocument';
import type { Progress } from './stagedWrite';
import type { SuggestionRow } from './writeSet';
import { writeDocument, type WriteReport } from './writeDocument';

export interface IngestOptions {
  /** Document id; default: the document the graph knows by the text's official identifier, else the file name, kebab-cased. */
  id?: string;
  /** The official identifier (kst-32824-438) when the text does not state it; overrides what the parser found. */
  sourceIdentifier?: string;
  /** This is a new version of the document already under the id (otherwise only the same identifier replaces). */
  replace?: boolean;
  /** Parse and check everything, write nothing. */
  dryRun?: boolean;
  progress?: Progress;
  /** Reused across the files of a corpus (loading it costs a query per file otherwise). */
  catalogue?: Catalogue;
  /**
   * Derives the suggestions stored with the document for review. Given by the callers above this layer (the CLI,
   * the seeding), since suggest/ builds on ingest/ and not the other way round.
   */
  suggest?: Suggester;
}

export type Suggester = (document: ParsedDocument, catalogue: Catalogue) => readonly SuggestionRow[];

export interface IngestReport extends WriteReport {
  readonly document: ParsedDocument;
  /** How many suggestions the document gave (stored for review unless a dry run). */
  readonly suggestions: number;
  readonly dryRun: boolean;
}

/** Official identifiers accepted from the caller: kst-, ah-, h-, stb-, stcrt- publications. */
const SOURCE_IDENTIFIER =
  /^(?:kst-\d+(?:-[a-z0-9]+)+|ah-(?:tk|ek)-\d{8}-\d+|h-(?:tk|ek)-\d{8}-\d+(?:-\d+)?|stb-\d{4}-\d+|stcrt-\d{4}-\d+)$/i;

/**
 * The one ingest pipeline (read → decode → parse → identify → check → write), used by `npm run ingest` and by the
 * start command for the seed documents. Bad input throws IngestError before anything is written.
 */
export async function ingestFile(executor: Executor, file: string, opts: IngestOptions = {}): Promise<IngestReport> {
  const sourceName = path.basename(file);
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new IngestError('NOT_FOUND', `${file}: no such file`);
  if (opts.sourceIdentifier && !SOURCE_IDENTIFIER.test(opts.sourceIdentifier)) {
    throw new IngestError(
      'BAD_IDENTIFIER',
      `"${opts.sourceIdentifier}" is not an official publication identifier (kst-32824-438, ah-tk-20242025-512, stb-2021-38 …)`,
    );
  }
  const fileId = opts.id ?? foldForSearch(sourceName.replace(/\.[^.]+$/, '')).replace(/ /g, '-');
  if (!ID_PATTERN.test(fileId))
    throw new IngestError(
      'BAD_ID',
      `"${fileId}" is not a valid document id: use lower-case letters, digits and single hyphens (--id)`,
    );
  const text = decodeSource(fs.readFileSync(file), sourceName);
  const catalogue = opts.catalogue ?? (await loadCatalogue(executor));
  const parse = (id: string) => {
    const d = parseDocument(text, { id, sourceName, catalogue, ...(opts.progress ? { progress: opts.progress } : {}) });
    return opts.sourceIdentifier
      ? { ...d, meta: { ...d.meta, sourceIdentifier: opts.sourceIdentifier.toLowerCase() } }
      : d;
  };
  let document = parse(fileId);
  const identifier = document.meta.sourceIdentifier;
  if (identifier) {
    const known = await executor.read('documentByIdentifier', (tx) => documentByIdentifier(tx, identifier));
    if (known && known !== fileId) {
      if (opts.id)
        throw new IngestError(
          'ID_CLASH',
          `${identifier} is already the document "${known}" in the graph; ingest it without --id (or with --id ${known}) to attach this text to it`,
        );
      document = parse(known);
    }
  }
  const suggestions = opts.suggest?.(document, catalogue) ?? [];
  if (opts.dryRun) {
    const row = await executor.read('ingestClashCheck', (tx) => existingDocument(tx, document.id));
    assertSameDocument(row, document, Boolean(opts.replace));
    const replaces = Boolean(row.version && row.version !== document.version);
    return {
      document,
      dryRun: true,
      written: false,
      replaced: replaces,
      replacedDocument: replaces ? row : null,
      createdEntities: [],
      suggestions: suggestions.length,
    };
  }
  const written = await writeDocument(executor, document, {
    ...(opts.replace ? { replace: true } : {}),
    ...(opts.progress ? { progress: opts.progress } : {}),
    suggestions,
  });
  return { document, dryRun: false, suggestions: suggestions.length, ...written };
}
