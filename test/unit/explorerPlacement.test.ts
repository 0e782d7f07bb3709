import { freeSpot, shiftToInclude } from '../../explorer/src/placement';
import { withSeededRandom } from '../../explorer/src/seededRandom';

describe('where a new node goes and how far the view moves', () => {
  const reach = { left: 40, right: 40, up: 14, down: 30 };
  const view = { x1: 0, y1: 0, x2: 600, y2: 400 };

  it('puts a node on the first free spot around its anchor inside the view, nearest the preferred direction', () => {
    // Preferred: straight right of the anchor, at (420, 200); free and inside, so taken.
    expect(freeSpot({ x: 300, y: 200 }, { x: 900, y: 200 }, reach, [], view, [120], 8)).toEqual({ x: 420, y: 200 });
    // Right is off screen for an anchor at the right edge: the nearest turn that fits is taken instead.
    const p = freeSpot({ x: 540, y: 200 }, { x: 900, y: 200 }, reach, [], view, [120], 8)!;
    expect(p.x - reach.left).toBeGreaterThanOrEqual(0);
    expect(p.x + reach.right).toBeLessThanOrEqual(600);
    expect(Math.hypot(p.x - 540, p.y - 200)).toBeCloseTo(120, 6);
  });

  it('keeps clear of the other nodes, and gives up (null) when nothing fits', () => {
    const blocker = { x1: 370, y1: 150, x2: 470, y2: 250 };
    const p = freeSpot({ x: 300, y: 200 }, { x: 900, y: 200 }, reach, [blocker], view, [120], 8)!;
    const box = { x1: p.x - 48, x2: p.x + 48, y1: p.y - 22, y2: p.y + 38 };
    expect(box.x1 < blocker.x2 && blocker.x1 < box.x2 && box.y1 < blocker.y2 && blocker.y1 < box.y2).toBe(false);
    expect(freeSpot({ x: 300, y: 200 }, { x: 900, y: 200 }, reach, [view], view, [120, 200], 8)).toBeNull();
  });

  it('moves the view not at all, by the smallest shift, or not by a shift when the drawing is too big', () => {
    expect(shiftToInclude({ x1: 10, y1: 10, x2: 500, y2: 300 }, view)).toEqual({ x: 0, y: 0 });
    expect(shiftToInclude({ x1: 100, y1: -50, x2: 650, y2: 300 }, view)).toEqual({ x: 50, y: -50 });
    expect(shiftToInclude({ x1: 0, y1: 0, x2: 700, y2: 100 }, view)).toBeNull();
  });
});

describe('the seeded random start of the force layout', () => {
  it('gives the same numbers for the same entities, others for others, and puts Math.random back', () => {
    const original = Math.random;
    const draw = (key: string) => withSeededRandom(key, () => Array.from({ length: 5 }, () => Math.random()));
    expect(draw('coa,vrip')).toEqual(draw('coa,vrip'));
    expect(draw('coa,vrip')).not.toEqual(draw('coa,duo'));
    for (const x of draw('coa,vrip')) expect(x >= 0 && x < 1).toBe(true);
    expect(Math.random).toBe(original);
    expect(() =>
      withSeededRandom('x', () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(Math.random).toBe(original);
  });
});
