import neo4j from 'neo4j-driver';
import { EntityRepository } from '../../src/db/entityRepository';
import type { Executor } from '../../src/db/executor';
import { FigureRepository } from '../../src/db/figureRepository';
import { GraphRepository } from '../../src/db/graphRepository';
import { RelationRepository } from '../../src/db/relationRepository';
import { SearchRepository } from '../../src/db/searchRepository';
import {
  Direction,
  EntityOrderField,
  EntityType,
  FigureKind,
  FigureUnit,
  RelationType,
  SortDirection,
} from '../../src/generated/graphql';

/**
 * Cypher checked without a database: a recording executor captures every statement, and the test asserts that
 * user values never appear in the Cypher text, only in the parameters, and that LIMIT values are integers.
 */
const calls: { cypher: string; params: Record<string, unknown> }[] = [];
const fakeTx = {
  run: async (cypher: string, params: Record<string, unknown> = {}) => {
    calls.push({ cypher, params });
    return { records: [], summary: {} };
  },
};
const recorder = {
  read: async (_n: string, work: (tx: unknown) => unknown) => work(fakeTx),
  write: async (_n: string, work: (tx: unknown) => unknown) => work(fakeTx),
} as unknown as Executor;

const EVIL = "x' OR 1=1 // `}) MATCH (n) DETACH DELETE n";

beforeEach(() => (calls.length = 0));

function expectParameterised(...values: string[]): void {
  expect(calls.length).toBeGreaterThan(0);
  for (const { cypher, params } of calls) {
    for (const v of values) expect(cypher).not.toContain(v);
    for (const [k, v] of Object.entries(params)) {
      if (/limit|first|candidates/i.test(k)) expect(neo4j.isInt(v)).toBe(true);
    }
  }
}

describe('repositories send user values as parameters only', () => {
  it('entity lists, counts and lookups', async () => {
    const repo = new EntityRepository(recorder);
    await repo.byIds([EVIL]);
    const page = await repo.list({
      types: [EntityType.Law],
      kind: EVIL,
      text: EVIL,
      relatedTo: { id: EVIL, relationTypes: [RelationType.Runs], direction: Direction.In },
      orderField: EntityOrderField.Name,
      orderDirection: SortDirection.Desc,
      first: 5,
    });
    await page.totalCount();
    expectParameterised(EVIL, 'x OR 1 1');
    expect(calls[1]?.params).toMatchObject({ kind: EVIL, relatedId: EVIL, relTypes: ['RUNS'], types: ['LAW'] });
    expect(calls[1]?.cypher).toMatchSnapshot();
  });

  it('relations, search and graph queries', async () => {
    const rel = new RelationRepository(recorder);
    await rel.ofEntities([EVIL], { direction: Direction.Both, types: null, first: 3, withEvidence: true });
    await rel.countOfEntities([EVIL], Direction.Out, [RelationType.Cites]);
    await rel.list({ fromId: EVIL, toId: EVIL, documentId: EVIL, types: [RelationType.Cites], first: 2 });
    await rel.byId(`${EVIL}--RUNS-->${EVIL}`);
    await new SearchRepository(recorder).search(EVIL, [EntityType.Person], 4);
    const graph = new GraphRepository(recorder);
    await graph.neighbourhood(EVIL, 2, [RelationType.PartOf], 10);
    await graph.shortestPath(EVIL, EVIL, 4);
    await graph.induced([EVIL], 10);
    expectParameterised(EVIL);
    expect(calls.map((c) => c.cypher)).toMatchSnapshot();
  });

  it('figures: every filter is a parameter, the page size an integer', async () => {
    await new FigureRepository(recorder).list({
      kinds: [FigureKind.Duration],
      units: [FigureUnit.Hours],
      year: 2025,
      aboutId: EVIL,
      documentId: EVIL,
      first: 5,
    });
    expectParameterised(EVIL);
    expect(calls.map((c) => ({ cypher: c.cypher, params: c.params }))).toMatchSnapshot();
  });

  it('never interpolates a relationship type outside the vocabulary', async () => {
    expect(await new RelationRepository(recorder).byId('a--DETACH_DELETE-->b')).toBeNull();
    expect(calls).toHaveLength(0);
  });
});
