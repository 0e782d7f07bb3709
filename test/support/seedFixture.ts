import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * A small, self-written seed folder for tests: one two-page document, three entities, two relations. Tests
 * overwrite single files to provoke one error at a time.
 */
export const FIXTURE_TEXT = ` M VERSLAG VAN EEN TESTOVERLEG

De Testdienst voert het Proefprogramma uit
voor nieuwkomers in de gemeente.
 Tweede pagina
Het Proefprogramma wordt betaald door de Testdienst.
`;

export const FIXTURE_FILES: Record<string, string> = {
  'documents/test-doc.txt': FIXTURE_TEXT,
  'catalogue/documents.yaml': `type: DOCUMENT
entities:
  - id: test-doc
    name: Testverslag
    description: A test report.
    textFile: documents/test-doc.txt
    descriptionNl: Een testverslag.
`,
  'catalogue/organisations.yaml': `type: ORGANISATION
entities:
  - id: testdienst
    name: Testdienst
    aliases: [TD]
    description: A test agency.
    descriptionNl: Een testdienst.
`,
  'catalogue/programmes.yaml': `type: PROGRAMME
entities:
  - id: proefprogramma
    name: Proefprogramma
    description: A test programme.
    descriptionNl: Een testprogramma.
`,
  'relations/test.yaml': `document: test-doc
relations:
  - { from: testdienst, type: RUNS, to: proefprogramma, page: 1, quote: "De Testdienst voert het Proefprogramma uit" }
  - from: testdienst
    type: FUNDS
    to: proefprogramma
    evidence:
      - { page: 2, quote: "Het Proefprogramma wordt betaald door de Testdienst." }
`,
};

/** Writes the fixture (with `overrides` replacing or adding files; null deletes) to a fresh temp folder. */
export function writeSeedFixture(overrides: Record<string, string | null> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-seed-'));
  for (const [rel, content] of Object.entries({ ...FIXTURE_FILES, ...overrides })) {
    if (content === null) continue;
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), content);
  }
  return dir;
}
