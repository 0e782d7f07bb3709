import cytoscape, { type Core, type ElementDefinition, type NodeSingular, type Position } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { RelationLite, SubgraphLite } from './api';
import { graphStyle } from './graphStyle';
import { hideCollidingLabels } from './labelCollision';
import { viewPng } from './pngExport';
import { withSeededRandom } from './seededRandom';
import { TYPE_STYLE } from './typeStyle';
import { pullIntoView, showAdded, VIEW_PADDING } from './viewport';
import type { LayoutName } from './viewState';

export { TYPE_STYLE };

cytoscape.use(fcose);

export interface RenderOptions {
  /** Saved positions (from the history entry being returned to); they win over the current ones. */
  positions?: Record<string, Position> | null;
  /** The entity an expansion came from: new nodes are placed around it. */
  origin?: string | null;
  layout: LayoutName;
  /** Run the chosen layout over every node (a new layout was chosen), not only place the new ones. */
  relayout?: boolean;
  hiddenTypes: readonly string[];
  hiddenRelations: readonly string[];
  pathIds: readonly string[];
  selected: string | null;
}

/**
 * The graph on screen. `render` makes it exactly a given subgraph: nodes that stay keep their place, new nodes are
 * put next to a neighbour already drawn and the force layout then runs with every old node fixed, so an expansion
 * never moves what the reader has already seen. A new node the layout put off screen is moved to a free spot near
 * its neighbour on screen; only if there is none does the viewport move, by the smallest pan (zooming out only when
 * the new nodes do not fit), so the picture does not jump. Labels that would overlap another label are hidden (the
 * node's full name shows on hover, focus and selection).
 */
export class GraphView {
  readonly cy: Core;
  readonly relations = new Map<string, RelationLite>();
  /** A phone-sized canvas: shorter edges and narrower labels, so the drawing is readable without zooming in. */
  private readonly compact: boolean;

  constructor(container: HTMLElement) {
    this.compact = container.clientWidth > 0 && container.clientWidth < 520;
    this.cy = cytoscape({
      container,
      wheelSensitivity: 0.3,
      minZoom: 0.1,
      // A handful of nodes should not fill the screen.
      maxZoom: 1.6,
      style: graphStyle(this.compact),
    });
    const target = (ev: cytoscape.EventObject) => ev.target as cytoscape.SingularElementArgument;
    this.cy.on('mouseover', 'node, edge', (ev) => {
      target(ev).addClass('full');
    });
    this.cy.on('mouseout', 'node, edge', (ev) => {
      target(ev).removeClass('full');
    });
  }

  /** Makes the drawing exactly `sub` (with the options' hidden types, path and selection). */
  async render(sub: SubgraphLite, o: RenderOptions): Promise<void> {
    const cy = this.cy;
    const wantNodes = new Set(sub.nodes.map((n) => n.id));
    const wantEdges = new Set(sub.relations.map((r) => r.id));
    cy.batch(() => {
      cy.elements().forEach((el) => {
        if (!(el.isNode() ? wantNodes : wantEdges).has(el.id())) el.remove();
      });
    });
    this.relations.clear();
    for (const r of sub.relations) this.relations.set(r.id, r);

    const old = new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
    if (o.positions)
      for (const [id, p] of Object.entries(o.positions)) if (wantNodes.has(id) && old.has(id)) old.set(id, p);
    const saved = o.positions ?? {};
    const fresh = sub.nodes.filter((n) => !old.has(n.id) && !saved[n.id]);
    const placed = this.placeNew(sub, old, saved, o.origin ?? null);
    const els: ElementDefinition[] = [];
    for (const n of sub.nodes) {
      if (cy.getElementById(n.id).nonempty()) continue;
      els.push({
        group: 'nodes',
        data: { id: n.id, type: n.type, label: n.name },
        position: saved[n.id] ?? placed.get(n.id) ?? { x: 0, y: 0 },
      });
    }
    for (const r of sub.relations) {
      if (cy.getElementById(r.id).nonempty()) continue;
      els.push({ group: 'edges', data: { id: r.id, source: r.from.id, target: r.to.id, type: r.type } });
    }
    cy.batch(() => {
      cy.add(els);
      for (const [id, p] of old) cy.getElementById(id).position(p);
    });
    this.applyClasses(o);

    const firstDrawing = old.size === 0 && Object.keys(saved).length === 0;
    if (o.relayout || (o.layout !== 'force' && fresh.length)) await this.runLayout(o.layout, o.selected);
    else if (fresh.length) {
      await this.runForce(firstDrawing ? [] : [...old.keys()].concat(Object.keys(saved)), firstDrawing);
      if (!firstDrawing)
        pullIntoView(
          cy,
          fresh.map((n) => n.id),
          o.origin ?? null,
          this.compact ? 70 : 120,
        );
    }
    this.hideCollidingLabels(o.selected);
    if (firstDrawing || o.relayout) this.fitRoomy();
    else
      showAdded(
        cy,
        sub.nodes.filter((n) => !old.has(n.id)).map((n) => n.id),
        o.origin ?? null,
      );
  }

