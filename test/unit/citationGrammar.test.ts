import fs from 'node:fs';
import { CITATION_PARSER_FILE, compileCitationGrammar } from '../../scripts/compileCitationGrammar';

describe('the committed citation parser', () => {
  it('is what the grammar compiles to (run `npm run grammar` after changing citationGrammar.peggy)', () => {
    expect(fs.readFileSync(CITATION_PARSER_FILE, 'utf8') === compileCitationGrammar()).toBe(true);
  });
});
