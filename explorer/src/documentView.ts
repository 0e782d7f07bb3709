import { queries } from './api';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * The document view: the document's passages page by page, the passage holding the quote scrolled into view and
 * the quote marked. Its state (doc, page, quote) is in the URL, so a link opens it directly.
 */
export async function showDocument(id: string, page: number | null, quote: string): Promise<void> {
  const el = document.getElementById('document-view') as HTMLElement;
  el.hidden = false;
  el.innerHTML = '<p class="loading">Loading the document…</p>';
  const passages: { id: string; page: number; kind: string; text: string }[] = [];
  let name = id;
  let after: string | null = null;
  for (let i = 0; i < 50; i++) {
    const data = await queries.passages(id, after);
    if (!data.document) {
      el.innerHTML = `<p class="error">No document ${esc(id)}.</p>`;
      return;
    }
    name = data.document.name;
    passages.push(...data.document.passages.nodes);
    if (!data.document.passages.pageInfo.hasNextPage) break;
    after = data.document.passages.pageInfo.endCursor;
  }
  const q = norm(quote);
  let marked = false;
  const body = passages
    .map((p, i) => {
      const text = norm(p.text);
      const prev = passages[i - 1];
      const head = !prev || prev.page !== p.page ? `<h4 class="page-head">Page ${p.page}</h4>` : '';
      let html = esc(text);
      const hit = !marked && q && (page === null || p.page === page) && text.includes(q);
      if (hit) {
        marked = true;
        const at = text.indexOf(q);
        html = `${esc(text.slice(0, at))}<mark id="quote">${esc(q)}</mark>${esc(text.slice(at + q.length))}`;
      }
      return `${head}<p class="passage ${p.kind.toLowerCase()}" data-page="${p.page}">${html}</p>`;
    })
    .join('');
  el.innerHTML = `<div class="doc-bar"><h2>${esc(name)}</h2><button id="close-doc" aria-label="Close the document">Close</button></div><div class="doc-body">${body}</div>`;
  (document.getElementById('close-doc') as HTMLButtonElement).onclick = () => {
    el.hidden = true;
    const params = new URLSearchParams(location.hash.slice(1));
    for (const k of ['doc', 'page', 'quote']) params.delete(k);
    history.replaceState(null, '', `#${params.toString()}`);
  };
  document.getElementById('quote')?.scrollIntoView({ block: 'center' });
  const params = new URLSearchParams(location.hash.slice(1));
  params.set('doc', id);
  if (page) params.set('page', String(page));
  params.set('quote', quote);
  history.replaceState(null, '', `#${params.toString()}`);
}
