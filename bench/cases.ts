import neo4j from 'neo4j-driver';
import { encodeCursor } from '../src/db/cursor';
import type { Executor } from '../src/db/executor';
import { RELATION_TYPES, typePattern, vocabulary } from '../src/db/labels';
import { luceneQuery } from '../src/domain/luceneQuery';

/** One query of the mix, as each system expresses it; `neo4jGraphql` is null where that library cannot express it. */
export interface Case {
  /** Stable key across scales (for the plot and the JSON results). */
  key: string;
  name: string;
  graphql: string;
  neo4jGraphql: string | null;
  /** Why @neo4j/graphql cannot express it, when it cannot. */
  notExpressible?: string;
  cypher: string;
  params: Record<string, unknown>;
}

/** @neo4j/graphql's offset cursors (graphql-relay's `arrayconnection:<offset>`). */
const offsetCursor = (offset: number) => Buffer.from(`arrayconnection:${offset}`).toString('base64');

/**
 * The fixed mix of researcher queries over whatever graph Neo4j holds: the hub is the entity with the most
 * curated relations, the ordinary node is KIS, the document is a synthetic one when a corpus is loaded.
 */
export async function benchCases(ex: Executor): Promise<{ cases: Case[]; nodes: number; rels: number }> {
  const types = vocabulary(null);
  const one = async (cypher: string, params: Record<string, unknown> = {}) => (await ex.read('bench-setup', (tx) => tx.run(cypher, params))).records[0];
  const size = await one('CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels');
  const hub = (await one('MATCH (n:Entity)-[r]-(:Entity) WHERE type(r) IN $types RETURN n.id AS id, count(r) AS d ORDER BY d DESC, id LIMIT 1', { types }))?.get('id') as string;
  // The ordinary node: the related entity (degree > 0) of median curated degree (ties by id), so it stays ordinary at every scale. A
  // fixed seed entity would not: the corpus draws relation ends by a power law, and KIS gathers ~2,000 at 1M.
  const degrees = (await ex.read('bench-setup', (tx) => tx.run('MATCH (n:Entity) WITH n, COUNT { (n)-[r]-(:Entity) WHERE type(r) IN $types } AS d WHERE d > 0 RETURN n.id AS id, d ORDER BY d, id', { types }))).records;
  const ordinary = degrees[Math.floor(degrees.length / 2)]?.get('id') as string;
  const doc = ((await one("MATCH (d:Entity:Document {id: 'bench-doc-0'}) RETURN d.id AS id"))?.get('id') as string | undefined) ?? 'ek-vso-wi2021-monitoring-2024';
  const total = Number((await one('MATCH (n:Entity) RETURN count(n) AS c'))?.get('c'));
  const half = Math.floor(total / 2);
  const mid = await one('MATCH (n:Entity) WITH n ORDER BY n.sortName, n.id SKIP $skip LIMIT 1 RETURN n.sortName AS k, n.id AS id', { skip: neo4j.int(half) });
  const deepCursor = encodeCursor('NAME_ASC', mid?.get('k') as string, mid?.get('id') as string);
  const T = typePattern(null);
  const REL = `{id: r.id, type: type(r), from: a.id, to: b.id, evidence: r.evidenceQuotes}`;
  // The same answer as the API's neighbourhood (nodes with name and type, the relations among them), written by hand.
  const NEIGHBOURS = (depth: number) => `MATCH (s:Entity {id: $id})
    CALL (s) { MATCH (s)-[:${T}*1..${depth}]-(m:Entity) WHERE m <> s RETURN DISTINCT m LIMIT 99 }
    WITH s, collect(m) AS ms WITH [s] + ms AS nodes
    CALL (nodes) { UNWIND nodes AS a MATCH (a)-[r:${T}]->(b:Entity) WHERE b IN nodes WITH r, a, b LIMIT 400 RETURN collect({id: r.id, type: type(r), from: a.id, to: b.id}) AS rels }
    RETURN [n IN nodes | n {.id, .name, .type}] AS nodes, rels`;
  // @neo4j/graphql has no "any relationship type": one connection field per type and direction.
  const edge = '{ edges { properties { id evidenceQuotes evidencePages evidenceDocumentIds } node { id name } } }';
  const allRelations = RELATION_TYPES.flatMap((t) => [`out_${t}Connection(first: 100) ${edge}`, `in_${t}Connection(first: 100) ${edge}`]).join(' ');
  const neighbourhood = (id: string, depth: number) =>
    `{ neighbourhood(id: "${id}", depth: ${depth}, limit: 100) { truncated nodes { id name type } relations { id type from { id } to { id } } } }`;
  const boundedNote = 'no bounded variable-length expansion with truncation';
  const cases: Case[] = [
    {
      key: 'entity',
      name: `entity by id with relations and evidence (${ordinary})`,
      graphql: `{ entity(id: "${ordinary}") { id name aliases relations(first: 100) { id type from { id name } to { id name } evidence { page quote document { id name } } } } }`,
      neo4jGraphql: `{ entities(where: { id: { eq: "${ordinary}" } }) { id name aliases ${allRelations} } }`,
      cypher: `MATCH (n:Entity {id: $id}) OPTIONAL CALL (n) { MATCH (n)-[r]-(m:Entity) WHERE type(r) IN $types WITH r LIMIT 100 WITH r, startNode(r) AS a, endNode(r) AS b RETURN collect(${REL}) AS rels } RETURN n {.id, .name, .aliases}, rels`,
      params: { id: ordinary, types },
    },
    {
      key: 'searchNames',
      name: 'search over names',
      graphql: '{ search(text: "oekraiense", first: 10) { score snippet entity { id name } } }',
      neo4jGraphql: `{ entitySearch(phrase: ${JSON.stringify(luceneQuery('oekraiense'))}, first: 10) { edges { score node { id name } } } }`,
      cypher: "CALL db.index.fulltext.queryNodes('entity_search', $q, {limit: 10}) YIELD node, score RETURN node.id, node.name, score",
      params: { q: luceneQuery('oekraiense') },
    },
    {
      key: 'searchPassages',
      name: 'search over passages',
      graphql: '{ passageSearch(text: "participatie", first: 10) { page snippet document { id } } }',
      neo4jGraphql: `{ passageSearch(phrase: ${JSON.stringify(luceneQuery('participatie'))}, first: 10) { edges { score node { page text document { id } } } } }`,
      cypher: "CALL db.index.fulltext.queryNodes('passage_search', $q, {limit: 10}) YIELD node, score RETURN node.documentId, node.page, node.text, score",
      params: { q: luceneQuery('participatie') },
    },
    { key: 'hubD1', name: `neighbourhood depth 1 of the hub (${hub})`, graphql: neighbourhood(hub, 1), neo4jGraphql: null, notExpressible: boundedNote, cypher: NEIGHBOURS(1), params: { id: hub, types } },
    { key: 'ordinaryD1', name: `neighbourhood depth 1 of an ordinary node (${ordinary})`, graphql: neighbourhood(ordinary, 1), neo4jGraphql: null, notExpressible: boundedNote, cypher: NEIGHBOURS(1), params: { id: ordinary, types } },
    { key: 'hubD2', name: `neighbourhood depth 2 of the hub (${hub})`, graphql: neighbourhood(hub, 2), neo4jGraphql: null, notExpressible: boundedNote, cypher: NEIGHBOURS(2), params: { id: hub, types } },
    {
      key: 'path',
      name: 'shortestPath (kis → map)',
      graphql: '{ shortestPath(from: "kis", to: "map") { nodes { id } relations { id type } } }',
      neo4jGraphql: null,
      notExpressible: 'no path queries',
      cypher: 'MATCH (a:Entity {id: $a}), (b:Entity {id: $b}) MATCH p = shortestPath((a)-[*..6]-(b)) WHERE all(r IN relationships(p) WHERE type(r) IN $types) RETURN [n IN nodes(p) | n.id]',
      params: { a: 'kis', b: 'map', types },
    },
    {
      key: 'questions',
      name: `a document's questions with answers (${doc})`,
      graphql: `{ document(id: "${doc}") { questions { number text answers { label text } } } }`,
      neo4jGraphql: `{ entities(where: { id: { eq: "${doc}" } }) { questions(sort: [{ order: ASC }]) { number text answers { label text } } } }`,
      cypher: 'MATCH (q:Question {documentId: $id}) OPTIONAL MATCH (q)<-[:ANSWERS]-(a:Answer) WITH q, collect(a {.label, .text}) AS answers ORDER BY q.order RETURN q.number, q.text, answers',
      params: { id: doc },
    },
    {
      key: 'deepPage',
      name: `paging deep into entities with totalCount (item ${half} of ${total})`,
      graphql: `{ entities(first: 20, after: "${deepCursor}") { totalCount nodes { id name } pageInfo { endCursor hasNextPage } } }`,
      neo4jGraphql: `{ entitiesConnection(first: 20, after: "${offsetCursor(half)}", sort: [{ sortName: ASC }, { id: ASC }]) { totalCount edges { node { id name } } pageInfo { endCursor hasNextPage } } }`,
      cypher:
        'CALL () { MATCH (n:Entity) RETURN count(n) AS total } MATCH (n:Entity) WHERE n.sortName > $k OR (n.sortName = $k AND n.id > $id) WITH total, n ORDER BY n.sortName, n.id LIMIT 21 RETURN total, n.id, n.name',
      params: { k: mid?.get('k'), id: mid?.get('id') },
    },
  ];
  return { cases, nodes: Number(size?.get('nodes')), rels: Number(size?.get('rels')) };
}
