/**
 * `npm run ingest -- <file> [<file|folder> …] [--id ID] [--identifier kst-…] [--replace] [--dry-run]` ingests plain-text
 * exports of parliamentary documents (a corpus: files and folders) into the configured Neo4j (the local one is
 * started if needed), showing progress and ending with a table; `npm run ingest -- --remove ID` removes one.
 */
import { ConfigError, loadConfig } from '../config';
import { connectNeo4j } from '../neo4jConnection';
import { SCHEMA_STATEMENTS } from '../db/schemaStatements';
import { corpusFiles } from '../ingest/corpusFiles';
import { formatCorpusTable } from '../ingest/formatCorpusTable';
import { formatIngestSummary } from '../ingest/formatIngestSummary';
import { IngestError } from '../ingest/ingestError';
import { entryName, ingestCorpus } from '../ingest/ingestCorpus';
import { removeDocument } from '../ingest/removeDocument';
import { documentSuggester } from '../suggest/documentSuggester';

const USAGE =
  'usage: npm run ingest -- <file> [<file|folder> …] [--id <document-id>] [--identifier <kst-…>] [--replace] [--dry-run]  |  npm run ingest -- --remove <document-id>';

interface Args {
  paths: string[];
  id?: string;
  identifier?: string;
  remove?: string;
  replace: boolean;
  dryRun: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { paths: [], replace: false, dryRun: false };
  const value = (i: number, opt: string) => {
    const v = argv[i];
    if (!v || v.startsWith('--')) throw new Error(`${opt} needs a value (${USAGE})`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--dry-run') args.dryRun = true;
    else if (a === '--replace') args.replace = true;
    else if (a === '--id') args.id = value(++i, a);
    else if (a === '--identifier') args.identifier = value(++i, a);
    else if (a === '--remove') args.remove = value(++i, a);
    else if (a.startsWith('--')) throw new Error(`unknown option ${a} (${USAGE})`);
    else args.paths.push(a);
  }
  if (args.remove ? args.paths.length > 0 : !args.paths.length) throw new Error(USAGE);
  return args;
}

/** Progress lines go to stderr at most once a second, so a corpus of thousands does not flood the terminal. */
function throttled(write: (line: string) => void): (line: string, force?: boolean) => void {
  let last = 0;
  return (line, force = false) => {
    if (force || Date.now() - last > 1000) {
      last = Date.now();
      write(line);
    }
  };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const files = args.remove ? [] : corpusFiles(args.paths);
  if (!args.remove && !files.length)
    throw new IngestError('NOT_FOUND', `no document files (.txt, .html, .xml) in ${args.paths.join(', ')}`);
  const conn = await connectNeo4j(loadConfig(), (l) => process.stderr.write(`${l}\n`));
  try {
    await conn.executor.schema(SCHEMA_STATEMENTS);
    if (args.remove) {
      const r = await removeDocument(conn.executor, args.remove);
      const entity = {
        DELETED: 'its Document entity deleted',
        KEPT_CURATED: 'its curated Document entity kept as it was',
        KEPT_WITHOUT_TEXT: 'its Document entity kept without text (other data refers to it)',
      }[r.documentEntity];
      process.stdout.write(
        `removed ${r.documentId}${r.title ? ` "${r.title}"` : ''}: ${r.removedNodes} derived node(s); ${entity}${r.removedEntities.length ? `; entities it had created: ${r.removedEntities.join(', ')}` : ''}\n`,
      );
      return 0;
    }
    const say = throttled((l) => process.stderr.write(`${l}\n`));
    const entries = await ingestCorpus(conn.executor, files, {
      ...(args.id ? { id: args.id } : {}),
      ...(args.identifier ? { sourceIdentifier: args.identifier } : {}),
      replace: args.replace,
      dryRun: args.dryRun,
      suggest: documentSuggester,
      progress: (stage, done, total) => {
        if (total >= 1000) say(`[ingest]   ${stage} ${done}/${total}`, done === total);
      },
      onFile: (done, total, e) => {
        if (total > 1) say(`[ingest] ${done}/${total} ${entryName(e)}${'error' in e ? ' FAILED' : ''}`, done === total);
      },
    });
    const only = entries.length === 1 ? entries[0] : undefined;
    if (only && 'error' in only) throw new IngestError('NOT_FOUND', only.error);
    if (only && 'report' in only) process.stdout.write(`${formatIngestSummary(only.report)}\n`);
    process.stdout.write(formatCorpusTable(entries));
    return entries.some((e) => 'error' in e) ? 1 : 0;
  } finally {
    await conn.close();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    const msg = e instanceof IngestError || e instanceof ConfigError || e instanceof Error ? e.message : String(e);
    process.stderr.write(`ingest failed, nothing written: ${msg}\n`);
    process.exit(1);
  },
);
