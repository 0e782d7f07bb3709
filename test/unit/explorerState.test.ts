import { nearestInDirection } from '../../explorer/src/keyboardNav';
import { officialLink } from '../../explorer/src/officialLink';
import { emptyState, parseHash, toHash } from '../../explorer/src/viewState';

describe('the explorer view state in the URL', () => {
  it('round-trips every field through the hash', () => {
    const s = {
      ...emptyState(),
      nodes: ['vrip', 'coa'],
      sel: 'coa',
      path: { from: 'divosa', to: 'duo' },
      hiddenTypes: ['TOPIC'],
      hiddenRelations: ['CITES', 'PART_OF'],
      layout: 'concentric' as const,
      doc: { id: 'ek-vso-wi2021-monitoring-2024', page: 7, quote: 'VrIP omvat & meer' },
    };
    const back = parseHash(toHash(s));
    expect({ ...back, legacyExpand: undefined }).toEqual({ ...s, legacyExpand: undefined });
  });

  it("reads the first explorer's links (e=) as expansions and ignores an unknown layout or half a path", () => {
    const s = parseHash('#e=vrip,coa&layout=spiral&path=kis');
    expect(s.legacyExpand).toEqual(['vrip', 'coa']);
    expect(s.layout).toBe('force');
    expect(s.path).toBeNull();
    expect(toHash(emptyState())).toBe('#');
  });
});

describe('arrow keys between nodes', () => {
  const nodes = [
    { id: 'right', x: 100, y: 10 },
    { id: 'far-right-below', x: 60, y: 200 },
    { id: 'left', x: -80, y: 0 },
    { id: 'up', x: 5, y: -90 },
  ];
  it('goes to the nearest node in the pressed direction, sideways distance counting double', () => {
    expect(nearestInDirection({ x: 0, y: 0 }, [1, 0], nodes)).toBe('right');
    expect(nearestInDirection({ x: 0, y: 0 }, [-1, 0], nodes)).toBe('left');
    expect(nearestInDirection({ x: 0, y: 0 }, [0, -1], nodes)).toBe('up');
    expect(nearestInDirection({ x: 0, y: 0 }, [0, 1], nodes)).toBe('far-right-below');
    expect(nearestInDirection({ x: 1000, y: 0 }, [1, 0], nodes)).toBeUndefined();
  });

  // The VrIP view where the keyboard task failed: Right from COA went to begeleidingsgesprek, then Down went back to
  // COA (199 px left, 63 px lower) because "anything lower" was the fallback for an empty direction.
  it('does not let a key act as another one: Right then Down never comes back to the start', () => {
    const vrip = [
      { id: 'begeleidingsgesprek-participatie', x: 187, y: 183 },
      { id: 'bewoners-azc', x: -276, y: 57 },
      { id: 'coa', x: -12, y: 246 },
      { id: 'meedoenbalies', x: -164, y: 201 },
      { id: 'nt2-taallessen-vrip', x: -7, y: -98 },
      { id: 'vrip', x: -9, y: 74 },
    ];
    const at = (id: string) => vrip.find((n) => n.id === id)!;
    const others = (id: string) => vrip.filter((n) => n.id !== id);
    expect(nearestInDirection(at('coa'), [1, 0], others('coa'))).toBe('begeleidingsgesprek-participatie');
    expect(
      nearestInDirection(at('begeleidingsgesprek-participatie'), [0, 1], others('begeleidingsgesprek-participatie')),
    ).toBeUndefined();
    // On any drawing: each other node is reached by exactly one key's quarter, so no two-key walk returns.
    let seed = 7;
    const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 600 - 300;
    const dirs = [
      [1, 0],
      [-1, 0],
      [0, 1],
      [0, -1],
    ] as const;
    for (let k = 0; k < 200; k++) {
      const pts = Array.from({ length: 8 }, (_, i) => ({ id: `n${i}`, x: Math.round(rnd()), y: Math.round(rnd()) }));
      const start = pts[0]!;
      for (const p of pts.slice(1)) {
        const hits = dirs.filter((d) => nearestInDirection(start, d, [p]) === p.id).length;
        expect(p.x === start.x && p.y === start.y ? 0 : 1).toBe(hits);
      }
      for (const [a, b] of [
        [0, 2],
        [2, 0],
        [1, 3],
        [3, 1],
        [0, 3],
        [3, 0],
        [1, 2],
        [2, 1],
      ] as const) {
        const mid = nearestInDirection(start, dirs[a], pts.slice(1));
        if (!mid) continue;
        const from = pts.find((p) => p.id === mid)!;
        expect(
          nearestInDirection(
            from,
            dirs[b],
            pts.filter((p) => p.id !== mid),
          ),
        ).not.toBe(start.id);
      }
    }
  });
});

describe('the link to the official publication', () => {
  it("prefers a Kamerstuk or BWB identifier, then the source's address, else none", () => {
    const kst = {
      scheme: 'KAMERSTUK',
      value: 'kst-35483-L',
      url: 'https://zoek.officielebekendmakingen.nl/kst-35483-L.html',
    };
    const bwb = { scheme: 'BWB', value: 'BWBR0044770', url: 'https://wetten.overheid.nl/BWBR0044770' };
    const other = { scheme: 'URL', value: 'https://example.org/a.pdf', url: 'https://example.org/a.pdf' };
    expect(officialLink({ url: 'https://example.org/b', identifiers: [other, kst] })).toBe(kst.url);
    expect(officialLink({ url: null, identifiers: [bwb] })).toBe(bwb.url);
    expect(officialLink({ url: 'https://example.org/b', identifiers: [other] })).toBe('https://example.org/b');
    expect(officialLink({ url: null, identifiers: [] })).toBeNull();
  });
});
