import fs from 'node:fs';
import path from 'node:path';
import { EntityType, RelationType } from '../../src/generated/graphql';
import { ingestFile } from '../../src/ingest/ingestFile';
import { gql } from '../support/apiClient';
import { useSeededApi } from '../support/seededApi';

/**
 * Keeps the README true: every ```graphql block that is directly followed by a ```json block is run against
 * the seed graph, and the answer must equal the JSON the README shows.
 */
const readme = fs.readFileSync(path.join(__dirname, '../../README.md'), 'utf8');
const examplesOf = (text: string) =>
  [...text.matchAll(/```graphql\n([\s\S]*?)```\s*\n```json\n([\s\S]*?)```/g)].map((m) => ({
    query: m[1] as string,
    expected: JSON.parse(m[2] as string) as unknown,
  }));
const examples = examplesOf(readme);
const linkingPage = fs.readFileSync(path.join(__dirname, '../../docs/linking.md'), 'utf8');

const api = useSeededApi();

describe('README examples', () => {
  it('has at least five examples with their output', () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
  });

  it('documents every entity type and relationship type of the schema', () => {
    for (const v of [...Object.values(EntityType), ...Object.values(RelationType)]) expect(readme).toContain(`| \`${v}\` |`);
  });

  it.each(examples.map((e, i) => [i + 1, e.query.split('\n')[0], e] as const))('example %i (%s) returns what the README shows', async (_i, _title, e) => {
    const r = await gql(api.server, e.query);
    expect({ data: r.data, ...(r.errors ? { errors: r.errors } : {}) }).toEqual(e.expected);
  });
});

describe('docs/linking.md examples', () => {
  // The page's examples query the two linking fixtures, ingested into the seed graph under their file names.
  beforeAll(async () => {
    for (const name of ['tk-commissiedebat', 'ek-brief-commissie']) {
      await ingestFile(api.executor, path.join(__dirname, '../fixtures/linking', `${name}.txt`), { id: name });
    }
  });

  it('has examples with their output', () => {
    expect(examplesOf(linkingPage).length).toBeGreaterThanOrEqual(2);
  });

  it.each(examplesOf(linkingPage).map((e, i) => [i + 1, e] as const))('example %i returns what the page shows', async (_i, e) => {
    const r = await gql(api.server, e.query);
    expect({ data: r.data, ...(r.errors ? { errors: r.errors } : {}) }).toEqual(e.expected);
  });
});
