import './styles.css';
import { ApiError, queries, type RelationLite } from './api';
import { GraphView, TYPE_STYLE } from './graphView';
import { showDocument } from './documentView';

/** Neighbours loaded per expansion; "load more" doubles it for a truncated node. */
const FIRST_LIMIT = 40;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const input = $<HTMLInputElement>('search-input');
const suggestions = $<HTMLUListElement>('suggestions');
const panel = $<HTMLElement>('panel');
const status = $<HTMLElement>('status');
const legend = $<HTMLElement>('legend');
const undoButton = $<HTMLButtonElement>('undo');
const view = new GraphView($('cy'));
const expanded = new Map<string, number>();
let pathStart: string | null = null;
let restoring = false;

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

async function busy<T>(what: string, work: () => Promise<T>): Promise<T | undefined> {
  status.className = 'loading';
  status.textContent = `${what}…`;
  try {
    const out = await work();
    status.className = '';
    status.textContent = '';
    return out;
  } catch (e) {
    status.className = 'error';
    status.textContent = e instanceof ApiError ? e.message : 'Something went wrong; see the browser console.';
    console.error(e);
    return undefined;
  }
}

/** Loads (or grows) an entity's neighbourhood and adds it to the view. */
async function expand(id: string, limit = FIRST_LIMIT): Promise<void> {
  const data = await busy('Loading neighbours', () => queries.neighbourhood(id, limit));
  if (!data) return;
  view.add(data.neighbourhood);
  expanded.set(id, data.neighbourhood.truncated ? limit : -1);
  refresh();
  if (data.neighbourhood.truncated) status.textContent = `Only ${limit} neighbours of ${id} shown. Use "Load more" in the panel.`;
}

function refresh(): void {
  undoButton.disabled = !view.canUndo;
  renderLegend();
  if (!restoring) saveState();
}

function renderLegend(): void {
  const counts = view.countsByType();
  legend.innerHTML = Object.entries(TYPE_STYLE)
    .map(([type, s]) => {
      const off = view.hiddenTypes.has(type);
      return `<button class="legend-item${off ? ' off' : ''}" data-type="${type}" aria-pressed="${!off}"><span class="swatch" style="background:${s.color}"></span>${s.label} <span class="count">${counts.get(type) ?? 0}</span></button>`;
    })
    .join('');
}

legend.addEventListener('click', (ev) => {
  const b = (ev.target as HTMLElement).closest('button');
  if (!b) return;
  view.toggleType(b.dataset.type as string);
  renderLegend();
});

// --- search with autocomplete ---------------------------------------------------------------------------
let searchTimer: number | undefined;
let active = -1;
input.addEventListener('input', () => {
  window.clearTimeout(searchTimer);
  const text = input.value.trim();
  if (!text) {
    suggestions.hidden = true;
    return;
  }
  searchTimer = window.setTimeout(async () => {
    const data = await busy('Searching', () => queries.search(text));
    if (!data) return;
    active = -1;
    suggestions.innerHTML = data.search
      .map((h, i) => `<li role="option" id="opt-${i}" data-id="${esc(h.entity.id)}"><span class="swatch" style="background:${TYPE_STYLE[h.entity.type]?.color}"></span>${esc(h.entity.name)} <small>${esc(h.entity.type)}${h.snippet && !h.snippet.includes(esc(h.entity.name)) ? ` · ${h.snippet}` : ''}</small></li>`)
      .join('') || '<li class="empty">No match</li>';
    suggestions.hidden = false;
  }, 200);
});
input.addEventListener('keydown', (ev) => {
  const items = [...suggestions.querySelectorAll<HTMLLIElement>('li[data-id]')];
  if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
    ev.preventDefault();
    active = (active + (ev.key === 'ArrowDown' ? 1 : -1) + items.length) % Math.max(1, items.length);
    items.forEach((li, i) => li.setAttribute('aria-selected', String(i === active)));
  } else if (ev.key === 'Enter') {
    const li = items[active >= 0 ? active : 0];
    if (li) void pick(li.dataset.id as string);
  } else if (ev.key === 'Escape') suggestions.hidden = true;
});
suggestions.addEventListener('click', (ev) => {
  const li = (ev.target as HTMLElement).closest<HTMLLIElement>('li[data-id]');
  if (li) void pick(li.dataset.id as string);
});

