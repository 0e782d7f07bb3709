import { gql as gqlOn, ok as okOn } from '../support/apiClient';
import { useSeededApi } from '../support/seededApi';
import { graphFingerprint, seedSet } from '../support/testDb';

const api = useSeededApi();
const ok = <T = any>(query: string, variables?: Record<string, unknown>) => okOn<T>(api.server, query, variables);
const gql = (query: string, variables?: Record<string, unknown>) => gqlOn(api.server, query, variables);

const codeOf = (r: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.code;

describe('entity(id)', () => {
  it('returns an entity with aliases, identifiers and typed relations in both directions with evidence', async () => {
    const d = await ok<{ entity: any }>(
      `{ entity(id: "wi2021") { id type name aliases description ... on Law { bwbId identifiers { scheme value url }
          relations(direction: BOTH, types: [EXCLUDES, EVALUATES]) { id type from { id } to { id } evidence { page quote document { id name } } } } } }`,
    );
    expect(d.entity).toMatchObject({ id: 'wi2021', type: 'LAW', name: 'Wet inburgering 2021', bwbId: 'BWBR0044770' });
    expect(d.entity.aliases).toContain('Wi2021');
    expect(d.entity.identifiers).toEqual([
      { scheme: 'BWB', value: 'BWBR0044770', url: 'https://wetten.overheid.nl/BWBR0044770' },
    ]);
    const rels = d.entity.relations as any[];
    expect(rels.map((r) => r.id)).toEqual(
      expect.arrayContaining([
        'wi2021--EXCLUDES-->kennismigranten',
        'radaradvies-uitvoering-eerste-fase-wi2021--EVALUATES-->wi2021',
      ]),
    );
    expect(rels.every((r) => r.type === 'EXCLUDES' || r.type === 'EVALUATES')).toBe(true);
    const incoming = rels.find((r) => r.type === 'EVALUATES' && r.from.id === 'c-wetsevaluatie-2027');
    expect(incoming.evidence[0]).toMatchObject({ page: 7, document: { id: 'ek-vso-wi2021-monitoring-2024' } });
    expect(incoming.evidence[0].quote).toContain('wetsevaluatie in 2027');
  });

  it('answers null for an unknown id, and for injection strings, without touching the graph', async () => {
    const before = await graphFingerprint(api.executor);
    for (const id of [
      'nope',
      "x' OR 1=1 //",
      '"}) MATCH (n) DETACH DELETE n //',
      '`x`',
      'a\u0000b',
      'x'.repeat(10_000),
    ]) {
      expect(await ok('query($id: ID!) { entity(id: $id) { id } }', { id })).toEqual({ entity: null });
    }
    expect(await graphFingerprint(api.executor)).toEqual(before);
  });

  it('counts and limits relations', async () => {
    const d = await ok<{ entity: any }>(
      `{ entity(id: "coa") { relationCount out: relationCount(direction: OUT) relations(first: 2) { id } } }`,
    );
    expect(d.entity.relationCount).toBeGreaterThan(d.entity.out);
    expect(d.entity.relations).toHaveLength(2);
    expect(codeOf(await gql('{ entity(id: "coa") { relations(first: 501) { id } } }'))).toBe('BAD_USER_INPUT');
  });
});

describe('search', () => {
  const search = (text: string, extra = '') =>
    ok<{ search: any[] }>(`query($t: String!) { search(text: $t${extra}) { score snippet entity { id type name } } }`, {
      t: text,
    });

  it('finds VrIP case-insensitively and ranks the exact alias match first', async () => {
    const { search: hits } = await search('vrip');
    expect(hits[0].entity.id).toBe('vrip');
    expect(hits[0].snippet).toBe('<b>VrIP</b>');
    expect(hits[0].score).toBeGreaterThan(hits[1].score);
  });

  it('ignores accents: "oekraiense" finds Oekraïense ontheemden', async () => {
    const { search: hits } = await search('oekraiense');
    expect(hits.map((h) => h.entity.id)).toContain('oekraiense-ontheemden');
  });

  it('ranks an exact name above entities that merely mention it', async () => {
    expect((await search('MAP')).search[0].entity.id).toBe('map');
    expect((await search('Divosa')).search[0].entity.id).toBe('divosa');
  });

  it('filters by type and honours first', async () => {
    const { search: hits } = await search('inburgering', ', types: [LAW], first: 2');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.length).toBeLessThanOrEqual(2);
    expect(hits.every((h) => h.entity.type === 'LAW')).toBe(true);
  });

  it('treats Lucene syntax as plain text', async () => {
    for (const t of ['AND OR (', '*', '~', '"', 'title:(x^3)', '\\', 'COA AND', ')))(((']) {
      const r = await gql('query($t: String!) { search(text: $t) { entity { id } } }', { t });
      expect({ t, errors: r.errors }).toEqual({ t, errors: undefined });
    }
    expect((await search('"COA"')).search[0].entity.id).toBe('coa');
  });

  it('survives odd text and refuses over-long text', async () => {
    for (const t of ['\ud800', '\u202eRTL', '🙂 COA', ''])
      expect((await gql('query($t: String!) { search(text: $t) { score } }', { t })).errors).toBeUndefined();
    const long = await gql('query($t: String!) { search(text: $t) { score } }', { t: 'x'.repeat(201) });
    expect(long.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'text' } });
  });
});