  /**
   * Fits the drawing but zooms in no further than 1: a first view of a few nodes then leaves room around them, so
   * the next expansions land inside the view and the viewport (and with it every node on screen) need not move.
   */
  fitRoomy(): void {
    const cy = this.cy;
    cy.fit(undefined, VIEW_PADDING);
    if (cy.zoom() > 1) {
      cy.zoom(1);
      cy.center();
    }
  }

  /** Each new node next to a neighbour already placed (the origin first), on a widening spiral around it. */
  private placeNew(
    sub: SubgraphLite,
    old: Map<string, Position>,
    saved: Record<string, Position>,
    origin: string | null,
  ): Map<string, Position> {
    const pos = new Map<string, Position>([...old, ...Object.entries(saved)]);
    const out = new Map<string, Position>();
    const adj = new Map<string, string[]>();
    for (const r of sub.relations) {
      adj.set(r.from.id, [...(adj.get(r.from.id) ?? []), r.to.id]);
      adj.set(r.to.id, [...(adj.get(r.to.id) ?? []), r.from.id]);
    }
    const slots = new Map<string, number>();
    const todo = sub.nodes.map((n) => n.id).filter((id) => !pos.has(id));
    const bbox = () => {
      const xs = [...pos.values()].map((p) => p.x);
      const ys = [...pos.values()].map((p) => p.y);
      return xs.length ? { x2: Math.max(...xs), y1: Math.min(...ys), y2: Math.max(...ys) } : { x2: -200, y1: 0, y2: 0 };
    };
    while (todo.length) {
      // Prefer a node with an already placed neighbour, the origin before any other anchor.
      let i = todo.findIndex((id) => (adj.get(id) ?? []).includes(origin ?? '\u0000') && pos.has(origin ?? '\u0000'));
      if (i < 0) i = todo.findIndex((id) => (adj.get(id) ?? []).some((m) => pos.has(m)));
      let p: Position;
      const id = i < 0 ? (todo[0] as string) : (todo[i] as string);
      if (i < 0) {
        // Not connected to anything drawn: start a new group to the right of the drawing.
        const b = bbox();
        p = { x: b.x2 + 220, y: (b.y1 + b.y2) / 2 };
      } else {
        const anchors = (adj.get(id) ?? []).filter((m) => pos.has(m));
        const anchor = anchors.includes(origin ?? '\u0000') ? (origin as string) : (anchors[0] as string);
        const a = pos.get(anchor) as Position;
        const k = slots.get(anchor) ?? 0;
        slots.set(anchor, k + 1);
        const angle = k * 2.39996; // the golden angle: slots spread evenly however many there are
        const r = (this.compact ? 80 : 130) + 22 * Math.sqrt(k);
        p = { x: a.x + r * Math.cos(angle), y: a.y + r * Math.sin(angle) };
      }
      pos.set(id, p);
      out.set(id, p);
      todo.splice(i < 0 ? 0 : i, 1);
    }
    return out;
  }

