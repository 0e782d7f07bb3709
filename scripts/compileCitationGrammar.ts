import fs from 'node:fs';
import path from 'node:path';
import peggy from 'peggy';

const DIR = path.resolve(__dirname, '../src/ingest/citations');
export const CITATION_GRAMMAR_FILE = path.join(DIR, 'citationGrammar.peggy');
export const CITATION_PARSER_FILE = path.join(DIR, 'citationParser.js');

/** The parser's source as `npm run grammar` writes it: CommonJS, so ts-jest and tsx load it without a transform. */
export function compileCitationGrammar(): string {
  const grammar = fs.readFileSync(CITATION_GRAMMAR_FILE, 'utf8');
  return peggy.generate(grammar, {
    output: 'source',
    format: 'commonjs',
    grammarSource: 'citationGrammar.peggy',
    allowedStartRules: ['Scan', 'CitationAt'],
  });
}