describe('neighbourhood and shortestPath', () => {
  it('shows COA among the neighbours of VrIP with the evidence of the relation', async () => {
    const d = await ok<{ neighbourhood: any }>(
      `{ neighbourhood(id: "vrip") { truncated nodes { id } relations { type from { id } to { id } evidence { quote } } } }`,
    );
    expect(d.neighbourhood.truncated).toBe(false);
    expect(d.neighbourhood.nodes.map((n: any) => n.id)).toEqual(
      expect.arrayContaining(['vrip', 'coa', 'meedoenbalies']),
    );
    const runs = d.neighbourhood.relations.find(
      (r: any) => r.type === 'RUNS' && r.from.id === 'coa' && r.to.id === 'vrip',
    );
    expect(runs.evidence[0].quote).toBe('VrIP omvat de activiteiten en werkzaamheden van het COA');
    const ids = new Set(d.neighbourhood.nodes.map((n: any) => n.id));
    expect(d.neighbourhood.relations.every((r: any) => ids.has(r.from.id) && ids.has(r.to.id))).toBe(true);
  });

  it('reports truncation when the limit cuts the neighbourhood', async () => {
    const d = await ok<{ neighbourhood: any }>(
      `{ neighbourhood(id: "staatssecretaris-jenv", depth: 2, limit: 5) { truncated nodes { id } } }`,
    );
    expect(d.neighbourhood.truncated).toBe(true);
    expect(d.neighbourhood.nodes).toHaveLength(5);
    expect(d.neighbourhood.nodes[0].id).toBe('staatssecretaris-jenv');
  });

  it('follows only the requested relationship types', async () => {
    const d = await ok<{ neighbourhood: any }>(
      `{ neighbourhood(id: "vrip", relationTypes: [PART_OF]) { nodes { id } relations { type } } }`,
    );
    expect(d.neighbourhood.nodes.map((n: any) => n.id).sort()).toEqual([
      'begeleidingsgesprek-participatie',
      'meedoenbalies',
      'nt2-taallessen-vrip',
      'vrip',
    ]);
    expect(new Set(d.neighbourhood.relations.map((r: any) => r.type))).toEqual(new Set(['PART_OF']));
  });

  it('finds a shortest path between KIS and the MAP', async () => {
    const d = await ok<{ shortestPath: any }>(
      `{ shortestPath(from: "kis", to: "map") { nodes { id } relations { from { id } to { id } } } }`,
    );
    const nodes = d.shortestPath.nodes.map((n: any) => n.id);
    expect(nodes[0]).toBe('kis');
    expect(nodes[nodes.length - 1]).toBe('map');
    expect(d.shortestPath.relations).toHaveLength(nodes.length - 1);
  });

  it('returns null when no path fits maxLength, a single node for from = to, NOT_FOUND for unknown ids', async () => {
    expect(await ok(`{ shortestPath(from: "kis", to: "map", maxLength: 1) { nodes { id } } }`)).toEqual({
      shortestPath: null,
    });
    expect(await ok(`{ shortestPath(from: "kis", to: "kis") { nodes { id } relations { id } } }`)).toEqual({
      shortestPath: { nodes: [{ id: 'kis' }], relations: [] },
    });
    const r = await gql(`{ shortestPath(from: "kis", to: "nobody") { nodes { id } } }`);
    expect(r.errors?.[0]).toMatchObject({ message: 'No entity with id "nobody"', extensions: { code: 'NOT_FOUND' } });
    expect(codeOf(await gql(`{ neighbourhood(id: "nobody") { truncated } }`))).toBe('NOT_FOUND');
  });
});

