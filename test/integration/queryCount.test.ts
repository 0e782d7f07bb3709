import { ok } from '../support/apiClient';
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
});
