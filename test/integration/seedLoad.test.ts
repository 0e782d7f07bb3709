import type { Executor } from '../../src/db/executor';
import { loadSeeds } from '../../src/seeding/loadSeeds';
import { SeedValidationError } from '../../src/seeding/seedIssue';
import { seedDatabase } from '../../src/seeding/seedPipeline';
import { validateSeeds } from '../../src/seeding/validateSeeds';
import { FIXTURE_FILES, writeSeedFixture } from '../support/seedFixture';
import { clearDatabase, graphFingerprint, seedSet, testExecutor } from '../support/testDb';

describe('seed loading into Neo4j', () => {
  let executor: Executor;
  beforeAll(async () => {
    executor = testExecutor();
    await clearDatabase(executor);
  });
  afterAll(() => executor.close());

  it('loads the whole seed set: every entity and relationship with its evidence', async () => {
    const set = seedSet();
    const report = await loadSeeds(executor, set);
    expect(report).toMatchObject({ entities: set.entities.length, relations: set.relations.length, nodesCreated: set.entities.length });
    expect(report.relationshipsCreated).toBe(set.relations.length);
    const res = await executor.read('t', (tx) =>
      tx.run(`MATCH (:Entity {id: 'coa'})-[r:RUNS]->(:Entity {id: 'vrip'})
              RETURN r.evidenceDocumentIds AS docs, r.evidencePages AS pages, r.evidenceQuotes AS quotes`),
    );
    expect(res.records[0]?.toObject()).toEqual({
      docs: ['ek-vso-wi2021-monitoring-2024', 'ek-vso-wi2021-monitoring-2024'],
      pages: [7, 11],
      quotes: ['VrIP omvat de activiteiten en werkzaamheden van het COA', 'Dit programma omvat activiteiten en werkzaamheden van het COA'],
    });
    const labels = await executor.read('t', (tx) => tx.run("MATCH (n:Entity {id: 'wi2021'}) RETURN labels(n) AS l"));
    expect((labels.records[0]?.get('l') as string[]).sort()).toEqual(['Entity', 'Law']);
  });

  it('is idempotent: a second (forced) load creates and deletes nothing and leaves the same graph', async () => {
    const first = await seedDatabase(executor, undefined, { force: true });
    expect(first.documents.map((d) => d.written)).toEqual([true]);
    const before = await graphFingerprint(executor);
    const again = await seedDatabase(executor, undefined, { force: true });
    expect(again.documents.map((d) => d.written)).toEqual([false]);
    const report = again.load;
    expect(report).toMatchObject({ skipped: false, nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0 });
    expect(await graphFingerprint(executor)).toEqual(before);
  });

  it('skips the write when the graph already holds this seed version', async () => {
    const before = await graphFingerprint(executor);
    expect((await seedDatabase(executor)).load).toMatchObject({ skipped: true, nodesCreated: 0 });
    expect(await graphFingerprint(executor)).toEqual(before);
  });

  it('refuses an invalid seed folder before writing anything', async () => {
    const before = await graphFingerprint(executor);
    const dir = writeSeedFixture({ 'relations/test.yaml': FIXTURE_FILES['relations/test.yaml']!.replace('voert het', 'beheert het') });
    await expect(seedDatabase(executor, dir)).rejects.toBeInstanceOf(SeedValidationError);
    expect(await graphFingerprint(executor)).toEqual(before);
  });

  it('removes its own stale entities and relationships on reload, but never data it does not own', async () => {
    await clearDatabase(executor);
    await loadSeeds(executor, validateSeeds(writeSeedFixture()));
    await executor.write('curator', (tx) =>
      tx.run(`MATCH (a:Entity {id: 'testdienst'})
              CREATE (c:Entity:Organisation {id: 'curated-org', name: 'Curated', type: 'ORGANISATION', origin: 'curator'})
              CREATE (a)-[:COOPERATES_WITH {id: 'testdienst--COOPERATES_WITH-->curated-org', origin: 'curator'}]->(c)`),
    );
    const smaller = writeSeedFixture({
      'catalogue/programmes.yaml': null,
      'relations/test.yaml': 'document: test-doc\nrelations: []\n',
    });
    const report = await loadSeeds(executor, validateSeeds(smaller));
    expect(report).toMatchObject({ nodesDeleted: 1, relationshipsDeleted: 2 });
    const ids = await executor.read('t', (tx) => tx.run('MATCH (n:Entity) RETURN n.id AS id ORDER BY id'));
    expect(ids.records.map((r) => r.get('id'))).toEqual(['curated-org', 'test-doc', 'testdienst']);
    const curated = await executor.read('t', (tx) => tx.run("MATCH ()-[r {origin: 'curator'}]->() RETURN count(r) AS c"));
    expect(curated.records[0]?.get('c')).toBe(1);
  });

  it('moves an entity to its new type label when its type changes', async () => {
    const dir = writeSeedFixture({
      'catalogue/programmes.yaml': FIXTURE_FILES['catalogue/programmes.yaml']!.replace('type: PROGRAMME', 'type: TOPIC'),
    });
    await loadSeeds(executor, validateSeeds(dir));
    const res = await executor.read('t', (tx) => tx.run("MATCH (n:Entity {id: 'proefprogramma'}) RETURN labels(n) AS l, n.type AS t"));
    expect((res.records[0]?.get('l') as string[]).sort()).toEqual(['Entity', 'Topic']);
    expect(res.records[0]?.get('t')).toBe('TOPIC');
  });
});
