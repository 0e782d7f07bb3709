/**
 * What the explorer shows, as a value: the entities on screen (the view is their induced subgraph), what is hidden,
 * the highlighted path, the layout and the selection. Every action makes a new state; the URL hash holds it, so a
 * link, a reload and browser Back/Forward all give the same view.
 *
 * #n=vrip,coa&sel=coa&path=divosa,duo&ht=TOPIC&hr=CITES&layout=concentric&doc=…&page=7&quote=…
 */
export type LayoutName = 'force' | 'concentric' | 'hierarchical';
export const LAYOUTS: readonly LayoutName[] = ['force', 'concentric', 'hierarchical'];

export interface DocRef {
  id: string;
  page: number | null;
  quote: string;
}

export interface ViewState {
  nodes: string[];
  hiddenTypes: string[];
  hiddenRelations: string[];
  path: { from: string; to: string } | null;
  layout: LayoutName;
  sel: string | null;
  doc: DocRef | null;
}

export const emptyState = (): ViewState => ({
  nodes: [],
  hiddenTypes: [],
  hiddenRelations: [],
  path: null,
  layout: 'force',
  sel: null,
  doc: null,
});

const list = (v: string | null) => (v ?? '').split(',').filter(Boolean);

export function parseHash(hash: string): ViewState & { legacyExpand: string[] } {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const path = list(p.get('path'));
  const layout = p.get('layout') as LayoutName | null;
  const doc = p.get('doc');
  return {
    nodes: [...new Set(list(p.get('n')))],
    hiddenTypes: list(p.get('ht')),
    hiddenRelations: list(p.get('hr')),
    path: path.length === 2 && path[0] && path[1] ? { from: path[0], to: path[1] } : null,
    layout: layout && LAYOUTS.includes(layout) ? layout : 'force',
    sel: p.get('sel') || null,
    doc: doc ? { id: doc, page: Number(p.get('page')) || null, quote: p.get('quote') ?? '' } : null,
    // Links of the first explorer: `e=` listed expanded entities; they open as those expansions.
    legacyExpand: list(p.get('e')),
  };
}

export function toHash(s: ViewState): string {
  const p = new URLSearchParams();
  if (s.nodes.length) p.set('n', s.nodes.join(','));
  if (s.sel) p.set('sel', s.sel);
  if (s.path) p.set('path', `${s.path.from},${s.path.to}`);
  if (s.hiddenTypes.length) p.set('ht', s.hiddenTypes.join(','));
  if (s.hiddenRelations.length) p.set('hr', s.hiddenRelations.join(','));
  if (s.layout !== 'force') p.set('layout', s.layout);
  if (s.doc) {
    p.set('doc', s.doc.id);
    if (s.doc.page) p.set('page', String(s.doc.page));
    if (s.doc.quote) p.set('quote', s.doc.quote);
  }
  // Commas are left as they are (URLSearchParams would write %2C): the lists stay readable in a shared link.
  return `#${p.toString().replace(/%2C/g, ',')}`;
}
