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
