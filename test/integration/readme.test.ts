import fs from 'node:fs';
import path from 'node:path';
import { EntityType, RelationType } from '../../src/generated/graphql';
import { gql } from '../support/apiClient';
import { useSeededApi } from '../support/seededApi';

/**
 * Keeps the README true: every ```graphql block that is directly followed by a ```json block is run against
 * the seed graph, and the answer must equal the JSON the README shows.
 */
const readme = fs.readFileSync(path.join(__dirname, '../../README.md'), 'utf8');
/** Pages under docs/ whose examples are checked the same way. */
const docs = ['explorer.md'].map((f) => fs.readFileSync(path.join(__dirname, '../../docs', f), 'utf8'));
const examples = [...[readme, ...docs].join('\n').matchAll(/```graphql\n([\s\S]*?)```\s*\n```json\n([\s\S]*?)```/g)].map((m) => ({
  query: m[1] as string,
  expected: JSON.parse(m[2] as string) as unknown,
}));

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
