import fs from 'node:fs';
import path from 'node:path';
import { EntityType, RelationType } from '../../src/generated/graphql';
import { ingestFile } from '../../src/ingest/ingestFile';
import { vocabularyTable } from '../../scripts/vocabularyTable';
import { gql } from '../support/apiClient';
import { useSeededApi } from '../support/seededApi';

/**
 * Keeps the README and docs/ true: every ```graphql block that is directly followed by a ```json block is run
 * against the seed graph, and the answer must equal the JSON the page shows.
 */
const root = path.join(__dirname, '../..');
const pages = [
  'README.md',
  ...fs
    .readdirSync(path.join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => `docs/${f}`),
];
const text = (page: string) => fs.readFileSync(path.join(root, page), 'utf8');
const examplesIn = (page: string) =>
  [...text(page).matchAll(/```graphql\n([\s\S]*?)```\s*\n```json\n([\s\S]*?)```/g)].map((m) => ({
    page,
    query: m[1] as string,
    shown: m[2] as string,
    expected: JSON.parse(m[2] as string) as unknown,
  }));
/** Pages whose examples need documents beyond the seed: run in their own block, after ingesting them. */
const WITH_FIXTURES = 'docs/linking.md';
const examples = pages.filter((p) => p !== WITH_FIXTURES).flatMap(examplesIn);
const dataModel = text('docs/data-model.md');

const api = useSeededApi();

describe('README and docs examples', () => {
  it('has three examples in the README and at least five in the API guide', () => {
    expect(examples.filter((e) => e.page === 'README.md').length).toBeGreaterThanOrEqual(3);
    expect(examples.filter((e) => e.page === 'docs/api.md').length).toBeGreaterThanOrEqual(5);
  });

  it('keeps the README short enough to read in five minutes (with one ingest example per document family)', () => {
    expect(text('README.md').split('\n').length).toBeLessThanOrEqual(260);
  });

  it('links every docs page from the README', () => {
    for (const page of pages.filter((p) => p.startsWith('docs/'))) expect(text('README.md')).toContain(`](${page}`);
  });

  it('documents every entity type and relationship type of the schema', () => {
    for (const v of Object.values(EntityType)) expect(dataModel).toContain(`| \`${v}\` |`);
    for (const v of Object.values(RelationType)) expect(text('docs/vocabulary.md')).toContain(`| \`${v}\` |`);
  });

  it('shows the vocabulary table as the vocabulary data renders it (labels, definitions, domains, ranges)', () => {
    expect(text('docs/vocabulary.md')).toContain(vocabularyTable());
  });

  it.each(examples.map((e, i) => [i + 1, e.page, e.query.split('\n')[0], e] as const))(
    'example %i in %s (%s) returns what the page shows',
    async (_i, _page, _title, e) => {
      const r = await gql(api.server, e.query);
      const actual = { data: r.data, ...(r.errors ? { errors: r.errors } : {}) };
      // After a deliberate change of the seed graph: `UPDATE_DOC_EXAMPLES=1 npx jest test/integration/readme.test.ts`
      // writes the real answers into the pages (like jest -u for snapshots); review the diff before committing.
      if (process.env.UPDATE_DOC_EXAMPLES === '1') {
        const file = path.join(root, e.page);
        fs.writeFileSync(
          file,
          fs
            .readFileSync(file, 'utf8')
            .replace(`\`\`\`json\n${e.shown}\`\`\``, `\`\`\`json\n${JSON.stringify(actual, null, 2)}\n\`\`\``),
        );
        return;
      }
      expect(actual).toEqual(e.expected);
    },
  );
});

describe(`${WITH_FIXTURES} examples`, () => {
  // The page's examples query the two linking fixtures, ingested into the seed graph under their file names.
  beforeAll(async () => {
    for (const name of ['tk-commissiedebat', 'ek-brief-commissie']) {
      await ingestFile(api.executor, path.join(__dirname, '../fixtures/linking', `${name}.txt`), { id: name });
    }
  });

  it('has examples with their output', () => {
    expect(examplesIn(WITH_FIXTURES).length).toBeGreaterThanOrEqual(2);
  });

  it.each(examplesIn(WITH_FIXTURES).map((e, i) => [i + 1, e] as const))(
    'example %i returns what the page shows',
    async (_i, e) => {
      const r = await gql(api.server, e.query);
      expect({ data: r.data, ...(r.errors ? { errors: r.errors } : {}) }).toEqual(e.expected);
    },
  );
});
