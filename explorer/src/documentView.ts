import { queries } from './api';
import { officialLink } from './officialLink';
import type { DocRef } from './viewState';

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

interface Passage {
  id: string;
  page: number;
  kind: string;
  text: string;
}

/** Marks `q` (case-insensitive) in already escaped-free text; returns HTML. */
function markAll(text: string, q: string, cls: string): string {
  if (!q) return esc(text);
  const lower = text.toLowerCase();
  const needle = q.toLowerCase();
  let out = '';
  let at = 0;
  for (let i = lower.indexOf(needle); i >= 0; i = lower.indexOf(needle, i + needle.length)) {
    out += `${esc(text.slice(at, i))}<mark class="${cls}">${esc(text.slice(i, i + needle.length))}</mark>`;
    at = i + needle.length;
  }
  return out + esc(text.slice(at));
}

/**
 * The document view: a modal dialog with the document's pages, each page once with its running text and then its
 * footnotes, the quote marked and scrolled into view; search within the document, jump to a page, a link to the
 * official publication. Focus stays inside while it is open; Escape or Close gives it back to where it was.
 */
export class DocumentView {
  private readonly el: HTMLElement;
  private returnFocus: HTMLElement | null = null;
  private hits: HTMLElement[] = [];
  private hit = -1;
  /** Called when the dialog closes, so the caller can clear the document from the URL. */
  onClose: () => void = () => undefined;

  constructor(el: HTMLElement) {
    this.el = el;
    el.setAttribute('role', 'dialog');
    el.setAttribute('aria-modal', 'true');
    el.setAttribute('aria-labelledby', 'doc-title');
    el.addEventListener('keydown', (ev) => this.onKey(ev));
  }

  get isOpen(): boolean {
    return !this.el.hidden;
  }

  async open(ref: DocRef): Promise<void> {
    const el = this.el;
    if (!this.isOpen) this.returnFocus = document.activeElement as HTMLElement | null;
    el.hidden = false;
    el.innerHTML =
      '<p class="loading" tabindex="-1" id="doc-loading"><span class="spinner" aria-hidden="true"></span>Loading the document…</p>';
    (document.getElementById('doc-loading') as HTMLElement).focus();
    const [meta, passages] = await Promise.all([queries.document(ref.id), this.passages(ref.id)]);
    if (!meta.document || !passages) {
      el.innerHTML = `<div class="doc-bar"><h2 id="doc-title">No document ${esc(ref.id)}</h2><button id="close-doc">Close</button></div>`;
      this.wireClose();
      (document.getElementById('close-doc') as HTMLElement).focus();
      return;
    }
    const doc = meta.document;
    const q = norm(ref.quote);
    // The quote is marked once: in the passage of its page that holds it, else the first passage that does.
    const holds = (p: Passage) => q !== '' && norm(p.text).toLowerCase().includes(q.toLowerCase());
    const quoted = passages.find((p) => (ref.page === null || p.page === ref.page) && holds(p)) ?? passages.find(holds);
    const pages = [...new Set(passages.map((p) => p.page))].sort((a, b) => a - b);
    const body = pages
      .map((n) => {
        const onPage = passages.filter((p) => p.page === n);
        const render = (p: Passage) => {
          const text = norm(p.text);
          const html = p === quoted ? markAll(text, q, 'quote') : esc(text);
          return `<p class="passage ${p.kind.toLowerCase()}" data-page="${p.page}" data-passage="${esc(p.id)}">${html}</p>`;
        };
        const running = onPage
          .filter((p) => p.kind !== 'FOOTNOTE')
          .map(render)
          .join('');
        const notes = onPage
          .filter((p) => p.kind === 'FOOTNOTE')
          .map(render)
          .join('');
        return `<section class="page" id="doc-page-${n}" aria-labelledby="doc-page-head-${n}"><h3 class="page-head" id="doc-page-head-${n}">Page ${n}</h3>${running}${notes ? `<aside class="footnotes" aria-label="Footnotes of page ${n}">${notes}</aside>` : ''}</section>`;
      })
      .join('');
    const link = officialLink(doc);
    el.innerHTML = `
      <div class="doc-bar">
        <div class="doc-title-block">
          <h2 id="doc-title">${esc(doc.name)}</h2>
          <p class="muted">${esc([doc.citation, doc.date].filter(Boolean).join(' · '))}${link ? ` · <a id="doc-official" href="${esc(link)}" target="_blank" rel="noopener">Official publication</a>` : ''}</p>
        </div>
        <button id="close-doc" aria-label="Close the document (Escape)">Close</button>
      </div>
      <div class="doc-tools">
        <label>Find in document <input id="doc-find" type="search" autocomplete="off"></label>
        <button id="doc-find-prev" aria-label="Previous match">↑</button><button id="doc-find-next" aria-label="Next match">↓</button>
        <span id="doc-find-count" aria-live="polite"></span>
        <label>Go to page <select id="doc-page">${pages.map((n) => `<option value="${n}"${n === (quoted?.page ?? ref.page) ? ' selected' : ''}>${n}</option>`).join('')}</select></label>
      </div>
      <div class="doc-body" tabindex="0" aria-label="Document text">${body}</div>`;
    this.wireClose();
    const find = document.getElementById('doc-find') as HTMLInputElement;
    find.addEventListener('input', () => this.find(find.value));
    find.addEventListener('keydown', (ev) => {
      if (ev.key === 'Enter') {
        ev.preventDefault();
        this.step(ev.shiftKey ? -1 : 1);
      }
    });
    (document.getElementById('doc-find-next') as HTMLElement).onclick = () => this.step(1);
    (document.getElementById('doc-find-prev') as HTMLElement).onclick = () => this.step(-1);
    const pageSel = document.getElementById('doc-page') as HTMLSelectElement;
    pageSel.addEventListener('change', () => this.goToPage(Number(pageSel.value)));
    const mark = el.querySelector<HTMLElement>('mark.quote');
    if (mark) mark.scrollIntoView({ block: 'center' });
    else if (ref.page) document.getElementById(`doc-page-${ref.page}`)?.scrollIntoView({ block: 'start' });
    (document.getElementById('close-doc') as HTMLElement).focus();
  }

