import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CurationRepository } from '../../src/db/curationRepository';
import { DocumentRepository } from '../../src/db/documentRepository';
import type { Executor } from '../../src/db/executor';
import { RelationType } from '../../src/generated/graphql';
import { ingestFile } from '../../src/ingest/ingestFile';
import { removeDocument } from '../../src/ingest/removeDocument';
import { testBoltUri } from '../support/testBoltUri';
import { graphFingerprint, resetAndSeed, testExecutor } from '../support/testDb';

const FIXTURES = path.join(__dirname, '../fixtures/ingest');
const ROOT = path.join(__dirname, '../..');
const VSO = path.join(FIXTURES, 'vso-klein.txt');

let executor: Executor;
beforeAll(async () => {
  executor = testExecutor(60_000);
  await resetAndSeed(executor);
}, 600_000);
afterAll(() => executor.close());

const scalar = async (cypher: string, params: Record<string, unknown> = {}) =>
  (await executor.read('t', (tx) => tx.run(cypher, params))).records[0]?.get(0) as unknown;

function tempFile(name: string, content: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kg-manage-')), name);
  fs.writeFileSync(file, content);
  return file;
}

/** A letter of `paragraphs` paragraphs on pages of 20, each paragraph with its own number so versions differ. */
function bigLetter(paragraphs: number, marker: string): string {
  const pages: string[] = [];
  for (let p = 0; p * 20 < paragraphs; p++) {
    const lines = [
      p === 0
        ? 'BRIEF VAN DE STAATSSECRETARIS VAN SOCIALE ZAKEN EN WERKGELEGENHEID\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n'
        : '',
    ];
    for (let i = p * 20; i < Math.min(paragraphs, (p + 1) * 20); i++) {
      lines.push(
        `Alinea ${i} ${marker}: de gemeente biedt statushouders een inburgeringsaanbod met taallessen en begeleiding naar werk.\n`,
      );
    }
    pages.push(lines.join('\n'));
  }
  return pages.join('\f');
}

