/**
 * Arrow-key navigation between nodes. The diagonals through the selected node split the plane into four quarters,
 * one per arrow key, and a key goes to the nearest node in its quarter (sideways distance counting double), or
 * nowhere when the quarter is empty. No node lies in two quarters, so a key never acts as another one: Down does
 * not jump to a node that is mostly to the left, and Right then Down can never lead back to where one started.
 * (Falling back to "anything on that side" did both: from begeleidingsgesprek, Down went to COA, 199 px to the
 * left and 63 px lower, the node that Right had just come from.) A node exactly on a diagonal belongs to Up/Down.
 */
export function nearestInDirection(
  from: { x: number; y: number },
  dir: readonly [number, number],
  nodes: readonly { id: string; x: number; y: number }[],
): string | undefined {
  const horizontal = dir[0] !== 0;
  return nodes
    .map((n) => {
      const dx = n.x - from.x;
      const dy = n.y - from.y;
      const along = dx * dir[0] + dy * dir[1];
      const across = Math.abs(dx * dir[1] - dy * dir[0]);
      return { id: n.id, along, across, cost: along + 2 * across };
    })
    .filter((s) => s.along > 0 && (horizontal ? s.along > s.across : s.along >= s.across))
    .sort((a, b) => a.cost - b.cost)[0]?.id;
}