  close(): void {
    if (!this.isOpen) return;
    this.el.hidden = true;
    this.el.innerHTML = '';
    this.onClose();
    if (this.returnFocus?.isConnected) this.returnFocus.focus();
    this.returnFocus = null;
  }

  private async passages(id: string): Promise<Passage[] | null> {
    const out: Passage[] = [];
    let after: string | null = null;
    for (let i = 0; i < 50; i++) {
      const data = await queries.passages(id, after);
      if (!data.document) return null;
      out.push(...data.document.passages.nodes);
      if (!data.document.passages.pageInfo.hasNextPage) break;
      after = data.document.passages.pageInfo.endCursor;
    }
    return out;
  }

  private wireClose(): void {
    (document.getElementById('close-doc') as HTMLButtonElement).onclick = () => this.close();
  }

  private goToPage(n: number): void {
    const head = document.getElementById(`doc-page-head-${n}`);
    if (!head) return;
    head.setAttribute('tabindex', '-1');
    head.scrollIntoView({ block: 'start' });
    head.focus({ preventScroll: true });
  }

  private find(text: string): void {
    const body = this.el.querySelector('.doc-body');
    if (!body) return;
    for (const m of [...body.querySelectorAll('mark.find')])
      m.replaceWith(document.createTextNode(m.textContent ?? ''));
    body.normalize();
    this.hits = [];
    this.hit = -1;
    const q = text.trim();
    const count = document.getElementById('doc-find-count') as HTMLElement;
    if (q.length < 2) {
      count.textContent = '';
      return;
    }
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    const needle = q.toLowerCase();
    for (const t of nodes) {
      const s = t.data;
      if (!s.toLowerCase().includes(needle)) continue;
      const span = document.createElement('span');
      span.innerHTML = markAll(s, q, 'find');
      this.hits.push(...span.querySelectorAll<HTMLElement>('mark.find'));
      t.replaceWith(...span.childNodes);
    }
    count.textContent = this.hits.length ? `${this.hits.length} matches` : 'No match';
    if (this.hits.length) this.step(1);
  }

  private step(d: number): void {
    if (!this.hits.length) return;
    this.hits[this.hit]?.classList.remove('current');
    this.hit = (this.hit + d + this.hits.length) % this.hits.length;
    const m = this.hits[this.hit] as HTMLElement;
    m.classList.add('current');
    m.scrollIntoView({ block: 'center' });
    (document.getElementById('doc-find-count') as HTMLElement).textContent = `${this.hit + 1} of ${this.hits.length}`;
  }

  private onKey(ev: KeyboardEvent): void {
    if (ev.key === 'Escape') {
      ev.preventDefault();
      ev.stopPropagation();
      this.close();
    } else if (ev.key === 'Tab') {
      // The focus trap: Tab and Shift+Tab cycle through the dialog's own controls.
      const f = [...this.el.querySelectorAll<HTMLElement>('a[href], button, input, select, [tabindex="0"]')].filter(
        (x) => !x.hasAttribute('disabled'),
      );
      if (!f.length) return;
      const first = f[0] as HTMLElement;
      const last = f[f.length - 1] as HTMLElement;
      const at = document.activeElement;
      if (ev.shiftKey && (at === first || !this.el.contains(at))) {
        ev.preventDefault();
        last.focus();
      } else if (!ev.shiftKey && (at === last || !this.el.contains(at))) {
        ev.preventDefault();
        first.focus();
      }
    }
  }
}