describe('removing a document', () => {
  it('removes everything its ingest wrote: the graph returns to its exact fingerprint', async () => {
    const before = await graphFingerprint(executor);
    const r = await ingestFile(executor, VSO);
    expect(r.createdEntities).toEqual(['kst-36000-b']);
    const removal = await removeDocument(executor, 'vso-klein');
    expect(removal).toMatchObject({
      documentId: 'vso-klein',
      documentEntity: 'DELETED',
      removedEntities: ['kst-36000-b'],
    });
    expect(removal.removedNodes).toBe(
      r.document.passages.length +
        r.document.questions.length +
        r.document.answers.length +
        r.document.parts.length +
        1,
    );
    expect(await graphFingerprint(executor)).toEqual(before);
  });

  it("keeps a curated relation's evidence and the Document it names, without its text", async () => {
    const r = await ingestFile(executor, VSO);
    const quote = 'Hoeveel bewoners van het azc bezoeken de Meedoenbalies van het COA?';
    const pages = (await scalar("MATCH (t:DocumentText {documentId: 'vso-klein'}) RETURN t.pages")) as string[];
    const page = pages.findIndex((p) => p.replace(/\s+/g, ' ').includes(quote)) + 1;
    expect(page).toBeGreaterThan(0);
    const curation = new CurationRepository(executor);
    const rel = await curation.addRelation(
      { name: 'test-curator', admin: false },
      {
        from: 'coa',
        type: RelationType.Supports,
        to: 'gemeenten',
        evidence: [{ documentId: 'vso-klein', page, quote }],
      },
    );
    const relBefore = await scalar('MATCH ()-[r {id: $id}]->() RETURN properties(r)', { id: rel.id });

    const removal = await removeDocument(executor, 'vso-klein');
    expect(removal.documentEntity).toBe('KEPT_WITHOUT_TEXT');
    expect(await scalar('MATCH ()-[r {id: $id}]->() RETURN properties(r)', { id: rel.id })).toEqual(relBefore);
    expect(await scalar("MATCH (d:Entity {id: 'vso-klein'}) RETURN d.hasText")).toBe(false);
    for (const label of [
      'Passage',
      'Question',
      'Answer',
      'DocumentPart',
      'DocumentText',
      'Ingestion',
      'Retired',
      'Staged',
    ]) {
      expect([
        label,
        await scalar(
          `MATCH (n:${label}) WHERE n.documentId = 'vso-klein' OR n.stagedFor = 'vso-klein' OR n:Retired RETURN count(n)`,
        ),
      ]).toEqual([label, 0]);
    }
    expect(r.written).toBe(true);
  });

  it('leaves a curated Document exactly as it was and says so', async () => {
    const curated = await scalar("MATCH (d:Entity {id: 'kst-32824-438'}) RETURN properties(d)");
    const r = await ingestFile(executor, tempFile('uitvoeringsbrief.txt', bigLetter(30, 'v1')), {
      sourceIdentifier: 'kst-32824-438',
    });
    // The text of a document the graph knows by its identifier attaches to it instead of becoming a duplicate.
    expect(r.document.id).toBe('kst-32824-438');
    expect(await scalar("MATCH (d:Entity {id: 'uitvoeringsbrief'}) RETURN count(d)")).toBe(0);
    expect(await scalar("MATCH (p:Passage {documentId: 'kst-32824-438'}) RETURN count(p)")).toBe(
      r.document.passages.length,
    );
    expect(await removeDocument(executor, 'kst-32824-438')).toMatchObject({
      documentEntity: 'KEPT_CURATED',
      removedEntities: [],
    });
    expect(await scalar("MATCH (d:Entity {id: 'kst-32824-438'}) RETURN properties(d)")).toEqual(curated);
    await expect(removeDocument(executor, 'kst-32824-438')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('replacing only the same document', () => {
  const a = bigLetter(5, 'eerste brief');
  const b = bigLetter(6, 'tweede brief');

  it('refuses a different document under the same id, naming both; --replace or the same identifier replaces', async () => {
    await ingestFile(executor, tempFile('integratiebeleid.txt', a));
    const fp = await graphFingerprint(executor);
    const other = tempFile('integratiebeleid.txt', b);
    await expect(ingestFile(executor, other)).rejects.toThrow(
      /id "integratiebeleid" is already used by the document "Brief van de Staatssecretaris[^"]*" ingested from integratiebeleid\.txt; "Brief van de Staatssecretaris[^"]*" from integratiebeleid\.txt is not known to be the same document/,
    );
    expect(await graphFingerprint(executor)).toEqual(fp);
    const dry = await ingestFile(executor, other, { dryRun: true, replace: true });
    expect(dry).toMatchObject({
      dryRun: true,
      replaced: true,
      replacedDocument: { sourceName: 'integratiebeleid.txt' },
    });
    expect(await graphFingerprint(executor)).toEqual(fp);
    expect(await ingestFile(executor, other, { replace: true })).toMatchObject({ written: true, replaced: true });
    expect(
      await scalar(
        "MATCH (p:Passage {documentId: 'integratiebeleid'}) WHERE p.text CONTAINS 'tweede brief' RETURN count(p)",
      ),
    ).toBe(6);
    expect(
      await scalar(
        "MATCH (p:Passage {documentId: 'integratiebeleid'}) WHERE p.text CONTAINS 'eerste brief' RETURN count(p)",
      ),
    ).toBe(0);
  });

  it('the same official identifier is the same document', async () => {
    await ingestFile(executor, tempFile('brief-x.txt', a), { sourceIdentifier: 'kst-32824-999' });
    const r = await ingestFile(executor, tempFile('brief-x.txt', b), { sourceIdentifier: 'kst-32824-999' });
    expect(r).toMatchObject({ written: true, replaced: true });
    // …and a file of another name with that identifier attaches to it.
    const c = await ingestFile(executor, tempFile('andere-naam.txt', a), { sourceIdentifier: 'kst-32824-999' });
    expect(c.document.id).toBe('brief-x');
    await removeDocument(executor, 'brief-x');
  });
});

describe('staged writes', () => {
  const PARAGRAPHS = 6000;
  const served = async () => {
    const repo = new DocumentRepository(executor);
    const page = await repo.passagesOf('groot', null, null, 1, null);
    return {
      version: await scalar("MATCH (i:Ingestion {documentId: 'groot'}) RETURN i.version"),
      passages: await page.totalCount(),
      first: page.edges[0]?.node.text,
    };
  };

  it('a killed ingest leaves the old version served; the next run sweeps its staged rest', async () => {
    const v1 = await ingestFile(executor, tempFile('groot.txt', bigLetter(PARAGRAPHS, 'versie-een')));
    const old = await served();
    expect(old).toMatchObject({ version: v1.document.version, passages: v1.document.passages.length });

    const file = tempFile('groot.txt', bigLetter(PARAGRAPHS, 'versie-twee'));
    // node with the tsx loader is one process: the kill hits the ingest itself, as a crash would.
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/ingestCli.ts', file, '--replace'], {
      cwd: ROOT,
      env: { ...process.env, NEO4J_URI: testBoltUri(), LOG_LEVEL: 'silent' },
    });
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    let stderr = '';
    // Killed as soon as the first batch of passages is committed: the staged write is under way.
    await new Promise<void>((resolve) => {
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
        if (/\[ingest\] {3}staged nodes \d+\/\d+/.test(stderr) && child.exitCode === null) {
          child.kill('SIGKILL');
          resolve();
        }
      });
      child.on('exit', () => resolve());
    });
    await exited;
    expect([child.signalCode, stderr.includes('failed') ? stderr : '']).toEqual(['SIGKILL', '']);
    expect(Number(await scalar("MATCH (n:Staged {stagedFor: 'groot'}) RETURN count(n)"))).toBeGreaterThan(0);
    expect(await served()).toEqual(old);
    expect(
      await scalar("MATCH (p:Passage) WHERE p.documentId = 'groot' AND p.text CONTAINS 'versie-twee' RETURN count(p)"),
    ).toBe(0);

    const v2 = await ingestFile(executor, file, { replace: true });
    expect(await scalar('MATCH (n:Staged) RETURN count(n)')).toBe(0);
    expect(await scalar('MATCH (n:Retired) RETURN count(n)')).toBe(0);
    expect(await served()).toMatchObject({ version: v2.document.version, passages: v2.document.passages.length });
    expect(
      await scalar("MATCH (p:Passage {documentId: 'groot'}) WHERE p.text CONTAINS 'versie-een' RETURN count(p)"),
    ).toBe(0);
    expect(
      await scalar("MATCH (p:Passage {documentId: 'groot'}) WHERE p.text CONTAINS 'versie-twee' RETURN count(p)"),
    ).toBe(v2.document.passages.filter((p) => p.text.includes('versie-twee')).length);
  }, 900_000);

  it('a write that fails after staging began leaves the old version and no staged nodes', async () => {
    const before = await graphFingerprint(executor);
    let calls = 0;
    const failing = Object.create(executor) as Executor;
    failing.write = (name, work, t) => {
      calls += 1;
      if (name === 'switchDocument') return Promise.reject(new Error('simulated failure at the switch'));
      return executor.write(name, work, t);
    };
    await expect(
      ingestFile(failing, tempFile('groot.txt', bigLetter(PARAGRAPHS, 'derde')), { replace: true }),
    ).rejects.toThrow(/simulated failure/);
    expect(calls).toBeGreaterThan(5);
    expect(await graphFingerprint(executor)).toEqual(before);
  }, 900_000);
});
