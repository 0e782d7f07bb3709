import type { Core, NodeSingular } from 'cytoscape';

/**
 * Reads each node's label style, which makes cytoscape apply its lazily recomputed style before a box is measured:
 * measured in Chromium, a node just selected otherwise still had its unselected label box (131x17 instead of 165x28
 * for its bold, wrapped name), and kept it after the next frames were drawn.
 */
export function settleLabelStyles(cy: Core): void {
  cy.nodes().forEach((n) => void n.style('label'));
}

/**
 * Greedy label placement: labels are kept in order of importance (the selection, the path's nodes, the most
 * connected) and a label that would overlap one already kept is hidden (class `nolabel`; the full name shows on
 * hover, focus and selection). Boxes are in graph coordinates, so the answer does not depend on the zoom. Used on
 * the canvas and on the PNG export's copy of it (with no selection there).
 */
export function hideCollidingLabels(cy: Core, selected: string | null): void {
  cy.nodes().removeClass('nolabel');
  settleLabelStyles(cy);
  const rank = (n: NodeSingular) => (n.id() === selected ? 1e6 : 0) + (n.hasClass('path') ? 1e5 : 0) + n.degree(false);
  const nodes = cy.nodes(':visible').sort((a, b) => rank(b) - rank(a) || (a.id() < b.id() ? -1 : 1));
  const kept: { x1: number; x2: number; y1: number; y2: number }[] = [];
  nodes.forEach((n) => {
    const b = n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
    if (!(b.w > 0)) return;
    if (kept.some((k) => b.x1 < k.x2 && k.x1 < b.x2 && b.y1 < k.y2 && k.y1 < b.y2)) n.addClass('nolabel');
    else kept.push(b);
  });
}
