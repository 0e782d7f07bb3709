import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import type { RelationLite, SubgraphLite } from './api';

/** Colour and shape per entity type, shared by the graph and the legend. */
export const TYPE_STYLE: Record<string, { color: string; shape: cytoscape.Css.NodeShape; label: string }> = {
  ORGANISATION: { color: '#1f77b4', shape: 'round-rectangle', label: 'Organisation' },
  PERSON: { color: '#ff7f0e', shape: 'ellipse', label: 'Person' },
  FACTION: { color: '#d62728', shape: 'hexagon', label: 'Faction' },
  PROGRAMME: { color: '#2ca02c', shape: 'diamond', label: 'Programme' },
  LAW: { color: '#9467bd', shape: 'rectangle', label: 'Law' },
  DOCUMENT: { color: '#8c564b', shape: 'tag', label: 'Document' },
  TOPIC: { color: '#e377c2', shape: 'round-triangle', label: 'Topic' },
  TARGET_GROUP: { color: '#17becf', shape: 'octagon', label: 'Target group' },
  COMMITMENT: { color: '#bcbd22', shape: 'star', label: 'Commitment' },
  FUNDING: { color: '#7f7f7f', shape: 'vee', label: 'Funding' },
};

/** The graph on screen: adds subgraphs (never replaces), remembers expansions for undo, hides types. */
export class GraphView {
  readonly cy: Core;
  private readonly undoStack: string[][] = [];
  readonly hiddenTypes = new Set<string>();
  readonly relations = new Map<string, RelationLite>();

  constructor(container: HTMLElement) {
    this.cy = cytoscape({
      container,
      wheelSensitivity: 0.3,
      minZoom: 0.1,
      // A handful of nodes should not fill the screen.
      maxZoom: 1.6,
      style: [
        {
          selector: 'node',
          style: {
            'background-color': (n: NodeSingular) => TYPE_STYLE[n.data('type') as string]?.color ?? '#999',
            shape: (n: NodeSingular) => TYPE_STYLE[n.data('type') as string]?.shape ?? 'ellipse',
            label: 'data(label)', 'font-size': 10, 'text-wrap': 'ellipsis', 'text-max-width': '120px', 'text-valign': 'bottom', 'text-margin-y': 3, width: 26, height: 26,
          },
        },
        { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#000' } },
        { selector: 'node.pinned', style: { 'border-width': 2, 'border-style': 'dashed', 'border-color': '#333' } },
        { selector: 'edge', style: { width: 1.5, 'line-color': '#bbb', 'target-arrow-color': '#bbb', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', label: 'data(type)', 'font-size': 7, color: '#666', 'text-rotation': 'autorotate' } },
        { selector: 'edge:selected', style: { 'line-color': '#000', 'target-arrow-color': '#000', width: 3 } },
        { selector: '.path', style: { 'line-color': '#e6007e', 'target-arrow-color': '#e6007e', 'border-color': '#e6007e', 'border-width': 4, width: 4 } },
        { selector: '.hidden', style: { display: 'none' } },
      ],
    });
  }

  /** Adds nodes and relations; returns the ids that were new (for undo). */
  add(sub: SubgraphLite): string[] {
    const added: string[] = [];
    const els: ElementDefinition[] = [];
    for (const n of sub.nodes) {
      if (this.cy.getElementById(n.id).nonempty()) continue;
      els.push({ group: 'nodes', data: { id: n.id, type: n.type, label: n.name } });
      added.push(n.id);
    }
    for (const r of sub.relations) {
      this.relations.set(r.id, r);
      if (this.cy.getElementById(r.id).nonempty()) continue;
      els.push({ group: 'edges', data: { id: r.id, source: r.from.id, target: r.to.id, type: r.type } });
      added.push(r.id);
    }
    this.cy.add(els);
    if (added.length) this.undoStack.push(added);
    this.applyHidden();
    this.layout();
    return added;
  }

  undo(): boolean {
    const last = this.undoStack.pop();
    if (!last) return false;
    let gone = this.cy.collection();
    for (const id of last) gone = gone.union(this.cy.getElementById(id));
    this.cy.remove(gone);
    return true;
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  remove(id: string): void {
    this.cy.getElementById(id).remove();
  }

  togglePin(id: string): boolean {
    const n = this.cy.getElementById(id);
    if (n.locked()) n.unlock().removeClass('pinned');
    else n.lock().addClass('pinned');
    return n.locked();
  }

  toggleType(type: string): void {
    if (this.hiddenTypes.has(type)) this.hiddenTypes.delete(type);
    else this.hiddenTypes.add(type);
    this.applyHidden();
  }

  highlightPath(ids: string[]): void {
    this.cy.elements().removeClass('path');
    for (const id of ids) this.cy.getElementById(id).addClass('path');
  }

  nodeIds(): string[] {
    return this.cy.nodes().map((n) => n.id());
  }

  countsByType(): Map<string, number> {
    const m = new Map<string, number>();
    this.cy.nodes().forEach((n) => {
      m.set(n.data('type') as string, (m.get(n.data('type') as string) ?? 0) + 1);
    });
    return m;
  }

  private applyHidden(): void {
    this.cy.nodes().forEach((n) => {
      n.toggleClass('hidden', this.hiddenTypes.has(n.data('type') as string));
    });
  }

  layout(): void {
    this.cy.layout({ name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 8000, idealEdgeLength: () => 90, fit: true, padding: 30 }).run();
  }

  /** The current view as GraphML (what is on screen, with evidence). */
  toGraphML(): string {
    const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    const nodes = this.cy.nodes().map((n) => `    <node id="${esc(n.id())}"><data key="type">${esc(n.data('type'))}</data><data key="name">${esc(n.data('label'))}</data></node>`);
    const edges = this.cy.edges().map((e) => {
      const r = this.relations.get(e.id());
      const quotes = (r?.evidence ?? []).map((ev) => `${ev.document.id} p.${ev.page}: ${ev.quote}`).join(' | ');
      return `    <edge id="${esc(e.id())}" source="${esc(e.data('source'))}" target="${esc(e.data('target'))}"><data key="rtype">${esc(e.data('type'))}</data><data key="evidence">${esc(quotes)}</data></edge>`;
    });
    return `<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n  <key id="type" for="node" attr.name="type" attr.type="string"/>\n  <key id="name" for="node" attr.name="name" attr.type="string"/>\n  <key id="rtype" for="edge" attr.name="type" attr.type="string"/>\n  <key id="evidence" for="edge" attr.name="evidence" attr.type="string"/>\n  <graph edgedefault="directed">\n${[...nodes, ...edges].join('\n')}\n  </graph>\n</graphml>\n`;
  }

  toJSON(): string {
    return JSON.stringify(
      { nodes: this.cy.nodes().map((n) => ({ id: n.id(), type: n.data('type'), name: n.data('label') })), relations: this.cy.edges().map((e) => this.relations.get(e.id())) },
      null,
      2,
    );
  }
}
