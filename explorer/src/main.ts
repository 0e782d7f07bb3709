import './styles.css';
import type { Position } from 'cytoscape';
import { ApiError, queries, type RelationLite, type SubgraphLite } from './api';
import { DocumentView } from './documentView';
import { GraphView, TYPE_STYLE } from './graphView';
import { nearestInDirection } from './keyboardNav';
import { ReviewPanel } from './reviewPanel';
import { SuggestionOverlay } from './suggestionOverlay';
import { toGEXF, toGraphML, toJSON } from './viewExport';
import { VIEW_PADDING } from './viewport';
import { emptyState, LAYOUTS, parseHash, toHash, type LayoutName, type ViewState } from './viewState';

/** Neighbours loaded per expansion; "load more" doubles it for a truncated node. */
const FIRST_LIMIT = 40;
/** The most entities a view holds (the API's bound on inducedSubgraph). */
const MAX_NODES = 500;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const input = $<HTMLInputElement>('search-input');
const suggestions = $<HTMLUListElement>('suggestions');
const panel = $<HTMLElement>('panel');
const status = $<HTMLElement>('status');
const legend = $<HTMLElement>('legend');
const undoButton = $<HTMLButtonElement>('undo');
const redoButton = $<HTMLButtonElement>('redo');
const graphArea = $<HTMLElement>('graph-area');
const layoutSelect = $<HTMLSelectElement>('layout');
const cyEl = $('cy');
const view = new GraphView(cyEl);
const docView = new DocumentView($('document-view'));
const overlay = new SuggestionOverlay(view.cy);

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

// --- state and history -------------------------------------------------------------------------------------
/**
 * One history: every action makes a new ViewState, pushed as a browser history entry (the hash holds the state,
 * history.state the positions), so Undo/Redo and the browser's Back/Forward are the same thing.
 */
let state: ViewState = emptyState();
let histIdx = 0;
let histMax = 0;
const names = new Map<string, string>();
const truncatedAt = new Map<string, number>();
const pathCache = new Map<string, SubgraphLite | null>();
let pathStart: { id: string; name: string } | null = null;
let chain: Promise<unknown> = Promise.resolve();
let pending = 0;

/** Steps run one after another: a second click waits for the first step's drawing. */
function queue<T>(work: () => Promise<T>): Promise<T | undefined> {
  pending++;
  document.body.dataset.busy = 'true';
  const run = chain.then(work, work).catch((e) => {
    fail(e);
    return undefined;
  });
  chain = run.finally(() => {
    if (--pending === 0) document.body.dataset.busy = 'false';
  });
  return run;
}

function fail(e: unknown): void {
  status.className = 'error';
  status.textContent = e instanceof ApiError ? e.message : 'Something went wrong; see the browser console.';
  console.error(e);
}

async function busy<T>(what: string, work: () => Promise<T>): Promise<T> {
  status.className = 'loading';
  status.innerHTML = `<span class="spinner" aria-hidden="true"></span>${esc(what)}…`;
  graphArea.setAttribute('aria-busy', 'true');
  try {
    const out = await work();
    status.className = '';
    status.textContent = '';
    return out;
  } finally {
    graphArea.setAttribute('aria-busy', 'false');
  }
}

const pathKey = (p: { from: string; to: string }) => `${p.from},${p.to}`;

function pathIds(): string[] {
  const p = state.path && pathCache.get(pathKey(state.path));
  return p ? [...p.nodes.map((n) => n.id), ...p.relations.map((r) => r.id)] : [];
}

interface ShowOptions {
  push: boolean;
  origin?: string | null;
  positions?: Record<string, Position> | null;
  relayout?: boolean;
  /** Said in the status line once drawn (a function when it needs the names the step loads). */
  message?: string | (() => string);
}

