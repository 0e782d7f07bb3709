import type { Core } from 'cytoscape';
import type { RelationLite } from './api';
import { NODE_SIZE } from './graphStyle';
import { TYPE_STYLE } from './typeStyle';

/**
 * The view as drawn, for Gephi, yEd or Cytoscape desktop: every visible node with its position and colour, every
 * visible edge with its relation type and evidence. GEXF carries them in its `viz` namespace; GraphML in the
 * attributes Gephi's GraphML importer reads (x, y, size, r, g, b, label).
 */
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

interface ViewNode {
  id: string;
  label: string;
  type: string;
  x: number;
  y: number;
  rgb: [number, number, number];
}
interface ViewEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  evidence: string;
}

function rgb(hex: string): [number, number, number] {
  const v = parseInt(hex.slice(1), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}

function collect(cy: Core, relations: ReadonlyMap<string, RelationLite>): { nodes: ViewNode[]; edges: ViewEdge[] } {
  const nodes = cy.nodes(':visible').map((n) => ({
    id: n.id(),
    label: n.data('label') as string,
    type: n.data('type') as string,
    // Screen y grows downwards, Gephi's upwards: flip it so the picture is not mirrored.
    x: Math.round(n.position('x') * 10) / 10,
    y: Math.round(-n.position('y') * 10) / 10,
    rgb: rgb(TYPE_STYLE[n.data('type') as string]?.color ?? '#999999'),
  }));
  // Curated relations only: a dashed suggestion (suggestionOverlay.ts, data `suggestion`) is not in the graph.
  const edges = cy.edges(':visible[^suggestion]').map((e) => ({
    id: e.id(),
    source: e.data('source') as string,
    target: e.data('target') as string,
    type: e.data('type') as string,
    evidence: (relations.get(e.id())?.evidence ?? [])
      .map((ev) => `${ev.document.id} p.${ev.page ?? '?'}: ${ev.quote}`)
      .join(' | '),
  }));
  return { nodes, edges };
}

export function toGraphML(cy: Core, relations: ReadonlyMap<string, RelationLite>): string {
  const { nodes, edges } = collect(cy, relations);
  const keys = [
    ['label', 'node', 'label', 'string'],
    ['type', 'node', 'type', 'string'],
    ['x', 'node', 'x', 'float'],
    ['y', 'node', 'y', 'float'],
    ['size', 'node', 'size', 'float'],
    ['r', 'node', 'r', 'int'],
    ['g', 'node', 'g', 'int'],
    ['b', 'node', 'b', 'int'],
    ['rtype', 'edge', 'type', 'string'],
    ['evidence', 'edge', 'evidence', 'string'],
  ].map(([id, f, name, t]) => `  <key id="${id}" for="${f}" attr.name="${name}" attr.type="${t}"/>`);
  const n = nodes.map(
    (v) =>
      `    <node id="${esc(v.id)}"><data key="label">${esc(v.label)}</data><data key="type">${esc(v.type)}</data><data key="x">${v.x}</data><data key="y">${v.y}</data><data key="size">${NODE_SIZE}</data><data key="r">${v.rgb[0]}</data><data key="g">${v.rgb[1]}</data><data key="b">${v.rgb[2]}</data></node>`,
  );
  const e = edges.map(
    (v) =>
      `    <edge id="${esc(v.id)}" source="${esc(v.source)}" target="${esc(v.target)}"><data key="rtype">${esc(v.type)}</data><data key="evidence">${esc(v.evidence)}</data></edge>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n${keys.join('\n')}\n  <graph edgedefault="directed">\n${[...n, ...e].join('\n')}\n  </graph>\n</graphml>\n`;
}

export function toGEXF(cy: Core, relations: ReadonlyMap<string, RelationLite>): string {
  const { nodes, edges } = collect(cy, relations);
  const n = nodes.map(
    (v) =>
      `      <node id="${esc(v.id)}" label="${esc(v.label)}">\n        <attvalues><attvalue for="type" value="${esc(v.type)}"/></attvalues>\n        <viz:color r="${v.rgb[0]}" g="${v.rgb[1]}" b="${v.rgb[2]}"/>\n        <viz:position x="${v.x}" y="${v.y}" z="0"/>\n        <viz:size value="${NODE_SIZE}"/>\n      </node>`,
  );
  const e = edges.map(
    (v) =>
      `      <edge id="${esc(v.id)}" source="${esc(v.source)}" target="${esc(v.target)}" label="${esc(v.type)}">\n        <attvalues><attvalue for="evidence" value="${esc(v.evidence)}"/></attvalues>\n      </edge>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <graph defaultedgetype="directed" mode="static">
    <attributes class="node"><attribute id="type" title="type" type="string"/></attributes>
    <attributes class="edge"><attribute id="evidence" title="evidence" type="string"/></attributes>
    <nodes>
${n.join('\n')}
    </nodes>
    <edges>
${e.join('\n')}
    </edges>
  </graph>
</gexf>
`;
}

export function toJSON(cy: Core, relations: ReadonlyMap<string, RelationLite>): string {
  const { nodes } = collect(cy, relations);
  const rels = cy.edges(':visible[^suggestion]').map((e) => relations.get(e.id()));
  return JSON.stringify(
    { nodes: nodes.map(({ id, type, label, x, y }) => ({ id, type, name: label, x, y })), relations: rels },
    null,
    2,
  );
}
