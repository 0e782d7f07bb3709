import { RELATION_VOCABULARY } from '../src/domain/relationVocabulary';

/**
 * The vocabulary table of docs/vocabulary.md, rendered from the vocabulary data so the page cannot drift from
 * it (test/integration/readme.test.ts compares them). Run `npx tsx scripts/vocabularyTable.ts` after a change.
 */
export function vocabularyTable(): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  const rows = RELATION_VOCABULARY.map(
    (m) =>
      `| \`${m.type}\` | ${cell(m.labelNl)} | ${cell(m.labelEn)} | ${cell(m.definition)} | ${m.from.join(', ')} | ${m.to.join(', ')} | ${cell(m.inverseNl)} | ${m.needsDate ? 'yes' : ''} |`,
  );
  return [
    '| type | Dutch label | English label | definition | from (domain) | to (range) | inverse (NL) | needs a date |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

if (require.main === module) process.stdout.write(`${vocabularyTable()}\n`);