/** Draws `next` (one inducedSubgraph call: the view is always every relation among what it shows) and records it. */
async function show(next: ViewState, o: ShowOptions): Promise<void> {
  if (next.path && !pathCache.has(pathKey(next.path))) {
    const p = next.path;
    const data = await busy('Finding the shortest path', () => queries.path(p.from, p.to));
    pathCache.set(pathKey(p), data.shortestPath);
  }
  const sub: SubgraphLite = next.nodes.length
    ? (
        await busy('Loading the relations among the entities shown', () =>
          queries.induced(next.nodes.slice(0, MAX_NODES)),
        )
      ).inducedSubgraph
    : { nodes: [], relations: [], truncated: false };
  const present = new Set(sub.nodes.map((n) => n.id));
  next = { ...next, nodes: next.nodes.filter((id) => present.has(id)) };
  if (next.sel && !present.has(next.sel) && !sub.relations.some((r) => r.id === next.sel)) next.sel = null;
  for (const n of sub.nodes) names.set(n.id, n.name);
  if (o.push) saveEntry();
  state = next;
  await view.render(sub, {
    positions: o.positions ?? null,
    origin: o.origin ?? null,
    layout: next.layout,
    relayout: o.relayout ?? false,
    hiddenTypes: next.hiddenTypes,
    hiddenRelations: next.hiddenRelations,
    pathIds: pathIds(),
    selected: next.sel,
  });
  if (o.push) {
    histIdx++;
    histMax = histIdx;
    history.pushState({ idx: histIdx, pos: view.positions() }, '', toHash(state));
  } else saveEntry();
  refresh();
  // After the legend is counted: the dashed suggestions are not relations of the graph.
  await overlay.sync(state.hiddenRelations);
  if (o.message) status.textContent = typeof o.message === 'function' ? o.message() : o.message;
  else if (sub.truncated) status.textContent = 'Some relations among these entities are not drawn (more than 2,000).';
}

/** Records the current positions in the current history entry, so returning to it shows it as it was. */
function saveEntry(): void {
  history.replaceState({ idx: histIdx, pos: view.positions() }, '', toHash(state));
}

window.addEventListener('popstate', (ev) => {
  const s = parseHash(location.hash);
  const st = ev.state as { idx?: number; pos?: Record<string, Position> } | null;
  void queue(async () => {
    histIdx = st?.idx ?? 0;
    const layoutChanged = s.layout !== state.layout;
    await show(s, { push: false, positions: st?.pos ?? null, relayout: layoutChanged && !st?.pos });
    await syncDocument(s);
  });
});

function refresh(): void {
  undoButton.disabled = histIdx <= 0;
  redoButton.disabled = histIdx >= histMax;
  layoutSelect.value = state.layout;
  renderLegend();
  renderPanel();
}

// --- actions (each one history step) --------------------------------------------------------------------------
function withNodes(ids: string[]): string[] {
  return [...new Set([...state.nodes, ...ids])].slice(0, MAX_NODES);
}

async function expand(
  id: string,
  limit = FIRST_LIMIT,
  relationTypes: string[] | null = null,
  select = false,
): Promise<void> {
  const label = relationTypes ? `Loading ${relationTypes.join(', ')} neighbours` : 'Loading neighbours';
  const data = await busy(label, () => queries.neighbourIds(id, limit, relationTypes));
  const ids = data.neighbourhood.nodes.map((n) => n.id);
  if (data.neighbourhood.truncated) truncatedAt.set(id, limit);
  else truncatedAt.delete(id);
  const added = ids.filter((x) => !state.nodes.includes(x)).length;
  const message = () => {
    const name = names.get(id) ?? id;
    if (data.neighbourhood.truncated) return `Only ${limit} neighbours of ${name} shown. Use "Load more" in the panel.`;
    return added ? `${added} entities added around ${name}.` : `${name} has no neighbours that are not already shown.`;
  };
  await show({ ...state, nodes: withNodes(ids), sel: select ? id : state.sel }, { push: true, origin: id, message });
}

async function removeNode(id: string): Promise<void> {
  await show(
    { ...state, nodes: state.nodes.filter((x) => x !== id), sel: state.sel === id ? null : state.sel },
    { push: true, message: `Removed ${names.get(id) ?? id}. Undo (Ctrl+Z) brings it back.` },
  );
}