async function pick(id: string): Promise<void> {
  suggestions.hidden = true;
  input.value = '';
  await expand(id);
  select(id);
}

// --- selection and the side panel -----------------------------------------------------------------------
function select(id: string): void {
  view.cy.elements().unselect();
  const el = view.cy.getElementById(id);
  el.select();
  if (el.isNode()) void showEntity(id);
  else showRelation(view.relations.get(id));
  if (!restoring) saveState();
}

async function showEntity(id: string): Promise<void> {
  const data = await busy('Loading entity', () => queries.entity(id));
  const e = data?.entity;
  if (!e) return;
  const rels = [...view.relations.values()].filter((r) => r.from.id === id || r.to.id === id);
  const byType = new Map<string, RelationLite[]>();
  for (const r of rels) byType.set(r.type, [...(byType.get(r.type) ?? []), r]);
  const truncated = (expanded.get(id) ?? -1) > 0;
  panel.innerHTML = `
    <h2>${esc(e.name)}</h2>
    <p class="type"><span class="swatch" style="background:${TYPE_STYLE[e.type]?.color}"></span>${esc(TYPE_STYLE[e.type]?.label ?? e.type)}${e.kind ? ` · ${esc(e.kind)}` : ''}</p>
    ${e.aliases.length ? `<p><strong>Also:</strong> ${e.aliases.map(esc).join(', ')}</p>` : ''}
    ${e.description ? `<p>${esc(e.description)}</p>` : ''}
    ${e.identifiers.length ? `<p><strong>Identifiers:</strong> ${e.identifiers.map((i) => (i.url ? `<a href="${esc(i.url)}" target="_blank" rel="noopener">${esc(i.value)}</a>` : esc(i.value))).join(', ')}</p>` : ''}
    <div class="actions">
      <button data-act="expand">Expand</button>
      ${truncated ? '<button data-act="more">Load more</button>' : ''}
      <button data-act="pin">${view.cy.getElementById(id).locked() ? 'Unpin' : 'Pin'}</button>
      <button data-act="remove">Remove</button>
      <button data-act="path-start">Path from here</button>
      ${pathStart && pathStart !== id ? `<button data-act="path-end">Path from ${esc(pathStart)} to here</button>` : ''}
    </div>
    <p class="muted">${e.relationCount} relations in the graph, ${rels.length} shown${truncated ? ' (truncated)' : ''}.</p>
    ${[...byType.entries()].map(([t, rs]) => `<h3>${esc(t)}</h3><ul class="rels">${rs.map((r) => `<li><a href="#" data-rel="${esc(r.id)}">${esc(r.from.name)} → ${esc(r.to.name)}</a></li>`).join('')}</ul>`).join('')}`;
  panel.dataset.entity = id;
}

function showRelation(r: RelationLite | undefined): void {
  if (!r) return;
  panel.dataset.entity = '';
  panel.innerHTML = `
    <h2>${esc(r.from.name)} <span class="rtype">${esc(r.type)}</span> ${esc(r.to.name)}</h2>
    <p><a href="#" data-node="${esc(r.from.id)}">${esc(r.from.name)}</a> → <a href="#" data-node="${esc(r.to.id)}">${esc(r.to.name)}</a></p>
    <h3>Evidence</h3>
    <ol class="evidence">${r.evidence
      .map(
        (ev) => `<li><blockquote>${esc(ev.quote)}</blockquote><p class="muted">${esc(ev.document.name)}, p. ${ev.page ?? '?'}
          ${ev.document.hasText ? ` · <a href="#" class="open-doc" data-doc="${esc(ev.document.id)}" data-page="${ev.page ?? ''}" data-quote="${esc(ev.quote)}">open in document</a>` : ''}</p></li>`,
      )
      .join('')}</ol>`;
}

panel.addEventListener('click', async (ev) => {
  const t = ev.target as HTMLElement;
  const id = panel.dataset.entity ?? '';
  if (t.dataset.rel) {
    ev.preventDefault();
    select(t.dataset.rel);
  } else if (t.dataset.node) {
    ev.preventDefault();
    select(t.dataset.node);
  } else if (t.classList.contains('open-doc')) {
    ev.preventDefault();
    await showDocument(t.dataset.doc as string, Number(t.dataset.page) || null, t.dataset.quote as string);
  } else if (t.dataset.act === 'expand') await expand(id);
  else if (t.dataset.act === 'more') await expand(id, Math.min(500, (expanded.get(id) ?? FIRST_LIMIT) * 2));
  else if (t.dataset.act === 'pin') {
    view.togglePin(id);
    void showEntity(id);
  } else if (t.dataset.act === 'remove') removeNode(id);
  else if (t.dataset.act === 'path-start') {
    pathStart = id;
    status.textContent = `Path start: ${id}. Select another node and choose "Path … to here".`;
  } else if (t.dataset.act === 'path-end' && pathStart) await showPath(pathStart, id);
});

