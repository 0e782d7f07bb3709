import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_MANIFEST } from '../../src/http/trustedDocuments';
import { buildManifest, manifestText } from '../../scripts/trustedDocuments';

/** The trusted-documents manifest, without a database: current, and every id the sha256 of its document. */
const manifest = JSON.parse(fs.readFileSync(DEFAULT_MANIFEST, 'utf8')) as Record<string, string>;
const explorerPersisted = JSON.parse(
  fs.readFileSync(path.join(__dirname, '../../explorer/src/gql/persisted-documents.json'), 'utf8'),
) as Record<string, string>;
const sha256 = (t: string) => createHash('sha256').update(t).digest('hex');

describe('the trusted-documents manifest', () => {
  it('is up to date with the explorer and the documented examples (regenerate with npm run codegen)', () => {
    expect(fs.readFileSync(DEFAULT_MANIFEST, 'utf8')).toBe(manifestText(buildManifest()));
  });

  it('holds every explorer operation under the sha256 of its text, and no document twice', () => {
    for (const [key, doc] of Object.entries(explorerPersisted)) expect(manifest[key.replace(/^sha256:/, '')]).toBe(doc);
    for (const [hash, doc] of Object.entries(manifest)) expect(sha256(doc)).toBe(hash);
    expect(Object.keys(explorerPersisted).length).toBeGreaterThanOrEqual(6);
  });
});

describe('building the manifest', () => {
  it('registers every graphql example of the README and docs/, and each explorer operation once', () => {
    const built = buildManifest();
    const docs = [
      'README.md',
      ...fs
        .readdirSync(path.join(__dirname, '../../docs'))
        .filter((f) => f.endsWith('.md'))
        .map((f) => `docs/${f}`),
    ];
    const examples = docs.flatMap((f) =>
      [...fs.readFileSync(path.join(__dirname, '../..', f), 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)].map(
        (m) => m[1] as string,
      ),
    );
    for (const e of examples) expect(built[sha256(e)]).toBe(e);
    expect(Object.keys(built).length).toBe(new Set([...examples, ...Object.values(explorerPersisted)]).size);
  });
});
