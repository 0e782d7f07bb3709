import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Executor } from '../../src/db/executor';
import { IngestError } from '../../src/ingest/ingestError';
import { ingestFile } from '../../src/ingest/ingestFile';
import { graphFingerprint, resetAndSeed, testExecutor } from '../support/testDb';
import { testBoltUri } from '../support/testBoltUri';

const FIXTURES = path.join(__dirname, '../fixtures/ingest');
const ROOT = path.join(__dirname, '../..');
const SEED_DOC = 'ek-vso-wi2021-monitoring-2024';

let executor: Executor;
beforeAll(async () => {
  executor = testExecutor();
  await resetAndSeed(executor);
});
afterAll(() => executor.close());

const scalar = async (cypher: string, params: Record<string, unknown> = {}) =>
  (await executor.read('t', (tx) => tx.run(cypher, params))).records[0]?.get(0) as unknown;

/** A fingerprint of what an ingest must never change: curated entities and relations and the seed document's structure. */
async function untouchable(): Promise<unknown> {
  return executor.read('t', async (tx) => {
    const curated = await tx.run(
      "MATCH (n:Entity {origin: 'seed'}) WITH n ORDER BY n.id RETURN collect(properties(n)) AS v",
    );
    const rels = await tx.run(
      "MATCH ()-[r {origin: 'seed'}]->() WITH r ORDER BY r.id RETURN collect(properties(r)) AS v",
    );
    const seedDoc = await tx.run(
      'MATCH (p:Passage {documentId: $id}) WITH p ORDER BY p.order RETURN collect(p.text) AS v',
      { id: SEED_DOC },
    );
    const mentions = await tx.run('MATCH (:Passage {documentId: $id})-[m:MENTIONS]->(e) RETURN count(m) AS v', {
      id: SEED_DOC,
    });
    return [curated, rels, seedDoc, mentions].map((r) => JSON.stringify(r.records[0]?.get('v')));
  });
}

