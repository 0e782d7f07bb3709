/**
 * Geometry for a stable view, in graph coordinates and free of cytoscape so it can be unit-tested: where a new node
 * can go so that it is on screen and covers nothing, and how little the viewport must move to show a drawing.
 */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}
export interface Point {
  x: number;
  y: number;
}
/** A node's box (with its label) relative to its position: how far it reaches left, right, up and down. */
export interface Reach {
  left: number;
  right: number;
  up: number;
  down: number;
}

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
const inside = (a: Box, b: Box) => a.x1 >= b.x1 && a.x2 <= b.x2 && a.y1 >= b.y1 && a.y2 <= b.y2;
const boxAt = (p: Point, r: Reach, gap: number): Box => ({
  x1: p.x - r.left - gap,
  x2: p.x + r.right + gap,
  y1: p.y - r.up - gap,
  y2: p.y + r.down + gap,
});

/** Angles tried on each ring, in 15° steps from `start` outwards on both sides, so the first free one is nearest. */
function anglesFrom(start: number): number[] {
  const out = [start];
  for (let k = 1; k <= 12; k++) out.push(start + (k * Math.PI) / 12, start - (k * Math.PI) / 12);
  return out.slice(0, 24);
}

/**
 * The first spot on rings of the given radii around `anchor` where a node of reach `r` lies within `bounds` and
 * at least `gap` from every obstacle, trying the direction of `prefer` first (where the force layout put it);
 * null when there is none, and the caller then moves the viewport instead.
 */
export function freeSpot(
  anchor: Point,
  prefer: Point,
  r: Reach,
  obstacles: readonly Box[],
  bounds: Box,
  radii: readonly number[],
  gap: number,
): Point | null {
  const start = Math.atan2(prefer.y - anchor.y, prefer.x - anchor.x);
  for (const radius of radii)
    for (const a of anglesFrom(start)) {
      const p = { x: anchor.x + radius * Math.cos(a), y: anchor.y + radius * Math.sin(a) };
      if (!inside(boxAt(p, r, 0), bounds)) continue;
      const b = boxAt(p, r, gap);
      if (!obstacles.some((o) => overlaps(b, o))) return p;
    }
  return null;
}

/**
 * How far (graph units) the view's window `view` must move so that `drawing` is inside it: {x: 0, y: 0} when it
 * already is, null when the drawing is larger than the window (then only zooming out shows it all).
 */
export function shiftToInclude(drawing: Box, view: Box): Point | null {
  if (drawing.x2 - drawing.x1 > view.x2 - view.x1 || drawing.y2 - drawing.y1 > view.y2 - view.y1) return null;
  const axis = (lo: number, hi: number, vlo: number, vhi: number) => (lo < vlo ? lo - vlo : hi > vhi ? hi - vhi : 0);
  return { x: axis(drawing.x1, drawing.x2, view.x1, view.x2), y: axis(drawing.y1, drawing.y2, view.y1, view.y2) };
}
