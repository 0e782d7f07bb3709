/**
 * `npm run ingest -- <file> [--id <document-id>] [--dry-run]`: parses a plain-text export of a parliamentary
 * document and writes it to the configured Neo4j in one transaction (the local one is started if needed).
 */
import { ConfigError, loadConfig } from '../config';
import { connectNeo4j } from '../neo4jConnection';
import { SCHEMA_STATEMENTS } from '../db/schemaStatements';
import { formatIngestSummary } from '../ingest/formatIngestSummary';
import { IngestError } from '../ingest/ingestError';
import { ingestFile } from '../ingest/ingestFile';

const USAGE = 'usage: npm run ingest -- <file> [--id <document-id>] [--dry-run]';

function parseArgs(argv: string[]): { file: string; id?: string; dryRun: boolean } {
  let file: string | undefined;
  let id: string | undefined;
  let dryRun = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--dry-run') dryRun = true;
    else if (a === '--id') {
      id = argv[++i];
      if (!id) throw new Error(`--id needs a value (${USAGE})`);
    } else if (a.startsWith('--')) throw new Error(`unknown option ${a} (${USAGE})`);
    else if (file) throw new Error(`one file at a time (${USAGE})`);
    else file = a;
  }
  if (!file) throw new Error(USAGE);
  return { file, ...(id ? { id } : {}), dryRun };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const conn = await connectNeo4j(loadConfig(), (l) => process.stderr.write(`${l}\n`));
  try {
    await conn.executor.schema(SCHEMA_STATEMENTS);
    let last = 0;
    const report = await ingestFile(conn.executor, args.file, {
      ...args,
      progress: (stage, done, total) => {
        if (total >= 1000 && (Date.now() - last > 1000 || done === total)) {
          last = Date.now();
          process.stderr.write(`[ingest] ${stage} ${done}/${total}\n`);
        }
      },
    });
    process.stdout.write(formatIngestSummary(report));
  } finally {
    await conn.close();
  }
}

main().catch((e: unknown) => {
  const msg = e instanceof IngestError || e instanceof ConfigError || e instanceof Error ? e.message : String(e);
  process.stderr.write(`ingest failed, nothing written: ${msg}\n`);
  process.exit(1);
});
