/**
 * Arrow-key navigation between nodes: the nearest node within 45° of the pressed direction (sideways distance
 * counting double), else the nearest anywhere on that side, so Right goes to the node to the right and not to one
 * far below that is slightly to the right.
 */
export function nearestInDirection(
  from: { x: number; y: number },
  dir: readonly [number, number],
  nodes: readonly { id: string; x: number; y: number }[],
): string | undefined {
  const scored = nodes
    .map((n) => {
      const dx = n.x - from.x;
      const dy = n.y - from.y;
      const along = dx * dir[0] + dy * dir[1];
      const across = Math.abs(dx * dir[1] - dy * dir[0]);
      return { id: n.id, along, across, cost: along + 2 * across };
    })
    .filter((s) => s.along > 0)
    .sort((a, b) => a.cost - b.cost);
  return (scored.find((s) => s.along >= s.across) ?? scored[0])?.id;
}
