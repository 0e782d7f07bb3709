/**
 * `npm run bench:ingest [-- --documents 1000 --pages 10 --megabytes 20 --out bench/ingest-results.md]`: ingest
 * throughput for a generated corpus of mixed families and the time and peak memory of one large document, each run
 * through the real `npm run ingest` command in its own process against a throwaway Neo4j (temporary folder, free
 * port, the default 512 MB heap), seeded first so the catalogue is the real one, or `--uri` to a running seeded one.
 * Writes the results as Markdown.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Executor } from '../src/db/executor';
import { LocalNeo4j } from '../src/neo4jLocal/localNeo4j';
import { removeDocument } from '../src/ingest/removeDocument';
import { seedDatabase } from '../src/seeding/seedPipeline';
import { writeBenchCorpus, writeLargeDocument } from './ingestCorpusGenerator';

const ROOT = path.join(__dirname, '..');
const arg = (name: string, dflt: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? (process.argv[i + 1] as string) : dflt;
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const a = srv.address();
      srv.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

/** Peak resident memory of a process so far (VmHWM), in MB; null when /proc is not there. */
function peakRssMb(pid: number): number | null {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

interface Run {
  seconds: number;
  peakRssMb: number | null;
  code: number | null;
  stdoutTail: string;
}

/** Runs `npm run ingest` (as node with the tsx loader: one process, so its memory is the ingest's own). */
function ingest(uri: string, args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/ingestCli.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, NEO4J_URI: uri, LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let peak: number | null = null;
    const poll = setInterval(() => {
      const p = peakRssMb(child.pid!);
      if (p !== null) peak = Math.max(peak ?? 0, p);
    }, 100);
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out = (out + d.toString()).slice(-4000)));
    child.stderr.on('data', (d: Buffer) => process.stderr.write(d));
    child.on('exit', (code) => {
      clearInterval(poll);
      resolve({ seconds: Number(process.hrtime.bigint() - start) / 1e9, peakRssMb: peak, code, stdoutTail: out });
    });
  });
}

async function main(): Promise<void> {
  const documents = Number(arg('--documents', '1000'));
  const pages = Number(arg('--pages', '10'));
  const megabytes = Number(arg('--megabytes', '20'));
  const out = arg('--out', 'bench/ingest-results.md');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-bench-ingest-'));
  const log = (l: string) => process.stderr.write(`${l}\n`);
  // --uri: a running Neo4j that already holds the seed graph (its bench documents are removed afterwards);
  // otherwise a throwaway one, seeded first.
  const given = arg('--uri', '');
  const neo = given
    ? null
    : new LocalNeo4j(
        {
          boltPort: await freePort(),
          homeDir: path.join(work, 'neo4j'),
          heap: '512m',
          pageCache: '256m',
          startTimeoutMs: 600_000,
        },
        log,
      );
  await neo?.start();
  const uri = given || neo!.boltUri;
  const ex = new Executor(uri, { username: undefined, password: undefined, database: 'neo4j', readTimeoutMs: 120_000 });
  try {
    if (!given) await seedDatabase(ex);
    const load = () =>
      `${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' / ')}`;
    const corpusDir = path.join(work, 'corpus');
    const bytes = writeBenchCorpus(corpusDir, documents, pages);
    log(`[bench:ingest] corpus of ${documents} documents (${(bytes / 1e6).toFixed(1)} MB) in ${corpusDir}`);
    const loadBefore = load();
    const corpus = await ingest(uri, [corpusDir]);
    const loadAfter = load();
    const counts = await ex.read('benchCounts', (tx) =>
      tx.run(
        "MATCH (i:Ingestion) WHERE i.sourceName STARTS WITH 'bench-' RETURN count(i) AS docs, sum(i.counts[0]) AS passages",
      ),
    );
    const docs = Number(counts.records[0]?.get('docs'));
    const passages = Number(counts.records[0]?.get('passages'));
    const big = path.join(work, 'groot-document.txt');
    const bigBytes = writeLargeDocument(big, megabytes);
    log(`[bench:ingest] large document of ${(bigBytes / 1024 / 1024).toFixed(1)} MB`);
    const large = await ingest(uri, [big]);
    const largeLoad = load();
    const bigCounts = await ex.read('benchCounts', (tx) =>
      tx.run("MATCH (i:Ingestion {documentId: 'groot-document'}) RETURN i.counts[0] AS passages, i.pageCount AS pages"),
    );
    const md = [
      '# Ingest benchmark',
      '',
      `Command: \`npm run bench:ingest -- --documents ${documents} --pages ${pages} --megabytes ${megabytes}${given ? ' --uri <bolt address>' : ''}\` (${given ? 'a running, seeded' : 'throwaway'} Neo4j 5.26, 512 MB heap;`,
      'each ingest is the real `npm run ingest` command in its own process, Node started once per run, times include its start).',
      '',
      `Machine: ${os.cpus().length} CPU(s), ${(os.totalmem() / 2 ** 30).toFixed(1)} GB, Node ${process.version}; run on ${new Date().toISOString().slice(0, 16)} UTC.`,
      `Load average (1/5/15 min): ${loadBefore} before the corpus, ${loadAfter} after it, ${largeLoad} after the large document, on ${os.cpus().length} CPU(s)`,
      '(above the number of CPUs, other work shared the machine and the figures are lower than it can do).',
      '',
      '| run | documents | passages | seconds | documents/s | passages/s | peak RSS (MB) | exit |',
      '|---|---:|---:|---:|---:|---:|---:|---:|',
      `| corpus, ${pages} pages each, 5 families | ${docs} | ${passages} | ${corpus.seconds.toFixed(1)} | ${(docs / corpus.seconds).toFixed(1)} | ${(passages / corpus.seconds).toFixed(0)} | ${corpus.peakRssMb?.toFixed(0) ?? '?'} | ${corpus.code} |`,
      `| one document of ${(bigBytes / 1024 / 1024).toFixed(1)} MB (${bigCounts.records[0]?.get('pages') ?? 'not written'} pages) | 1 | ${bigCounts.records[0]?.get('passages') ?? '—'} | ${large.seconds.toFixed(1)} | — | ${(Number(bigCounts.records[0]?.get('passages') ?? 0) / large.seconds).toFixed(0)} | ${large.peakRssMb?.toFixed(0) ?? '?'} | ${large.code} |`,
      '',
      'Targets: ≥ 20 documents/s; the 20 MB document in < 60 s with Node RSS < 1 GB.',
      '',
    ].join('\n');
    fs.writeFileSync(path.join(ROOT, out), md);
    process.stdout.write(md);
    if (large.code !== 0) process.stdout.write(`\nlarge document output:\n${large.stdoutTail}\n`);
    if (given) {
      const ids = await ex.read('benchIds', (tx) =>
        tx.run(
          "MATCH (i:Ingestion) WHERE i.sourceName STARTS WITH 'bench-' OR i.documentId = 'groot-document' RETURN collect(i.documentId) AS ids",
        ),
      );
      for (const id of ids.records[0]?.get('ids') as string[]) await removeDocument(ex, id);
    }
  } finally {
    await ex.close();
    await neo?.stop();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`bench:ingest failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