  /** The force layout with the `fixed` nodes held where they are (all free when empty: a first drawing). */
  private runForce(fixed: string[], randomize: boolean): Promise<void> {
    const keep = new Set(fixed);
    const constraint = this.cy
      .nodes()
      .filter((n) => keep.has(n.id()))
      .map((n) => ({ nodeId: n.id(), position: { ...(n as NodeSingular).position() } }));
    return this.run(
      {
        name: 'fcose',
        quality: 'proof',
        randomize,
        animate: false,
        fit: false,
        nodeDimensionsIncludeLabels: true,
        idealEdgeLength: () => (this.compact ? 70 : 120),
        nodeRepulsion: () => (this.compact ? 5000 : 12000),
        nodeSeparation: this.compact ? 50 : 90,
        packComponents: constraint.length === 0,
        fixedNodeConstraint: constraint.length ? constraint : undefined,
      } as unknown as cytoscape.LayoutOptions,
      true,
    ).then(() => {
      // The fixed nodes are where they were; put them back exactly in case the solver drifted them by rounding.
      for (const c of constraint) this.cy.getElementById(c.nodeId).position(c.position);
    });
  }

  private async runLayout(name: LayoutName, selected: string | null): Promise<void> {
    const cy = this.cy;
    if (name === 'force') return this.runForce([], true);
    const root = (
      selected && cy.getElementById(selected).isNode()
        ? cy.getElementById(selected)
        : cy.nodes().max((n) => n.degree(false)).ele
    ) as NodeSingular | undefined;
    if (!root) return;
    const dist = new Map<string, number>();
    cy.elements().bfs({ roots: root, visit: (v, _e, _u, _i, depth) => void dist.set(v.id(), depth) });
    if (name === 'concentric') {
      await this.run({
        name: 'concentric',
        animate: false,
        fit: false,
        minNodeSpacing: 60,
        nodeDimensionsIncludeLabels: true,
        concentric: (n: NodeSingular) => 10 - (dist.get(n.id()) ?? 9),
        levelWidth: () => 1,
      });
    } else {
      await this.run({
        name: 'breadthfirst',
        directed: false,
        roots: root,
        animate: false,
        fit: false,
        spacingFactor: 1.4,
        nodeDimensionsIncludeLabels: true,
      } as cytoscape.LayoutOptions);
    }
  }

  /** Runs a layout over what is visible; `seeded`: with Math.random seeded by the node ids (see withSeededRandom). */
  private run(options: cytoscape.LayoutOptions, seeded = false): Promise<void> {
    return new Promise((resolve) => {
      const eles = this.cy.elements(':visible');
      const layout = eles.layout(options);
      layout.one('layoutstop', () => resolve());
      if (!seeded) layout.run();
      else
        withSeededRandom(
          eles
            .nodes()
            .map((n) => n.id())
            .sort()
            .join(','),
          () => layout.run(),
        );
    });
  }

  private applyClasses(o: RenderOptions): void {
    const hiddenT = new Set(o.hiddenTypes);
    const hiddenR = new Set(o.hiddenRelations);
    const path = new Set(o.pathIds);
    this.cy.batch(() => {
      this.cy.nodes().forEach((n) => {
        n.toggleClass('hidden', hiddenT.has(n.data('type') as string));
        n.toggleClass('path', path.has(n.id()));
      });
      this.cy.edges().forEach((e) => {
        e.toggleClass('hidden', hiddenR.has(e.data('type') as string));
        e.toggleClass('path', path.has(e.id()));
      });
      this.cy.elements().unselect();
      if (o.selected) this.cy.getElementById(o.selected).select();
    });
  }

  /** Hides the labels that would overlap a more important one (see labelCollision). */
  hideCollidingLabels(selected: string | null): void {
    hideCollidingLabels(this.cy, selected);
  }

  positions(): Record<string, Position> {
    const out: Record<string, Position> = {};
    this.cy.nodes().forEach((n) => {
      const p = n.position();
      out[n.id()] = { x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 };
    });
    return out;
  }

  togglePin(id: string): boolean {
    const n = this.cy.getElementById(id);
    if (n.locked()) n.unlock().removeClass('pinned');
    else n.lock().addClass('pinned');
    return n.locked();
  }

  countsByType(): Map<string, number> {
    const m = new Map<string, number>();
    this.cy.nodes().forEach((n) => void m.set(n.data('type') as string, (m.get(n.data('type') as string) ?? 0) + 1));
    return m;
  }

  countsByRelation(): Map<string, number> {
    const m = new Map<string, number>();
    this.cy.edges().forEach((e) => void m.set(e.data('type') as string, (m.get(e.data('type') as string) ?? 0) + 1));
    return m;
  }

  /** The view as a PNG at twice the screen's resolution, without the selection ring (see pngExport). */
  png(): Blob {
    return viewPng(this.cy, graphStyle(this.compact));
  }
}
