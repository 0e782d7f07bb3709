import type { ExportFormat, ExportNode, ExportRelation } from './exportRecords';

/** XML 1.0 cannot hold most control characters at all; everything else is escaped. */
function xml(s: string | number | null | undefined): string {
  return String(s ?? '')
    // eslint-disable-next-line no-control-regex -- XML 1.0 forbids these control characters: they are removed on purpose
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const NODE_ATTRS = ['type', 'name', 'aliases', 'description', 'kind', 'identifiers'] as const;
const EDGE_ATTRS = ['type', 'evidence_documents', 'evidence_pages', 'evidence_quotes'] as const;
const nodeValues = (n: ExportNode): Record<(typeof NODE_ATTRS)[number], string> => ({
  type: n.type, name: n.name, aliases: n.aliases.join(' | '), description: n.description ?? '', kind: n.kind ?? '', identifiers: n.identifiers.join(' | '),
});
const edgeValues = (r: ExportRelation): Record<(typeof EDGE_ATTRS)[number], string> => ({
  type: r.type, evidence_documents: r.documents.join(' | '), evidence_pages: r.pages.join(' | '), evidence_quotes: r.quotes.join(' | '),
});

/** GraphML (yEd, Gephi, Cytoscape, NetworkX): attributes declared as keys, evidence joined with " | ". */
export const graphml: ExportFormat = {
  contentType: 'application/graphml+xml; charset=utf-8',
  start: () =>
    '<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n' +
    NODE_ATTRS.map((a) => `  <key id="n_${a}" for="node" attr.name="${a}" attr.type="string"/>\n`).join('') +
    EDGE_ATTRS.map((a) => `  <key id="e_${a}" for="edge" attr.name="${a}" attr.type="string"/>\n`).join('') +
    '  <graph id="inburgering-kg" edgedefault="directed">\n',
  node: (n) => `    <node id="${xml(n.id)}">${Object.entries(nodeValues(n)).map(([k, v]) => `<data key="n_${k}">${xml(v)}</data>`).join('')}</node>\n`,
  between: () => '',
  relation: (r) =>
    `    <edge id="${xml(r.id)}" source="${xml(r.from)}" target="${xml(r.to)}">${Object.entries(edgeValues(r)).map(([k, v]) => `<data key="e_${k}">${xml(v)}</data>`).join('')}</edge>\n`,
  end: () => '  </graph>\n</graphml>\n',
};

/** GEXF 1.3 (Gephi's own format): node labels are names, edge labels relationship types. */
export const gexf: ExportFormat = {
  contentType: 'application/gexf+xml; charset=utf-8',
  start: () =>
    '<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">\n' +
    '  <meta><creator>inburgering-kg</creator><description>Knowledge graph of Dutch civic-integration policy</description></meta>\n' +
    '  <graph defaultedgetype="directed" mode="static">\n' +
    `    <attributes class="node">${NODE_ATTRS.map((a) => `<attribute id="${a}" title="${a}" type="string"/>`).join('')}</attributes>\n` +
    `    <attributes class="edge">${EDGE_ATTRS.map((a) => `<attribute id="${a}" title="${a}" type="string"/>`).join('')}</attributes>\n` +
    '    <nodes>\n',
  node: (n) =>
    `      <node id="${xml(n.id)}" label="${xml(n.name)}"><attvalues>${Object.entries(nodeValues(n)).map(([k, v]) => `<attvalue for="${k}" value="${xml(v)}"/>`).join('')}</attvalues></node>\n`,
  between: () => '    </nodes>\n    <edges>\n',
  relation: (r) =>
    `      <edge id="${xml(r.id)}" source="${xml(r.from)}" target="${xml(r.to)}" label="${xml(r.type)}"><attvalues>${Object.entries(edgeValues(r)).map(([k, v]) => `<attvalue for="${k}" value="${xml(v)}"/>`).join('')}</attvalues></edge>\n`,
  end: () => '    </edges>\n  </graph>\n</gexf>\n',
};

/** JSON: {"nodes": [...], "relations": [...]}, relations with their evidence as objects. */
export const json: ExportFormat = {
  contentType: 'application/json; charset=utf-8',
  start: () => '{"nodes":[\n',
  node: (n, i) => `${i ? ',\n' : ''}${JSON.stringify(n)}`,
  between: () => '\n],"relations":[\n',
  relation: (r, i) =>
    `${i ? ',\n' : ''}${JSON.stringify({ id: r.id, type: r.type, from: r.from, to: r.to, evidence: r.quotes.map((q, k) => ({ document: r.documents[k], page: r.pages[k], quote: q })) })}`,
  end: () => '\n]}\n',
};

/** Array delimiter of the CSV exports: pass `--array-delimiter="|"` to neo4j-admin database import. */
export const CSV_ARRAY_DELIMITER = '|';
const csv = (v: string | number | null | undefined) => `"${String(v ?? '').replace(/"/g, '""')}"`;
const arr = (xs: readonly (string | number)[]) => csv(xs.map((x) => String(x).replaceAll(CSV_ARRAY_DELIMITER, '/')).join(CSV_ARRAY_DELIMITER));

/** nodes.csv with the headers `neo4j-admin database import` reads (id:ID, :LABEL, typed arrays). */
export const nodesCsv: ExportFormat = {
  contentType: 'text/csv; charset=utf-8',
  start: () => 'id:ID,:LABEL,type,name,aliases:string[],description,kind,identifiers:string[]\n',
  node: (n) => `${[csv(n.id), csv(`Entity${CSV_ARRAY_DELIMITER}${labelOf(n.type)}`), csv(n.type), csv(n.name), arr(n.aliases), csv(n.description), csv(n.kind), arr(n.identifiers)].join(',')}\n`,
  between: () => '',
  relation: () => '',
  end: () => '',
};

/** relationships.csv for `neo4j-admin database import` (:START_ID, :END_ID, :TYPE, evidence as arrays). */
export const relationshipsCsv: ExportFormat = {
  contentType: 'text/csv; charset=utf-8',
  start: () => ':START_ID,:END_ID,:TYPE,id,evidence_documents:string[],evidence_pages:int[],evidence_quotes:string[]\n',
  node: () => '',
  between: () => '',
  relation: (r) => `${[csv(r.from), csv(r.to), csv(r.type), csv(r.id), arr(r.documents), arr(r.pages), arr(r.quotes)].join(',')}\n`,
  end: () => '',
};

function labelOf(type: string): string {
  return type.toLowerCase().replace(/(^|_)([a-z])/g, (_m, _u, c: string) => c.toUpperCase());
}

/** The export files, by name (an allow-list: nothing else is served under /export). */
export const EXPORTS: Readonly<Record<string, ExportFormat>> = {
  'graph.graphml': graphml,
  'graph.gexf': gexf,
  'graph.json': json,
  'nodes.csv': nodesCsv,
  'relationships.csv': relationshipsCsv,
};
