import { gql, ok } from '../support/apiClient';
import { useSeededApi } from '../support/seededApi';

/** Relations of every entity in a list are fetched in one batched query, not one per entity (no N+1). */
describe('database round trips per request', () => {
  const api = useSeededApi();

  it('lists 50 entities with their relations and relation counts in three reads', async () => {
    const spy = jest.spyOn(api.executor, 'read');
    const d = await ok<{ entities: { nodes: { relations: unknown[]; relationCount: number }[] } }>(
      api.server,
      '{ entities(first: 50) { nodes { id relations(first: 3) { id evidence { document { id } } } relationCount } } }',
    );
    expect(d.entities.nodes).toHaveLength(50);
    expect(d.entities.nodes.every((n) => n.relationCount > 0 && n.relations.length > 0)).toBe(true);
    expect(spy.mock.calls.map((c) => c[0])).toEqual(['entityList', 'relationsOfEntities', 'relationCountOfEntities']);
    spy.mockRestore();
  });

  it('answers entity(id) with its relations, ends and evidence in one read', async () => {
    const spy = jest.spyOn(api.executor, 'read');
    const d = await ok<{
      entity: { relations: { from: { id: string }; to: { id: string }; evidence: { document: { id: string } }[] }[] };
    }>(
      api.server,
      '{ entity(id: "vrip") { id name ... on Programme { relations(first: 50) { id from { id } to { id } evidence { quote document { id } } } } } }',
    );
    expect(d.entity.relations.length).toBeGreaterThan(3);
    expect(d.entity.relations.every((r) => r.from.id === 'vrip' || r.to.id === 'vrip')).toBe(true);
    expect(d.entity.relations.some((r) => r.evidence.length > 0 && r.evidence[0]?.document.id)).toBe(true);
    expect(spy.mock.calls.map((c) => c[0])).toEqual(['entityWithRelations']);
    spy.mockRestore();
  });

  it('gives the same relations in one read as through the DataLoader', async () => {
    const sel = 'relations(first: 100) { id type from { id } to { id name } evidence { page quote document { id } } }';
    const spy = jest.spyOn(api.executor, 'read');
    const one = await ok<{ entity: { relations: unknown[] } }>(api.server, `{ entity(id: "coa") { id ${sel} } }`);
    // Two selections of the field: the root resolver does not look ahead, the DataLoader serves both.
    const batched = await ok<{ entity: { a: unknown[]; b: unknown[] } }>(
      api.server,
      `{ entity(id: "coa") { id a: ${sel} b: ${sel} } }`,
    );
    expect(spy.mock.calls.map((c) => c[0])).toEqual(['entityWithRelations', 'entitiesByIds', 'relationsOfEntities']);
    spy.mockRestore();
    expect(one.entity.relations.length).toBeGreaterThan(2);
    expect(batched.entity.a).toEqual(one.entity.relations);
  });

  it('still reports out-of-bounds relation arguments on the relations field', async () => {
    const res = await gql(api.server, '{ entity(id: "coa") { id relations(first: 100000) { id } } }');
    expect(res.errors?.[0]).toMatchObject({ path: ['entity', 'relations'], extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('answers a hub neighbourhood in one read', async () => {
    const spy = jest.spyOn(api.executor, 'read');
    const d = await ok<{
      neighbourhood: {
        nodes: { id: string }[];
        relations: { from: { id: string; name: string }; to: { id: string } }[];
      };
    }>(
      api.server,
      '{ neighbourhood(id: "coa", depth: 2, limit: 40) { nodes { id } relations { from { id name } to { id } } } }',
    );
    const ids = new Set(d.neighbourhood.nodes.map((n) => n.id));
    expect(d.neighbourhood.relations.length).toBeGreaterThan(10);
    expect(d.neighbourhood.relations.every((r) => ids.has(r.from.id) && ids.has(r.to.id) && r.from.name)).toBe(true);
    expect(spy.mock.calls.map((c) => c[0])).toEqual(['neighbourhood']);
    spy.mockRestore();
  });

  it('reads only the selected fields of a subgraph, and every field selected anywhere in it is there', async () => {
    type Sub = {
      nodes: { id: string; name?: string; description?: string | null }[];
      relations: {
        id: string;
        origin?: string;
        from: { id: string; description?: string | null };
        evidence?: unknown[];
      }[];
    };
    const full = await ok<{ neighbourhood: Sub }>(
      api.server,
      '{ neighbourhood(id: "vrip", depth: 2, limit: 30) { nodes { id name description kind aliases identifiers { scheme } } relations { id origin from { id description } evidence { quote } } } }',
    );
    const slim = await ok<{ neighbourhood: Sub }>(
      api.server,
      '{ neighbourhood(id: "vrip", depth: 2, limit: 30) { nodes { id } relations { id from { ... on Entity { description } } } } }',
    );
    expect(slim.neighbourhood.nodes.map((n) => n.id)).toEqual(full.neighbourhood.nodes.map((n) => n.id));
    expect(slim.neighbourhood.relations.map((r) => [r.id, r.from.description])).toEqual(
      full.neighbourhood.relations.map((r) => [r.id, r.from.description]),
    );
    expect(full.neighbourhood.relations.every((r) => r.origin === 'seed' && Array.isArray(r.evidence))).toBe(true);
    expect(full.neighbourhood.relations.some((r) => r.from.description)).toBe(true);
    const path = await ok<{ shortestPath: Sub }>(
      api.server,
      '{ shortestPath(from: "kis", to: "coa") { nodes { id name } relations { from { id name } } } }',
    );
    expect(path.shortestPath.nodes.every((n) => n.name)).toBe(true);
  });

  it('answers a document with its questions and their answers in one read, as the DataLoaders would', async () => {
    const doc = 'ek-vso-wi2021-monitoring-2024';
    const sel = 'questions { id number text faction factionEntity { id } answers { id label text } }';
    const spy = jest.spyOn(api.executor, 'read');
    const one = await ok<{ document: { questions: { answers: unknown[]; factionEntity: { id: string } }[] } }>(
      api.server,
      `{ document(id: "${doc}") { id name ${sel} } }`,
    );
    expect(spy.mock.calls.map((c) => c[0])).toEqual(['documentWithQuestions']);
    spy.mockRestore();
    const twice = await ok<{ document: { a: unknown[] } }>(
      api.server,
      `{ document(id: "${doc}") { id name a: ${sel} b: ${sel} } }`,
    );
    expect(one.document.questions.length).toBeGreaterThan(10);
    expect(one.document.questions.filter((q) => q.answers.length).length).toBeGreaterThan(10);
    expect(twice.document.a).toEqual(one.document.questions);
    const faction = one.document.questions[0]?.factionEntity.id;
    const own = await ok<{ document: { questions: { factionEntity: { id: string } }[] } }>(
      api.server,
      `{ document(id: "${doc}") { questions(faction: "${faction}") { factionEntity { id } answers { id } } } }`,
    );
    expect(own.document.questions.length).toBe(
      one.document.questions.filter((q) => q.factionEntity.id === faction).length,
    );
    expect(own.document.questions.every((q) => q.factionEntity.id === faction)).toBe(true);
    expect(
      (await ok<{ document: null }>(api.server, '{ document(id: "coa") { questions { id } } }')).document,
    ).toBeNull();
  });

  it('gives an entity without relations a neighbourhood of itself, not NOT_FOUND', async () => {
    await api.executor.write('lonely', (tx) =>
      tx.run(
        "CREATE (:Entity:Topic {id: 'test-lonely-topic', type: 'TOPIC', name: 'Lonely', aliases: [], identifiers: []})",
      ),
    );
    try {
      const d = await ok<{ neighbourhood: { truncated: boolean; nodes: { id: string }[]; relations: unknown[] } }>(
        api.server,
        '{ neighbourhood(id: "test-lonely-topic", depth: 2) { truncated nodes { id } relations { id } } }',
      );
      expect(d.neighbourhood).toEqual({ truncated: false, nodes: [{ id: 'test-lonely-topic' }], relations: [] });
    } finally {
      await api.executor.write('lonely', (tx) => tx.run("MATCH (n:Entity {id: 'test-lonely-topic'}) DELETE n"));
    }
  });

  it('reads only the selected properties of relation ends and evidence documents, and they equal the full records', async () => {
    const sel = '{ id from { id name description } to { id name } evidence { quote document { id name hasText } } }';
    const slim = await ok<{ entity: { relations: { id: string }[] } }>(
      api.server,
      `{ entity(id: "coa") { relations(first: 100, direction: OUT) ${sel} } }`,
    );
    const full = await ok<{ relations: { nodes: { id: string }[] } }>(
      api.server,
      `{ relations(filter: { fromId: "coa" }, first: 100) { nodes ${sel} } }`,
    );
    const byId = (xs: { id: string }[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));
    expect(slim.entity.relations.length).toBeGreaterThan(2);
    expect(byId(slim.entity.relations)).toEqual(byId(full.relations.nodes));
  });

  it('answers shortestPath, and NOT_FOUND for an unknown end, in one read', async () => {
    const spy = jest.spyOn(api.executor, 'read');
    const d = await ok<{ shortestPath: { nodes: { id: string }[] } }>(
      api.server,
      '{ shortestPath(from: "kis", to: "map") { nodes { id } relations { id } } }',
    );
    expect(d.shortestPath.nodes[0]?.id).toBe('kis');
    const r = await gql(api.server, '{ shortestPath(from: "kis", to: "nobody-here") { nodes { id } } }');
    expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(spy.mock.calls.map((c) => c[0])).toEqual(['shortestPath', 'shortestPath']);
    spy.mockRestore();
  });
});