async function showPath(from: string, to: string): Promise<void> {
  const p = { from, to };
  const data = await busy('Finding the shortest path', () => queries.path(from, to));
  pathCache.set(pathKey(p), data.shortestPath);
  if (!data.shortestPath) {
    status.textContent = `No path between ${names.get(from) ?? from} and ${names.get(to) ?? to} within 6 steps.`;
    return;
  }
  pathStart = null;
  const names_ = data.shortestPath.nodes.map((n) => n.name).join(' → ');
  await show(
    { ...state, nodes: withNodes(data.shortestPath.nodes.map((n) => n.id)), path: p, sel: to },
    { push: true, origin: from, message: `Shortest path: ${names_}` },
  );
}

function toggle(list: string[], v: string): string[] {
  return list.includes(v) ? list.filter((x) => x !== v) : [...list, v];
}

// --- legend (outside the graph; only the types present) -------------------------------------------------------
function renderLegend(): void {
  const types = view.countsByType();
  const rels = view.countsByRelation();
  const item = (kind: 'type' | 'rel', key: string, label: string, count: number, swatch: string) => {
    const off = (kind === 'type' ? state.hiddenTypes : state.hiddenRelations).includes(key);
    return `<button class="legend-item${off ? ' off' : ''}" data-${kind}="${key}" aria-pressed="${!off}" title="${off ? 'Show' : 'Hide'} ${esc(label)}">${swatch}${esc(label)} <span class="count">${count}</span></button>`;
  };
  const typeItems = Object.entries(TYPE_STYLE)
    .filter(([t]) => types.has(t))
    .map(([t, s]) =>
      item('type', t, s.label, types.get(t) ?? 0, `<span class="swatch" style="background:${s.color}"></span>`),
    );
  const relItems = [...rels.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([t, c]) => item('rel', t, t, c, ''));
  legend.innerHTML = state.nodes.length
    ? `<div class="legend-row" role="group" aria-label="Entity types shown">${typeItems.join('')}</div>
       <div class="legend-row" role="group" aria-label="Relation types shown">${relItems.join('')}</div>
       <p class="muted legend-note">Every relation among the ${state.nodes.length} entities shown is drawn (${view.cy.edges().length} relations). Click a type to hide or show it.</p>`
    : '';
}

legend.addEventListener('click', (ev) => {
  const b = (ev.target as HTMLElement).closest('button');
  if (!b) return;
  if (b.dataset.type)
    void queue(() =>
      show({ ...state, hiddenTypes: toggle(state.hiddenTypes, b.dataset.type as string) }, { push: true }),
    );
  if (b.dataset.rel)
    void queue(() =>
      show({ ...state, hiddenRelations: toggle(state.hiddenRelations, b.dataset.rel as string) }, { push: true }),
    );
});

// --- search with autocomplete: entities, then passages ----------------------------------------------------------
let searchTimer: number | undefined;
let active = -1;
let searchSeq = 0;
input.addEventListener('input', () => {
  window.clearTimeout(searchTimer);
  const text = input.value.trim();
  if (!text) return closeSuggestions();
  searchTimer = window.setTimeout(() => void suggest(text), 200);
});

async function suggest(text: string): Promise<void> {
  const seq = ++searchSeq;
  const [ents, psgs] = await busy('Searching', () =>
    Promise.all([queries.search(text), queries.passageSearch(text).catch(() => ({ passageSearch: [] }))]),
  ).catch((e) => {
    fail(e);
    return [null, null] as const;
  });
  if (!ents || seq !== searchSeq || input.value.trim() !== text) return;
  active = -1;
  input.removeAttribute('aria-activedescendant');
  const entityItems = ents.search.map(
    (h, i) =>
      `<li role="option" id="opt-e-${i}" data-id="${esc(h.entity.id)}" aria-selected="false"><span class="swatch" style="background:${TYPE_STYLE[h.entity.type]?.color}"></span>${esc(h.entity.name)} <small>${esc(TYPE_STYLE[h.entity.type]?.label ?? h.entity.type)}${h.snippet && !h.snippet.includes(esc(h.entity.name)) ? ` · ${h.snippet}` : ''}</small></li>`,
  );
  const passageItems = (psgs?.passageSearch ?? []).map(
    (h, i) =>
      `<li role="option" id="opt-p-${i}" class="passage-hit" data-doc="${esc(h.document.id)}" data-page="${h.page}" aria-selected="false"><small>${esc(h.document.name)}, p. ${h.page}</small><br>${h.snippet}</li>`,
  );
  suggestions.innerHTML =
    (entityItems.length
      ? `<li role="presentation" class="group-head">Entities</li>${entityItems.join('')}`
      : '<li role="presentation" class="empty">No entity matches</li>') +
    (passageItems.length
      ? `<li role="presentation" class="group-head">Passages in documents</li>${passageItems.join('')}`
      : '');
  suggestions.dataset.for = text;
  suggestions.hidden = false;
  input.setAttribute('aria-expanded', 'true');
}

