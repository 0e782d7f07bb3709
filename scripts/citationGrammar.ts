/**
 * `npm run grammar`: compiles src/ingest/citations/citationGrammar.peggy into citationParser.js (committed, so
 * neither the server nor the tests need the parser generator at run time). `--check` compiles in memory and
 * fails when the committed parser differs, like `codegen:check`; test/unit/citationGrammar.test.ts does the same.
 */
import fs from 'node:fs';
import { compileCitationGrammar, CITATION_PARSER_FILE } from './compileCitationGrammar';

const source = compileCitationGrammar();
if (process.argv.includes('--check')) {
  const committed = fs.existsSync(CITATION_PARSER_FILE) ? fs.readFileSync(CITATION_PARSER_FILE, 'utf8') : '';
  if (committed !== source) {
    process.stderr.write(
      'src/ingest/citations/citationParser.js is stale: run `npm run grammar` and commit the result\n',
    );
    process.exit(1);
  }
  process.stdout.write('citation parser is up to date\n');
} else {
  fs.writeFileSync(CITATION_PARSER_FILE, source);
  process.stdout.write('wrote src/ingest/citations/citationParser.js\n');
}
