/**
 * `npm run codegen:check`: regenerates every codegen output in memory (the resolver types from schema/*.graphql,
 * the explorer's typed documents and their persisted-documents manifest) and fails when a committed file differs, so
 * a schema or operation change without `npm run codegen` cannot land (the trusted-documents manifest built from it is
 * checked next by `scripts/trustedDocuments.ts --check`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..');
  const { config } = await loadCodegenConfig({ configFilePath: path.join(root, 'codegen.yml') });
  const outputs = (await generate({ ...config, cwd: root, silent: true }, false)) as {
    filename: string;
    content: string;
  }[];
  let stale = 0;
  for (const o of outputs) {
    const file = path.resolve(root, o.filename);
    const committed = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    if (committed !== o.content) {
      process.stderr.write(`${path.relative(root, file)} is stale: run \`npm run codegen\` and commit the result\n`);
      stale += 1;
    }
  }
  if (stale) process.exit(1);
  process.stdout.write(`generated types are up to date (${outputs.length} file(s))\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