function tempCopy(name: string, content: string | Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-ingest-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

describe('ingesting a document', () => {
  let before: unknown;
  beforeAll(async () => {
    before = await untouchable();
  });

  it('writes its structure in one go and creates entities for documents it cites that the graph lacked', async () => {
    const r = await ingestFile(executor, path.join(FIXTURES, 'vso-klein.txt'));
    expect(r).toMatchObject({ written: true, replaced: false, createdEntities: ['kst-36000-b'] });
    const id = 'vso-klein';
    expect(await scalar('MATCH (q:Question {documentId: $id}) RETURN count(q)', { id })).toBe(5);
    expect(await scalar('MATCH (a:Answer {documentId: $id}) RETURN count(a)', { id })).toBe(3);
    expect(await scalar('MATCH (p:Passage {documentId: $id}) RETURN count(p)', { id })).toBe(
      r.document.passages.length,
    );
    expect(
      await scalar("MATCH (a:Answer {id: 'vso-klein/answer/d66-2-3'})-[:ANSWERS]->(q) RETURN collect(q.number)", {}),
    ).toEqual(expect.arrayContaining([2, 3]));
    expect(await scalar("MATCH (:Answer {id: 'vso-klein/answer/sp-2'})-[:REFERS_TO]->(b) RETURN count(b)")).toBe(2);
    expect(await scalar('MATCH ()-[j:JOINS {documentId: $id}]->() RETURN count(j)', { id })).toBe(2);
    expect(await scalar("MATCH (e:Entity {id: 'kst-36000-b'}) RETURN [e.origin, e.type, e.identifiers]")).toEqual([
      'citation',
      'DOCUMENT',
      ['KAMERSTUK:kst-36000-B'],
    ]);
    expect(await scalar("MATCH (d:Entity {id: 'vso-klein'}) RETURN [d.origin, d.kind, d.date, labels(d)]")).toEqual([
      'ingest',
      'verslag-schriftelijk-overleg',
      '2025-03-03',
      ['Entity', 'Document'],
    ]);
    expect(await untouchable()).toEqual(before);
  });

  it('changes nothing when the same file is ingested again', async () => {
    const fp = await graphFingerprint(executor);
    const r = await ingestFile(executor, path.join(FIXTURES, 'vso-klein.txt'));
    expect(r.written).toBe(false);
    expect(await graphFingerprint(executor)).toEqual(fp);
  });

  it('replaces the derived nodes when a new version comes in, leaving curated data and other documents alone', async () => {
    const v2 = fs
      .readFileSync(path.join(FIXTURES, 'vso-klein.txt'), 'utf8')
      .replace(
        'Vraag 2. \nHoe beoordeelt',
        'Antwoord vraag 1 \nDe wijziging van de Wet kinderopvang volgt in 2026. \n \nVraag 2. \nHoe beoordeelt',
      );
    expect(v2).toContain('volgt in 2026');
    const r = await ingestFile(executor, tempCopy('vso-klein.txt', v2), { replace: true });
    expect(r).toMatchObject({ written: true, replaced: true });
    expect(r.document.warnings).toEqual([]);
    expect(await scalar("MATCH (q:Question {id: 'vso-klein/question/sp-1'})<-[:ANSWERS]-(a) RETURN a.text")).toBe(
      'De wijziging van de Wet kinderopvang volgt in 2026.',
    );
    expect(await scalar("MATCH (a:Answer {documentId: 'vso-klein'}) RETURN count(a)")).toBe(4);
    // Every derived node is from the new version: none of the old ones survive next to them.
    expect(await scalar("MATCH (p:Passage {documentId: 'vso-klein'}) RETURN count(p)")).toBe(
      r.document.passages.length,
    );
    expect(await untouchable()).toEqual(before);
  });

  it('ingests a document of another kind and says which structures it found', async () => {
    const r = await ingestFile(executor, path.join(FIXTURES, 'brief-zonder-vragen.txt'), { id: 'brief-test' });
    expect(r.document.structures).toEqual(['passages', 'footnotes', 'citations', 'mentions', 'parts']);
    expect(await scalar("MATCH (:Entity {id: 'brief-test'})-[:HAS_PART]->(p) RETURN p.kind")).toBe('LETTER');
    expect(await scalar("MATCH (e:Entity {id: 't09999'}) RETURN e.type")).toBe('COMMITMENT');
  });
});

describe('bad input: a clear error and nothing written', () => {
  it.each([
    ['empty file', 'leeg.txt', '', 'EMPTY'],
    ['binary file', 'plaatje.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48]), 'BINARY'],
    ['non-UTF-8 file', 'latin1.txt', Buffer.from('Vastgesteld op 1 maart, caf\xe9 en cr\xe8che', 'latin1'), 'NOT_UTF8'],
    ['no recognisable structure', 'tabel.txt', '1;2;3\n4;5;6\n', 'NO_STRUCTURE'],
  ])('%s', async (_n, name, content, code) => {
    const fp = await graphFingerprint(executor);
    await expect(ingestFile(executor, tempCopy(name, content))).rejects.toMatchObject({ code });
    expect(await graphFingerprint(executor)).toEqual(fp);
  });

  it('refuses an id that belongs to another entity or to another document', async () => {
    const fp = await graphFingerprint(executor);
    await expect(ingestFile(executor, path.join(FIXTURES, 'rapport-meedoenbalies.txt'), { id: 'coa' })).rejects.toThrow(
      /id "coa" belongs to ORGANISATION "COA", not a document/,
    );
    await expect(
      ingestFile(executor, path.join(FIXTURES, 'rapport-meedoenbalies.txt'), { id: 'vso-klein' }),
    ).rejects.toThrow(
      /id "vso-klein" is already used by the document "Verslag van een schriftelijk overleg over de Meedoenbalies in de opvang" ingested from vso-klein\.txt/,
    );
    await expect(
      ingestFile(executor, path.join(FIXTURES, 'rapport-meedoenbalies.txt'), { id: 'Bad Id!' }),
    ).rejects.toBeInstanceOf(IngestError);
    await expect(ingestFile(executor, path.join(FIXTURES, 'nope.txt'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await graphFingerprint(executor)).toEqual(fp);
  });

  it('commits nothing when the write fails half-way (one transaction)', async () => {
    const fp = await graphFingerprint(executor);
    let calls = 0;
    const failing = Object.create(executor) as Executor;
    failing.write = (name, work) =>
      executor.write(name, (tx) =>
        work(
          new Proxy(tx, {
            get: (t, prop) =>
              prop === 'run'
                ? (...args: Parameters<typeof tx.run>) => {
                    calls += 1;
                    if (calls === 8) throw new Error('simulated failure after 7 statements');
                    return t.run(...args);
                  }
                : Reflect.get(t, prop),
          }),
        ),
      );
    await expect(ingestFile(failing, path.join(FIXTURES, 'rapport-meedoenbalies.txt'))).rejects.toThrow(
      /simulated failure/,
    );
    expect(calls).toBe(8);
    expect(await graphFingerprint(executor)).toEqual(fp);
  });

  it('a dry run checks everything and writes nothing', async () => {
    const fp = await graphFingerprint(executor);
    const r = await ingestFile(executor, path.join(FIXTURES, 'rapport-meedoenbalies.txt'), { dryRun: true });
    expect(r).toMatchObject({ dryRun: true, written: false });
    expect(r.document.mentions.length).toBeGreaterThan(5);
    expect(await graphFingerprint(executor)).toEqual(fp);
  });
});

describe('npm run ingest', () => {
  const run = promisify(execFile);
  const env = { ...process.env, NEO4J_URI: testBoltUri(), LOG_LEVEL: 'silent' };
  const cli = (...args: string[]) =>
    run(path.join(ROOT, 'node_modules/.bin/tsx'), ['src/cli/ingestCli.ts', ...args], { cwd: ROOT, env });

  it('prints a summary with counts and warnings (dry run)', async () => {
    const { stdout } = await cli(path.join(FIXTURES, 'vso-klein.txt'), '--id', 'vso-klein-cli', '--dry-run');
    expect(stdout).toContain('vso-klein-cli: Verslag van een schriftelijk overleg over de Meedoenbalies in de opvang');
    expect(stdout).toMatch(
      /questions 5 \(D66 3, SP 2\); answers 3 \(1 covering two questions\); cross-references 1; joins 2/,
    );
    expect(stdout).toContain('- question SP 1 has no answer');
    expect(stdout).toContain('dry run: nothing written');
  });

  it('exits 1 with the reason on bad input', async () => {
    const err = await cli(tempCopy('leeg.txt', ''), '--dry-run').catch((e: { code: number; stderr: string }) => e);
    expect(err).toMatchObject({ code: 1 });
    expect((err as { stderr: string }).stderr).toMatch(/ingest failed, nothing written: leeg\.txt: the file is empty/);
    const usage = await cli().catch((e: { code: number; stderr: string }) => e);
    expect((usage as { stderr: string }).stderr).toMatch(/usage: npm run ingest -- <file>/);
  });
});