function closeSuggestions(): void {
  suggestions.hidden = true;
  suggestions.dataset.for = '';
  input.setAttribute('aria-expanded', 'false');
  input.removeAttribute('aria-activedescendant');
  active = -1;
}

input.addEventListener('keydown', (ev) => {
  const items = [...suggestions.querySelectorAll<HTMLLIElement>('li[role="option"]')];
  if ((ev.key === 'ArrowDown' || ev.key === 'ArrowUp') && !suggestions.hidden && items.length) {
    ev.preventDefault();
    active = (active + (ev.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length;
    items.forEach((li, i) => li.setAttribute('aria-selected', String(i === active)));
    const li = items[active] as HTMLLIElement;
    input.setAttribute('aria-activedescendant', li.id);
    li.scrollIntoView({ block: 'nearest' });
  } else if (ev.key === 'Enter') {
    ev.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    if (suggestions.dataset.for === text && !suggestions.hidden) {
      const li = items[active >= 0 ? active : 0];
      if (li) choose(li);
      return;
    }
    // Enter before the suggestions arrived: search now and take the best entity.
    window.clearTimeout(searchTimer);
    searchSeq++;
    void queue(async () => {
      const data = await busy('Searching', () => queries.search(text));
      const hit = data.search[0];
      if (!hit) {
        status.textContent = `No entity matches “${text}”.`;
        return;
      }
      closeSuggestions();
      input.value = '';
      await expand(hit.entity.id, FIRST_LIMIT, null, true);
    });
  } else if (ev.key === 'Escape') closeSuggestions();
});
suggestions.addEventListener('mousedown', (ev) => ev.preventDefault());
suggestions.addEventListener('click', (ev) => {
  const li = (ev.target as HTMLElement).closest<HTMLLIElement>('li[role="option"]');
  if (li) choose(li);
});
input.addEventListener('blur', () => window.setTimeout(closeSuggestions, 150));

function choose(li: HTMLLIElement): void {
  closeSuggestions();
  if (li.dataset.doc) {
    void openDocument({ id: li.dataset.doc, page: Number(li.dataset.page) || null, quote: input.value.trim() });
    return;
  }
  input.value = '';
  const id = li.dataset.id as string;
  void queue(() => expand(id, FIRST_LIMIT, null, true));
}

// --- selection and the side panel ------------------------------------------------------------------------------
/** Selecting is not a history step: it only updates the current entry's URL. */
function select(id: string | null): void {
  state = { ...state, sel: id };
  view.cy.elements().unselect();
  if (id) view.cy.getElementById(id).select();
  view.hideCollidingLabels(id);
  saveEntry();
  renderPanel();
}

let panelSeq = 0;
function renderPanel(): void {
  const seq = ++panelSeq;
  const parts: string[] = [];
  if (pathStart)
    parts.push(
      `<p class="path-mode" role="note">Path from <strong>${esc(pathStart.name)}</strong>: select the other end and choose “Path … to here”. <button data-act="path-cancel">Cancel</button></p>`,
    );
  const pathHtml = renderPathPanel();
  const el = state.sel ? view.cy.getElementById(state.sel) : null;
  if (el?.nonempty() && el.isNode()) {
    void showEntity(state.sel as string, parts.join('') + pathHtml, seq);
    return;
  }
  if (el?.nonempty() && el.isEdge()) parts.push(relationHtml(view.relations.get(state.sel as string)));
  else if (!pathHtml)
    parts.push(
      state.nodes.length
        ? '<p class="hint">Select a node (click, or focus the graph and use the arrow keys) to see its details and evidence.</p>'
        : '<p class="hint">Search for an entity to start. Double-click a node (or press Enter on it) to expand it.</p>',
    );
  panel.innerHTML = parts.join('') + pathHtml;
  panel.dataset.entity = '';
}

function renderPathPanel(): string {
  const p = state.path && pathCache.get(pathKey(state.path));
  if (!state.path || !p) return '';
  const steps = p.relations.map((r, i) => {
    const a = p.nodes[i];
    const b = p.nodes[i + 1];
    const forward = r.from.id === a?.id;
    const ev = r.evidence[0];
    return `<li><a href="#" data-node="${esc(a?.id ?? '')}">${esc(a?.name ?? '')}</a> <span class="rtype">${forward ? '' : '← '}${esc(r.type)}${forward ? ' →' : ''}</span> <a href="#" data-node="${esc(b?.id ?? '')}">${esc(b?.name ?? '')}</a>
      ${ev ? `<blockquote>${esc(ev.quote)}</blockquote><p class="muted">${esc(ev.document.name)}, p. ${ev.page ?? '?'}${ev.document.hasText ? ` · <a href="#" class="open-doc" data-doc="${esc(ev.document.id)}" data-page="${ev.page ?? ''}" data-quote="${esc(ev.quote)}">open in document</a>` : ''}</p>` : ''}</li>`;
  });
  return `<section class="path-panel" aria-label="Shortest path"><h2>Path: ${esc(p.nodes[0]?.name ?? '')} → ${esc(p.nodes[p.nodes.length - 1]?.name ?? '')}</h2><p class="muted">${p.relations.length} steps.</p><ol class="path-steps">${steps.join('')}</ol><button data-act="path-clear">Clear path</button></section>`;
}

async function showEntity(id: string, prefix: string, seq: number): Promise<void> {
  const data = await queries.entity(id).catch((e) => {
    fail(e);
    return null;
  });
  if (seq !== panelSeq) return;
  const e = data?.entity;
  if (!e) return;
  const rels = [...view.relations.values()].filter((r) => r.from.id === id || r.to.id === id);
  const byType = new Map<string, RelationLite[]>();
  for (const r of rels) byType.set(r.type, [...(byType.get(r.type) ?? []), r]);
  const relTypes = new Map<string, number>();
  for (const r of e.relations) relTypes.set(r.type, (relTypes.get(r.type) ?? 0) + 1);
  const truncated = truncatedAt.has(id);
  const locked = view.cy.getElementById(id).locked();
  panel.innerHTML = `${prefix}
    <h2>${esc(e.name)}</h2>
    <p class="type"><span class="swatch" style="background:${TYPE_STYLE[e.type]?.color}"></span>${esc(TYPE_STYLE[e.type]?.label ?? e.type)}${e.kind ? ` · ${esc(e.kind)}` : ''}</p>
    ${e.aliases.length ? `<p><strong>Also:</strong> ${e.aliases.map(esc).join(', ')}</p>` : ''}
    ${e.description ? `<p>${esc(e.description)}</p>` : ''}
    ${e.identifiers.length ? `<p><strong>Identifiers:</strong> ${e.identifiers.map((i) => (i.url ? `<a href="${esc(i.url)}" target="_blank" rel="noopener">${esc(i.value)}</a>` : esc(i.value))).join(', ')}</p>` : ''}
    <div class="actions">
      <button data-act="expand">Expand</button>
      ${truncated ? '<button data-act="more">Load more</button>' : ''}
      <button data-act="pin" aria-pressed="${locked}">${locked ? 'Unpin' : 'Pin'}</button>
      <button data-act="remove">Remove</button>
      ${pathStart && pathStart.id !== id ? `<button data-act="path-end">Path from ${esc(pathStart.name)} to here</button>` : `<button data-act="path-start">Path from here</button>`}
    </div>
    ${
      relTypes.size > 1
        ? `<div class="actions" role="group" aria-label="Expand along one relation type"><span class="muted">Expand by relation:</span>${[
            ...relTypes.entries(),
          ]
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([t, c]) => `<button data-act="expand-type" data-type="${esc(t)}">${esc(t)} (${c})</button>`)
            .join('')}</div>`
        : ''
    }
    <p class="muted">${e.relationCount} relations in the graph, ${rels.length} shown${truncated ? ' (truncated)' : ''}.</p>
    ${[...byType.entries()].map(([t, rs]) => `<h3>${esc(t)}</h3><ul class="rels">${rs.map((r) => `<li><a href="#" data-rel="${esc(r.id)}">${esc(r.from.name)} → ${esc(r.to.name)}</a></li>`).join('')}</ul>`).join('')}`;
  panel.dataset.entity = id;
}

function relationHtml(r: RelationLite | undefined): string {
  if (!r) return '';
  return `
    <h2>${esc(r.from.name)} <span class="rtype">${esc(r.type)}</span> ${esc(r.to.name)}</h2>
    <p><a href="#" data-node="${esc(r.from.id)}">${esc(r.from.name)}</a> → <a href="#" data-node="${esc(r.to.id)}">${esc(r.to.name)}</a></p>
    <h3>Evidence</h3>
    <ol class="evidence">${r.evidence
      .map(
        (
          ev,
        ) => `<li><blockquote>${esc(ev.quote)}</blockquote><p class="muted">${esc(ev.document.name)}, p. ${ev.page ?? '?'}
          ${ev.document.hasText ? ` · <a href="#" class="open-doc" data-doc="${esc(ev.document.id)}" data-page="${ev.page ?? ''}" data-quote="${esc(ev.quote)}">open in document</a>` : ''}</p></li>`,
      )
      .join('')}</ol>`;
}

panel.addEventListener('click', (ev) => {
  const t = (ev.target as HTMLElement).closest<HTMLElement>('a, button');
  if (!t) return;
  const id = panel.dataset.entity ?? '';
  if (t.dataset.rel) {
    ev.preventDefault();
    select(t.dataset.rel);
  } else if (t.dataset.node) {
    ev.preventDefault();
    select(t.dataset.node);
  } else if (t.classList.contains('open-doc')) {
    ev.preventDefault();
    void openDocument({
      id: t.dataset.doc as string,
      page: Number(t.dataset.page) || null,
      quote: t.dataset.quote as string,
    });
  } else if (t.dataset.act === 'expand') void queue(() => expand(id));
  else if (t.dataset.act === 'expand-type') void queue(() => expand(id, FIRST_LIMIT, [t.dataset.type as string]));
  else if (t.dataset.act === 'more')
    void queue(() => expand(id, Math.min(MAX_NODES, (truncatedAt.get(id) ?? FIRST_LIMIT) * 2)));
  else if (t.dataset.act === 'pin') {
    view.togglePin(id);
    renderPanel();
  } else if (t.dataset.act === 'remove') void queue(() => removeNode(id));
  else if (t.dataset.act === 'path-start') {
    pathStart = { id, name: names.get(id) ?? id };
    status.textContent = `Path from ${pathStart.name}: select the other end.`;
    renderPanel();
  } else if (t.dataset.act === 'path-cancel') {
    pathStart = null;
    renderPanel();
  } else if (t.dataset.act === 'path-end' && pathStart) {
    const from = pathStart.id;
    void queue(() => showPath(from, id));
  } else if (t.dataset.act === 'path-clear') void queue(() => show({ ...state, path: null }, { push: true }));
});

// --- the document dialog ------------------------------------------------------------------------------------------
async function openDocument(ref: { id: string; page: number | null; quote: string }): Promise<void> {
  state = { ...state, doc: ref };
  saveEntry();
  try {
    await docView.open(ref);
  } catch (e) {
    fail(e);
  }
}
docView.onClose = () => {
  state = { ...state, doc: null };
  saveEntry();
};
async function syncDocument(s: ViewState): Promise<void> {
  if (s.doc && (!docView.isOpen || JSON.stringify(s.doc) !== JSON.stringify(state.doc))) await openDocument(s.doc);
  else if (!s.doc && docView.isOpen) docView.close();
}

// --- the canvas: mouse and keyboard --------------------------------------------------------------------------------
const targetId = (ev: { target: unknown }) => (ev.target as { id(): string }).id();
view.cy.on('tap', 'node, edge', (ev) => {
  select(targetId(ev));
  // So the keys (Delete, Enter, arrows) act on what was just clicked.
  cyEl.focus({ preventScroll: true });
});
view.cy.on('tap', (ev) => {
  if (ev.target === view.cy) select(null);
});
view.cy.on('dbltap', 'node', (ev) => void queue(() => expand(targetId(ev))));
view.cy.on('dragfree', 'node', () => saveEntry());

cyEl.addEventListener('focus', () => {
  if (!state.sel && view.cy.nodes(':visible').nonempty()) {
    const first = view.cy
      .nodes(':visible')
      .sort((a, b) => a.position('y') - b.position('y') || a.position('x') - b.position('x'))[0];
    if (first) keyboardSelect(first.id());
  }
});
function keyboardSelect(id: string): void {
  select(id);
  const n = view.cy.getElementById(id);
  const ext = view.cy.extent();
  const p = n.position();
  if (p.x < ext.x1 || p.x > ext.x2 || p.y < ext.y1 || p.y > ext.y2) view.cy.center(n);
  status.textContent = `${names.get(id) ?? id} selected (${TYPE_STYLE[n.data('type') as string]?.label ?? ''}, ${n.degree(false)} relations shown).`;
}
const ARROWS: Record<string, { dir: [number, number]; words: string }> = {
  ArrowRight: { dir: [1, 0], words: 'to the right of' },
  ArrowLeft: { dir: [-1, 0], words: 'to the left of' },
  ArrowDown: { dir: [0, 1], words: 'below' },
  ArrowUp: { dir: [0, -1], words: 'above' },
};
cyEl.addEventListener('keydown', (ev) => {
  const sel = state.sel ? view.cy.getElementById(state.sel) : null;
  const d = ARROWS[ev.key];
  if (d) {
    ev.preventDefault();
    const from = sel?.nonempty() && sel.isNode() ? sel.position() : null;
    const nodes = view.cy.nodes(':visible').map((n) => ({ id: n.id(), ...n.position() }));
    const next = from
      ? nearestInDirection(
          from,
          d.dir,
          nodes.filter((n) => n.id !== state.sel),
        )
      : nodes[0]?.id;
    if (next) keyboardSelect(next);
    // Say so, rather than jump to a node that lies in another direction.
    else if (sel) status.textContent = `No node ${d.words} ${names.get(sel.id()) ?? sel.id()}.`;
  } else if (ev.key === 'Enter' && sel?.nonempty() && sel.isNode()) {
    ev.preventDefault();
    const id = sel.id();
    void queue(() => expand(id));
  } else if ((ev.key === 'Delete' || ev.key === 'Backspace') && sel?.nonempty() && sel.isNode()) {
    ev.preventDefault();
    const id = sel.id();
    void queue(() => removeNode(id));
  } else if (ev.key === '+' || ev.key === '=') zoom(1.25);
  else if (ev.key === '-') zoom(0.8);
  else if (ev.key === '0') view.cy.fit(undefined, VIEW_PADDING);
});

function zoom(f: number): void {
  const cy = view.cy;
  cy.zoom({ level: cy.zoom() * f, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
}
$('zoom-in').addEventListener('click', () => zoom(1.25));
$('zoom-out').addEventListener('click', () => zoom(0.8));
$('fit').addEventListener('click', () => view.cy.fit(undefined, VIEW_PADDING));

document.addEventListener('keydown', (ev) => {
  if (docView.isOpen) return;
  const typing =
    document.activeElement instanceof HTMLInputElement || document.activeElement instanceof HTMLSelectElement;
  if ((ev.ctrlKey || ev.metaKey) && !typing && ev.key.toLowerCase() === 'z') {
    ev.preventDefault();
    if (ev.shiftKey) redoButton.click();
    else undoButton.click();
  } else if ((ev.ctrlKey || ev.metaKey) && !typing && ev.key.toLowerCase() === 'y') {
    ev.preventDefault();
    redoButton.click();
  } else if (ev.key === '/' && !typing) {
    ev.preventDefault();
    input.focus();
  }
});
undoButton.addEventListener('click', () => {
  if (histIdx > 0) history.back();
});
redoButton.addEventListener('click', () => {
  if (histIdx < histMax) history.forward();
});
layoutSelect.addEventListener('change', () => {
  const layout = layoutSelect.value as LayoutName;
  if (LAYOUTS.includes(layout) && layout !== state.layout)
    void queue(() => show({ ...state, layout }, { push: true, relayout: true }));
});

// --- exports of the current view --------------------------------------------------------------------------------
function download(name: string, blob: Blob): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}
$('export-png').addEventListener('click', () => download('view.png', view.png()));
$('export-graphml').addEventListener('click', () =>
  download('view.graphml', new Blob([toGraphML(view.cy, view.relations)], { type: 'application/graphml+xml' })),
);
$('export-gexf').addEventListener('click', () =>
  download('view.gexf', new Blob([toGEXF(view.cy, view.relations)], { type: 'application/gexf+xml' })),
);
$('export-json').addEventListener('click', () =>
  download('view.json', new Blob([toJSON(view.cy, view.relations)], { type: 'application/json' })),
);

// Server exports of what is shown here with its neighbours (all of the graph if nothing is shown).
const serverExport = $<HTMLSelectElement>('server-export');
serverExport.addEventListener('change', () => {
  const file = serverExport.value;
  serverExport.value = '';
  if (!file) return;
  const ids = state.nodes.slice(0, 100);
  location.assign(`/export/${file}${ids.length ? `?ids=${encodeURIComponent(ids.join(','))}&depth=1` : ''}`);
});

// --- the review queue and the suggestions on the graph (reviewPanel.ts, suggestionOverlay.ts) ----------------------
const review = new ReviewPanel($('review-panel'), $<HTMLButtonElement>('review-toggle'), {
  openDocument,
  documentElement: $('document-view'),
  // The same view fetched again: an accepted relation comes back as a curated edge, its dashed one is gone.
  decided: () => queue(() => show(state, { push: false })),
  resized: () => {
    view.cy.resize();
    view.fitRoomy();
  },
});
const showSuggestions = $<HTMLInputElement>('show-suggestions');
const suggestionCount = $('suggestion-count');
overlay.onTap = (id) => void review.reveal(id);
overlay.onCount = (n, more) => {
  suggestionCount.textContent = n === null ? '' : `(${n}${more ? '+' : ''} drawn)`;
};
showSuggestions.addEventListener(
  'change',
  () => void queue(() => overlay.set(showSuggestions.checked, state.hiddenRelations)),
);

// --- start: the state in the URL ------------------------------------------------------------------------------
async function start(): Promise<void> {
  const s = parseHash(location.hash);
  const st = history.state as { idx?: number; pos?: Record<string, Position> } | null;
  histIdx = st?.idx ?? 0;
  histMax = histIdx;
  let nodes = s.nodes;
  for (const id of s.legacyExpand) {
    const data = await busy('Loading neighbours', () => queries.neighbourIds(id, FIRST_LIMIT, null));
    nodes = [...new Set([...nodes, ...data.neighbourhood.nodes.map((n) => n.id)])];
  }
  if (s.path) {
    const p = s.path;
    const data = await busy('Finding the shortest path', () => queries.path(p.from, p.to));
    pathCache.set(pathKey(p), data.shortestPath);
    nodes = [...new Set([...nodes, ...(data.shortestPath?.nodes.map((n) => n.id) ?? [])])];
  }
  await show({ ...s, nodes }, { push: false, positions: st?.pos ?? null, relayout: s.layout !== 'force' });
  if (s.path && pathCache.get(pathKey(s.path)))
    status.textContent = `Shortest path: ${pathCache
      .get(pathKey(s.path))
      ?.nodes.map((n) => n.name)
      .join(' → ')}`;
  else if (s.path) status.textContent = `No path between ${s.path.from} and ${s.path.to} within 6 steps.`;
  if (s.doc) await openDocument(s.doc);
}

void queue(start);

// For the browser tests and for debugging from the console.
(window as unknown as Record<string, unknown>).explorer = { cy: view.cy, state: () => state, idle: () => chain };
