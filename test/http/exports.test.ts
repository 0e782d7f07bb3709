import type { AddressInfo } from 'node:net';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import type { Executor } from '../../src/db/executor';
import { createLogger } from '../../src/logger';
import { createServer, type KgServer } from '../../src/server';
import { ok } from '../support/apiClient';
import { resetAndSeed, testExecutor } from '../support/testDb';

let executor: Executor;
let server: KgServer;
let base: string;
let stats: { nodeCount: number; relationCount: number; evidenceCount: number };
beforeAll(async () => {
  executor = testExecutor();
  await resetAndSeed(executor);
  server = await createServer({ executor, logger: createLogger('silent') });
  await new Promise<void>((r) => server.httpServer.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`;
  stats = (await ok<{ stats: typeof stats }>(server, '{ stats { nodeCount relationCount evidenceCount } }')).stats;
});
afterAll(async () => {
  await server.stop();
  await executor.close();
});

const get = async (path: string) => {
  const res = await fetch(`${base}${path}`);
  return {
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    disposition: res.headers.get('content-disposition') ?? '',
    text: await res.text(),
  };
};
const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['node', 'edge', 'key', 'data', 'attribute', 'attvalue'].includes(name),
});

describe('exports of the whole graph, parsed back', () => {
  it('GraphML has the declared keys and as many nodes and edges as stats', async () => {
    const r = await get('/export/graph.graphml');
    expect(r.status).toBe(200);
    expect(r.type).toMatch(/graphml\+xml/);
    expect(r.disposition).toMatch(/attachment; filename="?graph.graphml"?/);
    const doc = xml.parse(r.text).graphml;
    expect(doc.key.map((k: any) => k['@attr.name'])).toEqual([
      'type',
      'name',
      'aliases',
      'description',
      'kind',
      'identifiers',
      'type',
      'evidence_documents',
      'evidence_pages',
      'evidence_quotes',
    ]);
    expect(doc.graph.node).toHaveLength(stats.nodeCount);
    expect(doc.graph.edge).toHaveLength(stats.relationCount);
    const runs = doc.graph.edge.find((e: any) => e['@id'] === 'coa--RUNS-->vrip');
    expect(runs.data.find((d: any) => d['@key'] === 'e_evidence_quotes')['#text']).toContain(
      'VrIP omvat de activiteiten en werkzaamheden van het COA',
    );
  });

  it('GEXF parses with node and edge attributes', async () => {
    const r = await get('/export/graph.gexf');
    const g = xml.parse(r.text).gexf.graph;
    expect(g.nodes.node).toHaveLength(stats.nodeCount);
    expect(g.edges.edge).toHaveLength(stats.relationCount);
    expect(g.attributes.map((a: any) => a['@class'])).toEqual(['node', 'edge']);
    const oek = g.nodes.node.find((n: any) => n['@id'] === 'oekraiense-ontheemden');
    expect(oek['@label']).toBe('Oekraïense ontheemden');
  });

  it('JSON carries every relation with its evidence', async () => {
    const r = await get('/export/graph.json');
    const d = JSON.parse(r.text) as { nodes: unknown[]; relations: { evidence: unknown[] }[] };
    expect(d.nodes).toHaveLength(stats.nodeCount);
    expect(d.relations).toHaveLength(stats.relationCount);
    expect(d.relations.reduce((n, x) => n + x.evidence.length, 0)).toBe(stats.evidenceCount);
  });

  it('CSV files have the headers neo4j-admin import reads, and the same counts', async () => {
    const nodes = parseCsv<Record<string, string>>((await get('/export/nodes.csv')).text, { columns: true });
    const rels = parseCsv<Record<string, string>>((await get('/export/relationships.csv')).text, { columns: true });
    expect(Object.keys(nodes[0] ?? {})).toEqual([
      'id:ID',
      ':LABEL',
      'type',
      'name',
      'aliases:string[]',
      'description',
      'kind',
      'identifiers:string[]',
    ]);
    expect(Object.keys(rels[0] ?? {})).toEqual([
      ':START_ID',
      ':END_ID',
      ':TYPE',
      'id',
      'evidence_documents:string[]',
      'evidence_pages:int[]',
      'evidence_quotes:string[]',
    ]);
    expect(nodes).toHaveLength(stats.nodeCount);
    expect(rels).toHaveLength(stats.relationCount);
    expect(nodes.find((n) => n['id:ID'] === 'wi2021')).toMatchObject({
      ':LABEL': 'Entity|Law',
      'identifiers:string[]': 'BWB:BWBR0044770',
    });
  });
});

describe('subgraph exports', () => {
  it('hold exactly the neighbourhood that was asked for', async () => {
    const nb = await ok<{ neighbourhood: { nodes: { id: string }[]; relations: { id: string }[] } }>(
      server,
      '{ neighbourhood(id: "vrip", limit: 500) { nodes { id } relations { id } } }',
    );
    const d = JSON.parse((await get('/export/graph.json?ids=vrip&depth=1')).text) as {
      nodes: { id: string }[];
      relations: { id: string }[];
    };
    expect(d.nodes.map((n) => n.id).sort()).toEqual(nb.neighbourhood.nodes.map((n) => n.id).sort());
    expect(d.relations.map((r) => r.id).sort()).toEqual(nb.neighbourhood.relations.map((r) => r.id).sort());
  });

  it('refuse bad parameters and unknown ids without a partial file', async () => {
    expect((await get('/export/graph.json?depth=7')).status).toBe(400);
    expect((await get('/export/graph.json?ids=Bad%20Id')).status).toBe(400);
    expect((await get('/export/graph.json?ids=')).status).toBe(400);
    const unknown = await get('/export/graph.json?ids=vrip,nobody');
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.text).errors[0].extensions.code).toBe('NOT_FOUND');
    expect((await get('/export/..%2Fpackage.json')).status).toBe(404);
  });
});
