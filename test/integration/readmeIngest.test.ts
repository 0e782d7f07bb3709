import fs from 'node:fs';
import path from 'node:path';
import { corpusFiles } from '../../src/ingest/corpusFiles';
import { formatCorpusTable } from '../../src/ingest/formatCorpusTable';
import { ingestCorpus } from '../../src/ingest/ingestCorpus';
import { graphFingerprint } from '../support/testDb';
import { useSeededApi } from '../support/seededApi';

/**
 * The README's ingest example is the real output: the files its command names (a shell brace list), ingested as a
 * dry run against the seed graph, give exactly the table it shows, and write nothing.
 * `UPDATE_DOC_EXAMPLES=1 npx jest test/integration/readmeIngest.test.ts` rewrites the table after a parser change.
 */
const root = path.join(__dirname, '../..');
const readme = () => fs.readFileSync(path.join(root, 'README.md'), 'utf8');
const api = useSeededApi();

function example() {
  const m = /npm run ingest -- --dry-run ([^\s{]+)\{([^}]+)\}\n```\n\n```text\n([\s\S]*?)```/.exec(readme());
  if (!m) throw new Error('README: no ingest example (command with a brace list, then a text block)');
  return { files: m[2]!.split(',').map((f) => path.join(root, m[1]!, f)), shown: m[3]! };
}

it("README's ingest example shows one document per family, as the dry run really prints it", async () => {
  const { files, shown } = example();
  const before = await graphFingerprint(api.executor);
  const entries = await ingestCorpus(api.executor, corpusFiles(files), { dryRun: true });
  // The CLI prints the table with a trailing newline; the README block holds it as is.
  const table = formatCorpusTable(entries);
  if (process.env.UPDATE_DOC_EXAMPLES === '1') {
    fs.writeFileSync(
      path.join(root, 'README.md'),
      readme().replace(`\`\`\`text\n${shown}\`\`\``, `\`\`\`text\n${table}\`\`\``),
    );
    return;
  }
  expect(table).toBe(shown);
  expect(await graphFingerprint(api.executor)).toEqual(before);
  const families = entries.map((e) => ('report' in e ? e.report.document.meta.family : 'FAILED'));
  for (const f of [
    'SCHRIFTELIJKE_VRAGEN',
    'VSO',
    'BILL_PROCEDURE',
    'KAMERBRIEF',
    'COMMISSIEDEBAT',
    'MOTIE',
    'AMENDEMENT',
    null,
  ])
    expect(families).toContain(f);
});
