import fs from 'node:fs';
import path from 'node:path';
import { familyExample, parseFixture } from '../support/familyExample';

// Issue 9 asks for one example output per family in the ingest docs; this keeps each one true to the parser.
const page = fs.readFileSync(path.join(__dirname, '../../docs/ingestion-families.md'), 'utf8');
const examples = [...page.matchAll(/<!-- example output: (\S+) -->\n```json\n([\s\S]*?)```/g)].map((m) => ({
  fixture: m[1] as string,
  shown: JSON.parse(m[2] as string) as unknown,
}));

describe('docs/ingestion-families.md', () => {
  it('shows an example output for every family and for a document of no family', () => {
    const families = new Set(examples.map((e) => (e.shown as { meta: { family: string | null } }).meta.family));
    expect([...families].sort()).toEqual(
      [
        'AMENDEMENT',
        'BILL_PROCEDURE',
        'COMMISSIEDEBAT',
        'KAMERBRIEF',
        'MOTIE',
        'SCHRIFTELIJKE_VRAGEN',
        'VSO',
        null,
      ].sort(),
    );
    expect(examples).toHaveLength(11);
  });

  it.each(examples.map((e) => [e.fixture, e] as const))('the example of %s is what the parser gives', (_f, e) => {
    expect(familyExample(parseFixture(e.fixture))).toEqual(e.shown);
  });
});