describe('inducedSubgraph(ids)', () => {
  it('returns the known ids and every relationship among them, as the database has them', async () => {
    const ids = ['voorinburgering', 'bewoners-azc', 'coa', 'vrip', 'meedoenbalies', 'no-such-entity'];
    const d = await ok<{ inducedSubgraph: any }>(
      `query($ids: [ID!]!) { inducedSubgraph(ids: $ids) { truncated nodes { id } relations { id type from { id } to { id } evidence { page } } } }`,
      { ids },
    );
    expect(d.inducedSubgraph.nodes.map((n: any) => n.id)).toEqual([
      'bewoners-azc',
      'coa',
      'meedoenbalies',
      'voorinburgering',
      'vrip',
    ]);
    // The answer the database gives directly, relation by relation.
    const res = await api.executor.read('t', (tx) =>
      tx.run(
        'MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id IN $ids AND b.id IN $ids AND r.evidenceQuotes IS NOT NULL RETURN a.id AS a, type(r) AS t, b.id AS b',
        { ids },
      ),
    );
    const expected = res.records.map((r) => `${r.get('a')} ${r.get('t')} ${r.get('b')}`).sort();
    expect(d.inducedSubgraph.relations.map((r: any) => `${r.from.id} ${r.type} ${r.to.id}`).sort()).toEqual(expected);
    expect(expected).toContain('voorinburgering TARGETS bewoners-azc');
    expect(d.inducedSubgraph.truncated).toBe(false);
    expect(d.inducedSubgraph.relations.every((r: any) => r.evidence.length > 0)).toBe(true);
  });

  it('is empty for unknown ids and rejects more than 500 ids', async () => {
    expect(
      await ok(`{ inducedSubgraph(ids: ["nope", "x' OR 1=1 //"]) { nodes { id } relations { id } truncated } }`),
    ).toEqual({ inducedSubgraph: { nodes: [], relations: [], truncated: false } });
    const many = Array.from({ length: 501 }, (_, i) => `e${i}`);
    expect(codeOf(await gql('query($ids: [ID!]!) { inducedSubgraph(ids: $ids) { truncated } }', { ids: many }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await gql('{ inducedSubgraph(ids: []) { truncated } }'))).toBe('BAD_USER_INPUT');
  });
});

describe('bounds', () => {
  it.each([
    ['{ entities(first: 0) { totalCount } }', 'first'],
    ['{ entities(first: 101) { totalCount } }', 'first'],
    ['{ entities(first: -1) { totalCount } }', 'first'],
    ['{ search(text: "coa", first: 51) { score } }', 'first'],
    ['{ neighbourhood(id: "coa", depth: 4) { truncated } }', 'depth'],
    ['{ neighbourhood(id: "coa", depth: 0) { truncated } }', 'depth'],
    ['{ neighbourhood(id: "coa", limit: 501) { truncated } }', 'limit'],
    ['{ shortestPath(from: "coa", to: "kis", maxLength: 11) { truncated } }', 'maxLength'],
    ['{ entities(after: "garbage") { totalCount } }', 'after'],
    ['{ relations(first: 1000) { totalCount } }', 'first'],
  ])('%s → BAD_USER_INPUT naming %s', async (query, argument) => {
    const r = await gql(query);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(r.errors?.[0]?.message).toContain(`"${argument}"`);
  });
});

describe('lists, filters and pagination', () => {
  it('pages through every entity exactly once with totalCount and pageInfo', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let i = 0; i < 100; i++) {
      const d: any = await ok(
        `query($a: String) { entities(first: 17, after: $a) { totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }`,
        { a: after },
      );
      total = d.entities.totalCount;
      seen.push(...d.entities.edges.map((e: any) => e.node.id));
      if (!d.entities.pageInfo.hasNextPage) break;
      after = d.entities.pageInfo.endCursor;
    }
    expect(total).toBe(seedSet().entities.length);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('sorts by name case- and accent-insensitively, both directions', async () => {
    const asc: any = await ok(`{ factions(first: 100) { nodes { name } } }`);
    const names = asc.factions.nodes.map((n: any) => n.name);
    expect(names).toEqual([...names].sort((a: string, b: string) => a.localeCompare(b, 'nl', { sensitivity: 'base' })));
    const desc: any = await ok(`{ factions(first: 100, orderBy: {field: NAME, direction: DESC}) { nodes { name } } }`);
    expect(desc.factions.nodes.map((n: any) => n.name)).toEqual([...names].reverse());
  });

  it('filters by kind, by text and by related entity', async () => {
    const byKind: any = await ok(`{ organisations(filter: {kind: "municipality"}) { totalCount nodes { id } } }`);
    expect(byKind.organisations.nodes.map((n: any) => n.id).sort()).toEqual(['gemeente-gouda', 'gemeente-meierijstad']);
    const byText: any = await ok(`{ entities(filter: {text: "OEKRAIENSE"}) { nodes { id } } }`);
    expect(byText.entities.nodes.map((n: any) => n.id)).toContain('oekraiense-ontheemden');
    // "Who runs VrIP?"
    const runners: any = await ok(
      `{ organisations(filter: {relatedTo: {id: "vrip", relationTypes: [RUNS], direction: OUT}}) { nodes { id } } }`,
    );
    expect(runners.organisations.nodes).toEqual([{ id: 'coa' }]);
    const none: any = await ok(`{ programmes(filter: {types: [LAW]}) { totalCount } }`);
    expect(none.programmes.totalCount).toBe(0);
  });

  it('lists relations by type and by evidence document', async () => {
    const d: any = await ok(
      `{ relations(filter: {types: [CITES], fromId: "jenv-antwoordbrief-2024-12-02"}, first: 100) { totalCount nodes { to { id } } } }`,
    );
    expect(d.relations.totalCount).toBe(d.relations.nodes.length);
    expect(d.relations.nodes.map((n: any) => n.to.id)).toEqual(
      expect.arrayContaining(['kst-32824-438', 'besluit-inburgering-2021', 'kst-22452-91']),
    );
    const byDoc: any = await ok(`{ relations(filter: {documentId: "ek-vso-wi2021-monitoring-2024"}) { totalCount } }`);
    expect(byDoc.relations.totalCount).toBe(seedSet().relations.length);
    const one: any = await ok(
      `{ relation(id: "coa--RUNS-->vrip") { type from { name } to { name } } missing: relation(id: "coa--NOPE-->vrip") { id } }`,
    );
    expect(one).toEqual({
      relation: { type: 'RUNS', from: { name: 'COA' }, to: { name: 'Vroege integratie en participatie' } },
      missing: null,
    });
  });
});

describe('stats and version', () => {
  it('counts nodes, relations and evidence by type, matching the seed set', async () => {
    const d: any = await ok(
      `{ stats { nodeCount relationCount evidenceCount byType { type count } } version { api seedVersion } }`,
    );
    const set = seedSet();
    expect(d.stats.nodeCount).toBe(set.entities.length);
    expect(d.stats.relationCount).toBe(set.relations.length);
    expect(d.stats.evidenceCount).toBe(set.relations.reduce((n, r) => n + r.evidence.length, 0));
    const byType = Object.fromEntries(d.stats.byType.map((t: any) => [t.type, t.count]));
    expect(byType.PERSON).toBe(set.entities.filter((e) => e.type === 'PERSON').length);
    expect(byType.MEMBER_OF).toBe(set.relations.filter((r) => r.type === 'MEMBER_OF').length);
    expect(d.version.seedVersion).toBe(set.version);
  });
});
