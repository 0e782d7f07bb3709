/**
 * `npm run codegen` (second step): writes src/generated/trustedDocuments.json, the manifest of the operations this
 * project itself makes, as { sha256 hex of the document text: the document }. Two sources:
 *   - the explorer's operations, registered by graphql-codegen's client preset (explorer/src/gql/persisted-documents.json);
 *   - every ```graphql example of the README and docs/*.md, hashed over its exact text, so that pasting an example
 *     into GraphiQL (which sends the text) is answered by a server that runs only trusted documents.
 * Each document is validated against schema/*.graphql first: a stale example fails the build, not a user.
 * `--check` compares instead of writing (CI: an operation changed without regenerating fails).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';

const root = path.resolve(__dirname, '..');
export const MANIFEST = path.join(root, 'src/generated/trustedDocuments.json');
const EXPLORER_DOCUMENTS = path.join(root, 'explorer/src/gql/persisted-documents.json');

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The markdown files whose examples are registered: the README and every page under docs/. */
function markdownFiles(): string[] {
  const docs = path.join(root, 'docs');
  const pages = fs.existsSync(docs)
    ? fs
        .readdirSync(docs)
        .filter((f) => f.endsWith('.md'))
        .sort()
        .map((f) => path.join(docs, f))
    : [];
  return [path.join(root, 'README.md'), ...pages];
}

/** Builds the manifest from its sources; throws naming the file and example when a document does not validate. */
export function buildManifest(): Record<string, string> {
  const schemaDir = path.join(root, 'schema');
  const schema = buildSchema(
    fs
      .readdirSync(schemaDir)
      .filter((f) => f.endsWith('.graphql'))
      .sort()
      .map((f) => fs.readFileSync(path.join(schemaDir, f), 'utf8'))
      .join('\n'),
  );
  const entries: [string, string, string][] = [];
  const explorer = JSON.parse(fs.readFileSync(EXPLORER_DOCUMENTS, 'utf8')) as Record<string, string>;
  for (const [key, doc] of Object.entries(explorer)) {
    const hash = key.replace(/^sha256:/, '');
    // The client preset hashes the printed document; Apollo checks sha256(query) against the id, so they must agree.
    if (sha256(doc) !== hash)
      throw new Error(`${path.relative(root, EXPLORER_DOCUMENTS)}: ${key} is not the sha256 of its document`);
    entries.push([hash, doc, 'explorer']);
  }
  for (const file of markdownFiles()) {
    const text = fs.readFileSync(file, 'utf8');
    [...text.matchAll(/```graphql\n([\s\S]*?)```/g)].forEach((m, i) =>
      entries.push([sha256(m[1] as string), m[1] as string, `${path.relative(root, file)} example ${i + 1}`]),
    );
  }
  const manifest: Record<string, string> = {};
  for (const [hash, doc, where] of entries) {
    const errors = validate(schema, parse(doc));
    if (errors.length)
      throw new Error(`${where} does not validate against schema/: ${errors.map((e) => e.message).join('; ')}`);
    manifest[hash] = doc;
  }
  return Object.fromEntries(Object.entries(manifest).sort(([a], [b]) => a.localeCompare(b)));
}

export const manifestText = (m: Record<string, string>) => `${JSON.stringify(m, null, 2)}\n`;

if (require.main === module) {
  try {
    const text = manifestText(buildManifest());
    if (process.argv.includes('--check')) {
      if (!fs.existsSync(MANIFEST) || fs.readFileSync(MANIFEST, 'utf8') !== text) {
        process.stderr.write(
          `${path.relative(root, MANIFEST)} is stale: run \`npm run codegen\` and commit the result\n`,
        );
        process.exit(1);
      }
    } else {
      fs.writeFileSync(MANIFEST, text);
    }
    process.stdout.write(
      `trusted documents: ${Object.keys(JSON.parse(text) as Record<string, string>).length} operations\n`,
    );
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  }
}
