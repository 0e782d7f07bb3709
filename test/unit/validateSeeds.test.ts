import { SeedValidationError } from '../../src/seeding/seedIssue';
import { validateSeeds } from '../../src/seeding/validateSeeds';
import { FIXTURE_FILES, writeSeedFixture } from '../support/seedFixture';

function problems(overrides: Record<string, string | null>): string[] {
  try {
    validateSeeds(writeSeedFixture(overrides));
  } catch (e) {
    if (e instanceof SeedValidationError) return e.issues.map((i) => `${i.file}:${i.line}${i.field ? ` (${i.field})` : ''}: ${i.reason}`);
    throw e;
  }
  return [];
}

describe('validateSeeds on a fixture', () => {
  it('accepts the valid fixture and normalises quotes', () => {
    const set = validateSeeds(writeSeedFixture());
    expect(set.entities.map((e) => e.id).sort()).toEqual(['proefprogramma', 'test-doc', 'testdienst']);
    expect(set.relations.map((r) => r.id)).toEqual(['testdienst--RUNS-->proefprogramma', 'testdienst--FUNDS-->proefprogramma']);
    expect(set.relations[0]?.evidence[0]).toEqual({ document: 'test-doc', page: 1, quote: 'De Testdienst voert het Proefprogramma uit' });
    expect(set.entities.find((e) => e.id === 'test-doc')?.pages).toHaveLength(2);
  });

  it('gives the same version for the same files and another when a file changes', () => {
    expect(validateSeeds(writeSeedFixture()).version).toBe(validateSeeds(writeSeedFixture()).version);
    expect(validateSeeds(writeSeedFixture({ 'catalogue/programmes.yaml': FIXTURE_FILES['catalogue/programmes.yaml']!.replace('A test programme.', 'Changed.') })).version)
      .not.toBe(validateSeeds(writeSeedFixture()).version);
  });

  it('names file, line and reason for a quote that is not on its page, and where it is', () => {
    const rel = FIXTURE_FILES['relations/test.yaml']!.replace('page: 1, quote: "De Testdienst', 'page: 2, quote: "De Testdienst');
    expect(problems({ 'relations/test.yaml': rel })).toEqual([
      expect.stringMatching(/relations\/test\.yaml:3 \(quote\): quote not found on page 2 of test-doc \(it is on page 1\): "De Testdienst voert/),
    ]);
  });

  it('rejects a quote found nowhere', () => {
    const rel = FIXTURE_FILES['relations/test.yaml']!.replace('wordt betaald door', 'wordt gefinancierd door');
    expect(problems({ 'relations/test.yaml': rel })).toEqual([expect.stringMatching(/relations\/test\.yaml:8 \(evidence\[0\]\): quote not found on page 2 of test-doc: /)]);
  });

  it('rejects an unknown entity type', () => {
    expect(problems({ 'catalogue/programmes.yaml': FIXTURE_FILES['catalogue/programmes.yaml']!.replace('PROGRAMME', 'PROGRAM') })).toEqual([
      expect.stringMatching(/catalogue\/programmes\.yaml:1 \(type\): /),
      expect.stringMatching(/relations\/test\.yaml:3 \(to\): unknown entity "proefprogramma"/),
      expect.stringMatching(/relations\/test\.yaml:6 \(to\): unknown entity "proefprogramma"/),
    ]);
  });

  it('rejects an unknown relationship type, a dangling reference and a self-loop', () => {
    const rel = `document: test-doc
relations:
  - { from: testdienst, type: OWNS, to: proefprogramma, page: 1, quote: "De Testdienst" }
  - { from: testdienst, type: RUNS, to: nobody, page: 1, quote: "De Testdienst" }
  - { from: testdienst, type: RUNS, to: testdienst, page: 1, quote: "De Testdienst" }
`;
    expect(problems({ 'relations/test.yaml': rel })).toEqual([
      expect.stringMatching(/test\.yaml:3 \(type\): /),
      expect.stringContaining('relations/test.yaml:4 (to): unknown entity "nobody"'),
      expect.stringContaining('relations/test.yaml:5: a relationship cannot connect an entity to itself'),
    ]);
  });

  it('rejects duplicate ids and duplicate relationships, pointing at the first definition', () => {
    const dup = FIXTURE_FILES['catalogue/programmes.yaml']!.replace('id: proefprogramma', 'id: testdienst');
    expect(problems({ 'catalogue/programmes.yaml': dup })).toEqual(
      expect.arrayContaining([expect.stringMatching(/programmes\.yaml:3 \(id\): duplicate id "testdienst" \(first defined at .*organisations\.yaml:3\)/)]),
    );
    const rel = `${FIXTURE_FILES['relations/test.yaml']}  - { from: testdienst, type: RUNS, to: proefprogramma, page: 1, quote: "De Testdienst" }\n`;
    expect(problems({ 'relations/test.yaml': rel })).toEqual([expect.stringMatching(/test\.yaml:9: duplicate relationship testdienst--RUNS-->proefprogramma \(first at .*test\.yaml:3\)/)]);
  });

  it('rejects misspelt fields, fields of another type, bad identifiers, bad pages and YAML errors', () => {
    const orgs = `type: ORGANISATION
entities:
  - id: testdienst
    name: Testdienst
    descripton: typo
  - id: other
    name: Other
    description: x
    role: not for organisations
    identifiers: [{ scheme: BWB, value: "12345" }]
`;
    const out = problems({ 'catalogue/organisations.yaml': orgs });
    expect(out).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/organisations\.yaml:3: unknown field\(s\) descripton/),
        expect.stringMatching(/organisations\.yaml:9 \(role\): "role" is not a field of ORGANISATION/),
        expect.stringMatching(/organisations\.yaml:10 \(identifiers\.0\.value\): value does not have the format of its scheme/),
      ]),
    );
    const rel = FIXTURE_FILES['relations/test.yaml']!.replace('page: 1,', 'page: 7,');
    expect(problems({ 'relations/test.yaml': rel })).toEqual([expect.stringMatching(/test\.yaml:3 \(quote\): page 7 does not exist \(the document has 2\)/)]);
    expect(problems({ 'relations/test.yaml': 'relations:\n  - { from: a\n' })).toEqual([expect.stringMatching(/relations\/test\.yaml:\d+: YAML: /)]);
  });

  it('rejects a textFile outside the seed folder and evidence from a document without text', () => {
    const docs = FIXTURE_FILES['catalogue/documents.yaml']!.replace('documents/test-doc.txt', '../../etc/passwd');
    expect(problems({ 'catalogue/documents.yaml': docs })).toEqual(
      expect.arrayContaining([expect.stringMatching(/documents\.yaml:6 \(textFile\): no file \.\.\/\.\.\/etc\/passwd inside/)]),
    );
  });
});