async function showPath(from: string, to: string): Promise<void> {
  const data = await busy('Finding the shortest path', () => queries.path(from, to));
  if (!data) return;
  if (!data.shortestPath) {
    status.textContent = `No path between ${from} and ${to} within 6 steps.`;
    return;
  }
  view.add(data.shortestPath);
  view.highlightPath([...data.shortestPath.nodes.map((n) => n.id), ...data.shortestPath.relations.map((r) => r.id)]);
  status.textContent = `Shortest path: ${data.shortestPath.nodes.map((n) => n.name).join(' → ')}`;
  saveState({ path: `${from},${to}` });
  refresh();
}

function removeNode(id: string): void {
  view.remove(id);
  expanded.delete(id);
  panel.innerHTML = '<p class="hint">Removed.</p>';
  refresh();
}

view.cy.on('tap', 'node, edge', (ev) => select(ev.target.id()));
view.cy.on('dbltap', 'node', (ev) => void expand(ev.target.id()));
$('cy').addEventListener('keydown', (ev) => {
  const sel = view.cy.$(':selected');
  if ((ev.key === 'Delete' || ev.key === 'Backspace') && sel.nonempty() && sel.isNode()) removeNode(sel.id());
  if (ev.key === 'Enter' && sel.nonempty() && sel.isNode()) void expand(sel.id());
});
document.addEventListener('keydown', (ev) => {
  if ((ev.ctrlKey || ev.metaKey) && ev.key === 'z' && document.activeElement !== input) undoButton.click();
  if (ev.key === 'Escape') $('document-view').hidden = true;
});
undoButton.addEventListener('click', () => {
  if (view.undo()) refresh();
});
$('fit').addEventListener('click', () => view.cy.fit(undefined, 30));

// --- exports of the current view --------------------------------------------------------------------------
function download(name: string, blob: Blob): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}
$('export-png').addEventListener('click', () => download('view.png', view.cy.png({ output: 'blob', full: true, bg: '#fff', scale: 2 }) as unknown as Blob));
$('export-graphml').addEventListener('click', () => download('view.graphml', new Blob([view.toGraphML()], { type: 'application/graphml+xml' })));
$('export-json').addEventListener('click', () => download('view.json', new Blob([view.toJSON()], { type: 'application/json' })));

// Server exports of what is loaded here: the expanded entities and their neighbours (all of the graph if none).
const serverExport = $<HTMLSelectElement>('server-export');
serverExport.addEventListener('change', () => {
  const file = serverExport.value;
  serverExport.value = '';
  if (!file) return;
  const ids = [...expanded.keys()].slice(0, 100);
  location.assign(`/export/${file}${ids.length ? `?ids=${encodeURIComponent(ids.join(','))}&depth=1` : ''}`);
});

// --- the view in the URL: #e=vrip,coa&sel=coa&path=kis,map ------------------------------------------------
function saveState(extra: Record<string, string> = {}): void {
  const params = new URLSearchParams(location.hash.slice(1));
  params.set('e', [...expanded.keys()].join(','));
  const sel = view.cy.$(':selected');
  if (sel.nonempty()) params.set('sel', sel.id());
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  history.replaceState(null, '', `#${params.toString()}`);
}

async function restore(): Promise<void> {
  const params = new URLSearchParams(location.hash.slice(1));
  restoring = true;
  for (const id of (params.get('e') ?? '').split(',').filter(Boolean)) await expand(id);
  const path = (params.get('path') ?? '').split(',');
  if (path.length === 2 && path[0] && path[1]) await showPath(path[0], path[1]);
  restoring = false;
  const sel = params.get('sel');
  if (sel && view.cy.getElementById(sel).nonempty()) select(sel);
  const doc = params.get('doc');
  if (doc) await showDocument(doc, Number(params.get('page')) || null, params.get('quote') ?? '');
  refresh();
}

renderLegend();
void restore();
