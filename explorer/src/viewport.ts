import type { Core, NodeSingular } from 'cytoscape';
import { settleLabelStyles } from './labelCollision';
import { freeSpot, shiftToInclude, type Box } from './placement';

/** Rendered px kept free at the canvas's edges when the view is moved to show something (and by Fit). */
export const VIEW_PADDING = 40;
/** Gap (graph px) kept between a node moved into view and its neighbours' boxes, so their labels stay apart. */
const GAP = 8;

/** The box of a node with its label, in graph coordinates. */
const box = (n: NodeSingular): Box => n.boundingBox({ includeEdges: false, includeLabels: true });

/** The visible window in graph coordinates, less VIEW_PADDING on each side. */
function visibleWindow(cy: Core): Box {
  const e = cy.extent();
  const pad = VIEW_PADDING / cy.zoom();
  return { x1: e.x1 + pad, y1: e.y1 + pad, x2: e.x2 - pad, y2: e.y2 - pad };
}

/**
 * Moves each new node that the force layout put outside the window to the nearest free spot inside it around its
 * anchor (the node it came from, else a neighbour drawn before), on rings from one ideal edge length out, so the
 * viewport need not move to show it. A node with no free spot stays where the layout put it (showAdded then pans).
 */
export function pullIntoView(cy: Core, fresh: string[], origin: string | null, edgeLength: number): void {
  const win = visibleWindow(cy);
  const isFresh = new Set(fresh);
  const radii = [1, 1.4, 1.8, 2.3, 3].map((f) => f * edgeLength);
  settleLabelStyles(cy);
  for (const id of fresh) {
    const n = cy.getElementById(id) as NodeSingular;
    const b = box(n);
    if (b.x1 >= win.x1 && b.x2 <= win.x2 && b.y1 >= win.y1 && b.y2 <= win.y2) continue;
    const neighbours = n.neighborhood('node:visible').nodes();
    const anchor = neighbours.filter((m) => m.id() === origin)[0] ?? neighbours.filter((m) => !isFresh.has(m.id()))[0];
    if (!anchor) continue;
    const p = { ...n.position() };
    const reach = { left: p.x - b.x1, right: b.x2 - p.x, up: p.y - b.y1, down: b.y2 - p.y };
    const obstacles = cy
      .nodes(':visible')
      .filter((m) => m.id() !== id)
      .map((m) => box(m as NodeSingular));
    const spot = freeSpot({ ...anchor.position() }, p, reach, obstacles, win, radii, GAP);
    if (spot) n.position(spot);
  }
}

/**
 * After a step that added nodes, moves the viewport as little as needed to show them (with the node they came
 * from): not at all when they are in view, else the smallest pan, else (they do not fit) zooms out to fit them.
 * Steps that add nothing (undo, remove, hide) leave the viewport as the reader set it.
 */
export function showAdded(cy: Core, added: string[], origin: string | null): void {
  const ids = new Set(added);
  if (origin) ids.add(origin);
  const eles = cy.nodes(':visible').filter((n) => ids.has(n.id()));
  if (eles.empty() || !added.length) return;
  const shift = shiftToInclude(eles.boundingBox({ includeEdges: false, includeLabels: true }), visibleWindow(cy));
  if (!shift) cy.fit(eles, VIEW_PADDING);
  else if (shift.x || shift.y) cy.panBy({ x: -shift.x * cy.zoom(), y: -shift.y * cy.zoom() });
}
