import { graphql, type GraphQLSchema } from 'graphql';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { Executor } from '../../src/db/executor';
import type { KgServer } from '../../src/server';
import { benchCases, type Case } from '../../bench/cases';
import { generateCorpus, resetCorpus } from '../../bench/corpus';
import { neo4jGraphqlTypeDefs } from '../../bench/neo4jGraphql/typeDefs';
import { ok, testServer } from '../support/apiClient';
import { resetAndSeed, testExecutor } from '../support/testDb';

/**
 * A tiny run of the benchmark's parts (the full benchmark is `npm run bench`, outside the tests): the corpus
 * generator is deterministic and removable, and every query of the mix answers on all three systems with the
 * same answer, so the benchmark compares like with like.
 */
let ex: Executor;
let server: KgServer;
let ngSchema: GraphQLSchema;
let cases: Map<string, Case>;

const countAll = async () => {
  const r = (
    await ex.read('count', (tx) =>
      tx.run(
        'CALL () { MATCH (n) RETURN count(n) AS n } CALL () { MATCH ()-[r]->() RETURN count(r) AS r } RETURN n, r',
      ),
    )
  ).records[0];
  return { nodes: Number(r?.get('n')), rels: Number(r?.get('r')) };
};
const byType = async () =>
  (
    await ex.read('byType', (tx) =>
      tx.run(
        "MATCH ()-[r]->(e:Entity) WHERE startNode(r).documentId STARTS WITH 'bench-doc-' OR r.origin = 'bench' RETURN type(r) + '>' + e.id AS k, count(*) AS c ORDER BY k",
      ),
    )
  ).records.map((r) => `${r.get('k')}:${r.get('c')}`);

beforeAll(async () => {
  ex = testExecutor();
  await resetAndSeed(ex);
  server = await testServer(ex);
  ngSchema = await new Neo4jGraphQL({ typeDefs: neo4jGraphqlTypeDefs(), driver: ex.driver }).getSchema();
}, 180_000);
afterAll(async () => {
  await resetCorpus(ex);
  await server.stop();
  await ex.close();
});

describe('the corpus generator', () => {
  it('writes what it reports, the same corpus for the same seed, and resetCorpus removes exactly it', async () => {
    const before = await countAll();
    const first = await generateCorpus(ex, 3000, 7);
    const after = await countAll();
    expect(after.nodes - before.nodes).toBe(first.nodes);
    expect(after.rels - before.rels).toBe(first.rels);
    expect(first.rels).toBeGreaterThan(2500);
    const shape = await byType();
    await resetCorpus(ex);
    expect(await countAll()).toEqual(before);
    const second = await generateCorpus(ex, 3000, 7);
    expect(second.rels).toBe(first.rels);
    expect(await byType()).toEqual(shape);
    // Mentions follow a power law: the most mentioned entity has many times the median.
    const counts = (
      await ex.read('m', (tx) =>
        tx.run('MATCH (:Passage)-[m:MENTIONS]->(e:Entity) RETURN e.id AS id, count(m) AS c ORDER BY c DESC'),
      )
    ).records.map((r) => Number(r.get('c')));
    expect(counts[0]).toBeGreaterThan(10 * (counts[Math.floor(counts.length / 2)] ?? 1));
    cases = new Map((await benchCases(ex)).cases.map((c) => [c.key, c]));
  }, 120_000);
});

describe('the query mix on three systems', () => {
  const run = async (key: string) => {
    const c = cases.get(key) as Case;
    const ours = await ok<any>(server, c.graphql);
    let ng: any = null;
    if (c.neo4jGraphql) {
      const r = await graphql({
        schema: ngSchema,
        source: c.neo4jGraphql,
        contextValue: { sessionConfig: { database: ex.database } },
      });
      expect(r.errors).toBeUndefined();
      ng = r.data;
    }
    const raw = (await ex.read('raw', (tx) => tx.run(c.cypher, c.params))).records;
    return { ours, ng, raw };
  };

  it('entity by id: the same relations on every system', async () => {
    const { ours, ng, raw } = await run('entity');
    const ngEdges = Object.entries(ng.entities[0])
      .filter(([k]) => /^(out|in)_/.test(k))
      .flatMap(([, v]: [string, any]) => v.edges);
    expect(ours.entity.relations.length).toBeGreaterThan(0);
    expect(ngEdges.length).toBe(ours.entity.relations.length);
    expect(raw[0]?.get('rels')).toHaveLength(ours.entity.relations.length);
  });

  it("a document's questions: the same questions in the same order", async () => {
    const { ours, ng, raw } = await run('questions');
    const numbers = ours.document.questions.map((q: any) => q.number);
    expect(numbers.length).toBeGreaterThan(0);
    expect(ng.entities[0].questions.map((q: any) => q.number)).toEqual(numbers);
    expect(raw.map((r) => Number(r.get('q.number')))).toEqual(numbers);
    expect(ng.entities[0].questions.map((q: any) => q.answers.length)).toEqual(
      ours.document.questions.map((q: any) => q.answers.length),
    );
  });

  it('paging deep: the same total and the same page (keyset cursor here, offset cursor there)', async () => {
    const { ours, ng, raw } = await run('deepPage');
    expect(ng.entitiesConnection.totalCount).toBe(ours.entities.totalCount);
    expect(Number(raw[0]?.get('total'))).toBe(ours.entities.totalCount);
    const ids = ours.entities.nodes.map((n: any) => n.id);
    expect(ng.entitiesConnection.edges.map((e: any) => e.node.id)).toEqual(ids);
    expect(raw.slice(0, 20).map((r) => r.get('n.id'))).toEqual(ids);
  });

  it('search, neighbourhoods and paths answer with results on every system that can express them', async () => {
    for (const key of ['searchNames', 'searchPassages', 'hubD1', 'ordinaryD1', 'hubD2', 'path']) {
      const { ours, ng, raw } = await run(key);
      expect(raw.length).toBeGreaterThan(0);
      const data = Object.values(ours)[0] as any;
      const n = Array.isArray(data) ? data.length : data.nodes.length;
      expect(n).toBeGreaterThan(0);
      if (ng) expect((Object.values(ng)[0] as any).edges.length).toBeGreaterThan(0);
      if (key.startsWith('hub') || key === 'ordinaryD1') {
        expect(data.nodes.length).toBe((raw[0]?.get('nodes') as unknown[]).length);
      }
    }
  });
});
