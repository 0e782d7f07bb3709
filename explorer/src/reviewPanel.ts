import './reviewPanel.css';
import { ApiError } from './api';
import { curatorToken } from './curatorToken';
import type { SuggestionEdits, SuggestionKind } from './gql/graphql';
import { reviewQueries, type RelationTypeInfo, type ReviewItem } from './reviewApi';
import { editFormHtml, readEdits, rejectFormHtml } from './reviewForms';
import { markedSentence, markSuggestionInDocument, suggestionSpans } from './sentenceMarks';
import { TYPE_STYLE } from './typeStyle';
import type { DocRef } from './viewState';

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

/** Suggestions fetched per page of the queue (the API allows 1..100). */
const PAGE = 20;
const KEYS_HELP = 'j / ↓ next, k / ↑ previous, Enter open in the document, a accept, e edit, r reject';

/** What the panel needs from the explorer around it. */
export interface ReviewHost {
  /** Opens the document dialog (the explorer's own: URL state, focus given back on close). */
  openDocument(ref: DocRef): Promise<void>;
  /** The dialog's element, where the suggestion's ends are marked once the document is drawn. */
  documentElement: HTMLElement;
  /** A suggestion was decided: the graph is fetched again, so an accepted relation becomes a curated edge. */
  decided(): Promise<unknown>;
  /** The panel was shown or hidden, so the graph's canvas changed size. */
  resized(): void;
}

type Mode = 'list' | 'edit' | 'reject';

/**
 * The review queue: pending suggestions grouped by document (the API's order: document, then position in its
 * text), paged with the cursor, one highlighted at a time (`aria-activedescendant`, as the search list does), each
 * decided by a key. The list keeps the focus through every decision, so a curator can go through a document with
 * a, r and j alone; the forms for editing and rejecting give it back on submit and on Escape.
 */
export class ReviewPanel {
  private items: ReviewItem[] = [];
  private active = -1;
  private total = 0;
  private cursor: string | null = null;
  private kind: SuggestionKind | null = null;
  private types: RelationTypeInfo[] | null = null;
  private mode: Mode = 'list';
  /** A request is running: decision keys wait, so a repeated key cannot decide the next item by accident. */
  private working = false;
  private loaded = false;
  private readonly list: HTMLUListElement;
  private readonly form: HTMLFormElement;
  private readonly message: HTMLElement;
  private readonly error: HTMLElement;
  private readonly tokenInput: HTMLInputElement;

  constructor(
    private readonly el: HTMLElement,
    private readonly toggle: HTMLButtonElement,
    private readonly host: ReviewHost,
  ) {
    el.innerHTML = `
      <h2 id="review-title">Review suggestions</h2>
      <form class="review-token" id="review-token-form">
        <label for="review-token">Curator token</label>
        <input id="review-token" type="password" autocomplete="off" spellcheck="false" placeholder="paste, then Enter">
        <button type="button" id="review-token-forget">Forget</button>
        <p class="muted" id="review-token-note"></p>
      </form>
      <div class="review-filter">
        <label for="review-kind">Kind</label>
        <select id="review-kind">
          <option value="">All</option><option value="RELATION">Relations</option>
          <option value="ENTITY">Entities</option><option value="ALIAS">Aliases</option>
        </select>
        <button type="button" id="review-reload">Reload</button>
        <span id="review-count" class="muted"></span>
      </div>
      <ul id="review-list" role="listbox" tabindex="0" aria-labelledby="review-title" aria-describedby="review-keys"></ul>
      <button type="button" id="review-more" hidden>Load more</button>
      <div class="actions" role="toolbar" aria-label="Decide the highlighted suggestion" id="review-actions">
        <button type="button" data-act="open">Open in document (Enter)</button>
        <button type="button" data-act="accept"></button>
        <button type="button" data-act="edit"></button>
        <button type="button" data-act="reject"></button>
      </div>
      <form id="review-form" aria-labelledby="rv-form-title" hidden></form>
      <p id="review-error" role="alert"></p>
      <p id="review-message" role="status" aria-live="polite"></p>
      <p id="review-keys" class="muted">${KEYS_HELP}</p>`;
    const q = <T extends HTMLElement>(sel: string) => el.querySelector(sel) as T;
    this.list = q('#review-list');
    this.form = q('#review-form');
    this.message = q('#review-message');
    this.error = q('#review-error');
    this.tokenInput = q('#review-token');
    this.tokenInput.value = curatorToken.get() ?? '';
    this.wire();
    this.renderToken();
  }

  get isOpen(): boolean {
    return !this.el.hidden;
  }

  /** Shows the panel (loading the queue the first time) and puts the focus on the list. */
  async open(): Promise<void> {
    const wasOpen = this.isOpen;
    this.el.hidden = false;
    this.toggle.setAttribute('aria-expanded', 'true');
    if (!wasOpen) this.host.resized();
    this.list.focus();
    if (!this.loaded) await this.reload();
  }

  close(): void {
    this.el.hidden = true;
    this.toggle.setAttribute('aria-expanded', 'false');
    this.host.resized();
    this.toggle.focus();
  }

  /** Highlights the suggestion `id` when the queue holds it (a dashed edge was clicked). */
  async reveal(id: string): Promise<void> {
    await this.open();
    const i = this.items.findIndex((s) => s.id === id);
    if (i >= 0) this.move(i);
    else this.say(`That suggestion is not among the ${this.items.length} loaded; use Load more or the Kind filter.`);
  }

  async reload(): Promise<void> {
    this.items = [];
    this.active = -1;
    this.cursor = null;
    this.loaded = true;
    await this.loadMore();
    if (this.items.length) this.move(0);
  }

  private async loadMore(): Promise<void> {
    await this.run(async () => {
      const page = await reviewQueries.queue(this.kind, this.cursor, PAGE);
      const known = new Set(this.items.map((s) => s.id));
      this.items.push(...page.nodes.filter((s) => !known.has(s.id)));
      this.total = page.totalCount;
      this.cursor = page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null;
      this.renderList();
    });
  }

  // --- rendering ---------------------------------------------------------------------------------------------
  private renderList(): void {
    let html = '';
    let doc: string | null | undefined;
    this.items.forEach((s, i) => {
      const d = s.document?.id ?? null;
      if (i === 0 || d !== doc) {
        doc = d;
        html += `<li role="presentation" class="group-head">${esc(s.document?.name ?? 'A removed document')}</li>`;
      }
      html += `<li role="option" id="rv-opt-${i}" data-idx="${i}" data-id="${esc(s.id)}" aria-selected="${i === this.active}" class="review-item">${itemHtml(s)}</li>`;
    });
    this.list.innerHTML = html || '<li role="presentation" class="empty">No pending suggestions.</li>';
    const count = this.el.querySelector('#review-count') as HTMLElement;
    count.textContent = `${this.items.length} of ${this.total} pending`;
    (this.el.querySelector('#review-more') as HTMLElement).hidden = !this.cursor;
    this.markActive();
  }

  private markActive(): void {
    const options = [...this.list.querySelectorAll<HTMLLIElement>('li[role="option"]')];
    options.forEach((li, i) => li.setAttribute('aria-selected', String(i === this.active)));
    const li = options[this.active];
    if (li) {
      this.list.setAttribute('aria-activedescendant', li.id);
      li.scrollIntoView({ block: 'nearest' });
    } else this.list.removeAttribute('aria-activedescendant');
    this.renderActions();
  }

  private renderToken(): void {
    const has = Boolean(curatorToken.get());
    (this.el.querySelector('#review-token-note') as HTMLElement).textContent = has
      ? 'Kept in this tab only (sessionStorage); sent with each decision.'
      : 'Accepting and rejecting need a curator token (npm run token -- <name> curator).';
    this.renderActions();
  }

  private renderActions(): void {
    const has = Boolean(curatorToken.get());
    const none = this.active < 0;
    const label = (verb: string, key: string) => (has ? `${verb} (${key})` : `${verb}: needs a curator token`);
    for (const [act, verb, key] of [
      ['accept', 'Accept', 'a'],
      ['edit', 'Edit', 'e'],
      ['reject', 'Reject', 'r'],
    ] as const) {
      const b = this.el.querySelector(`#review-actions [data-act="${act}"]`) as HTMLButtonElement;
      b.textContent = label(verb, key);
      b.disabled = !has || none;
    }
    (this.el.querySelector('#review-actions [data-act="open"]') as HTMLButtonElement).disabled =
      none || !this.items[this.active]?.document;
  }

  private say(text: string): void {
    this.message.textContent = text;
  }

  private showError(e: unknown): void {
    if (e instanceof ApiError)
      this.error.textContent = `${e.message}${e.argument ? ` (argument: ${e.argument})` : ''}${e.code ? ` [${e.code}]` : ''}`;
    else {
      this.error.textContent = 'Something went wrong; see the browser console.';
      console.error(e);
    }
  }

  /** Runs one request with the panel marked busy and its error shown; resolves false when it failed. */
  private async run(work: () => Promise<void>): Promise<boolean> {
    this.working = true;
    this.el.setAttribute('aria-busy', 'true');
    this.error.textContent = '';
    try {
      await work();
      return true;
    } catch (e) {
      this.showError(e);
      return false;
    } finally {
      this.working = false;
      this.el.setAttribute('aria-busy', 'false');
    }
  }

  // --- moving and deciding ---------------------------------------------------------------------------------
  private move(i: number): void {
    if (!this.items.length) return;
    this.active = Math.max(0, Math.min(this.items.length - 1, i));
    this.markActive();
  }

  private async next(): Promise<void> {
    if (this.active >= this.items.length - 1 && this.cursor) await this.loadMore();
    this.move(this.active + 1);
  }

  private current(): ReviewItem | null {
    return this.items[this.active] ?? null;
  }

  private token(verb: string): string | null {
    const t = curatorToken.get();
    if (!t) {
      this.error.textContent = `${verb} needs a curator token: paste one into the Curator token field.`;
      return null;
    }
    return t;
  }

  /** The decided item leaves the list; the one after it takes its place and is highlighted. */
  private drop(item: ReviewItem, said: string): void {
    const i = this.items.indexOf(item);
    if (i >= 0) this.items.splice(i, 1);
    this.total = Math.max(0, this.total - 1);
    this.active = Math.min(this.active, this.items.length - 1);
    this.closeForm();
    this.renderList();
    this.say(said);
    // The loaded page is done but the queue is not: the next page, so the keys keep working.
    if (!this.items.length && this.cursor) void this.loadMore().then(() => this.move(0));
  }

  private async accept(edits: SuggestionEdits | null): Promise<void> {
    const item = this.current();
    const token = this.token('Accepting');
    if (!item || !token) return;
    let said = '';
    const ok = await this.run(async () => {
      const d = await reviewQueries.accept(item.id, edits, token);
      said = d.relation
        ? `Accepted: ${describe(item)} is now the curated relation ${d.relation.id}.`
        : `Accepted: ${d.entity?.name ?? describe(item)}.`;
    });
    if (!ok) return;
    this.drop(item, said);
    this.list.focus();
    await this.host.decided();
  }

  private async reject(reason: string): Promise<void> {
    const item = this.current();
    const token = this.token('Rejecting');
    if (!item || !token) return;
    const ok = await this.run(async () => {
      await reviewQueries.reject(item.id, reason, token);
    });
    if (!ok) return;
    this.drop(item, `Rejected: ${describe(item)} (“${reason.trim()}”).`);
    this.list.focus();
    await this.host.decided();
  }

  private async openItem(): Promise<void> {
    const item = this.current();
    if (!item) return;
    if (!item.document) {
      this.say('Its document was removed; the suggestion is kept for its decision only.');
      return;
    }
    await this.host.openDocument({ id: item.document.id, page: item.page, quote: item.sentence });
    if (!markSuggestionInDocument(this.host.documentElement, item))
      this.say(`The sentence was not found on page ${item.page} of the document as shown.`);
  }

  private async showForm(mode: 'edit' | 'reject'): Promise<void> {
    const item = this.current();
    if (!item || !this.token(mode === 'edit' ? 'Editing' : 'Rejecting')) return;
    if (mode === 'edit' && item.kind === 'RELATION' && !this.types) {
      const ok = await this.run(async () => {
        this.types = await reviewQueries.relationTypes();
      });
      if (!ok) return;
    }
    this.mode = mode;
    this.form.innerHTML = mode === 'edit' ? editFormHtml(item, this.types ?? []) : rejectFormHtml();
    this.form.hidden = false;
    this.form.querySelector<HTMLElement>('select, input')?.focus();
  }

  private closeForm(): void {
    this.mode = 'list';
    this.form.hidden = true;
    this.form.innerHTML = '';
  }

  // --- events -------------------------------------------------------------------------------------------------
  private wire(): void {
    this.toggle.addEventListener('click', () => (this.isOpen ? this.close() : void this.open()));
    const saveToken = () => {
      curatorToken.set(this.tokenInput.value);
      this.renderToken();
    };
    this.tokenInput.addEventListener('change', saveToken);
    (this.el.querySelector('#review-token-form') as HTMLFormElement).addEventListener('submit', (ev) => {
      ev.preventDefault();
      saveToken();
      this.list.focus();
    });
    (this.el.querySelector('#review-token-forget') as HTMLElement).addEventListener('click', () => {
      this.tokenInput.value = '';
      curatorToken.clear();
      this.renderToken();
    });
    const kind = this.el.querySelector('#review-kind') as HTMLSelectElement;
    kind.addEventListener('change', () => {
      this.kind = (kind.value || null) as SuggestionKind | null;
      void this.reload();
    });
    (this.el.querySelector('#review-reload') as HTMLElement).addEventListener('click', () => void this.reload());
    (this.el.querySelector('#review-more') as HTMLElement).addEventListener('click', () => void this.loadMore());

    this.list.addEventListener('click', (ev) => {
      const li = (ev.target as HTMLElement).closest<HTMLLIElement>('li[role="option"]');
      if (li) this.move(Number(li.dataset.idx));
    });
    this.list.addEventListener('dblclick', () => void this.openItem());
    this.list.addEventListener('keydown', (ev) => this.onListKey(ev));
    (this.el.querySelector('#review-actions') as HTMLElement).addEventListener('click', (ev) => {
      const act = (ev.target as HTMLElement).closest<HTMLButtonElement>('button')?.dataset.act;
      if (act === 'open') void this.openItem();
      else if (act === 'accept') void this.accept(null);
      else if (act === 'edit') void this.showForm('edit');
      else if (act === 'reject') void this.showForm('reject');
    });

    this.form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      const item = this.current();
      if (this.working || !item) return;
      if (this.mode === 'edit') {
        const edits = readEdits(this.form, item);
        void this.accept(Object.keys(edits).length ? edits : null);
      } else if (this.mode === 'reject')
        void this.reject(this.form.querySelector<HTMLInputElement>('#rv-reason')?.value ?? '');
    });
    this.form.addEventListener('click', (ev) => {
      if ((ev.target as HTMLElement).closest<HTMLElement>('[data-act="cancel"]')) this.cancelForm();
    });
    this.form.addEventListener('keydown', (ev) => {
      if (ev.key !== 'Escape') return;
      ev.preventDefault();
      ev.stopPropagation();
      this.cancelForm();
    });
  }

  private cancelForm(): void {
    this.closeForm();
    this.list.focus();
  }

  private onListKey(ev: KeyboardEvent): void {
    // Ctrl/Cmd/Alt combinations belong to the explorer (undo, redo) and the browser.
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    const key = ev.key;
    const act: Record<string, () => unknown> = {
      ArrowDown: () => this.next(),
      j: () => this.next(),
      ArrowUp: () => this.move(this.active - 1),
      k: () => this.move(this.active - 1),
      Home: () => this.move(0),
      End: () => this.move(this.items.length - 1),
      Enter: () => this.openItem(),
      a: () => this.accept(null),
      e: () => this.showForm('edit'),
      r: () => this.showForm('reject'),
    };
    const f = act[key];
    if (!f) return;
    ev.preventDefault();
    if (this.working) return;
    void f();
  }
}

function endName(e: { name: string; type: string } | null | undefined): string {
  return e ? `${e.name} (${TYPE_STYLE[e.type]?.label ?? e.type})` : '?';
}

function describe(s: ReviewItem): string {
  if (s.kind === 'RELATION') return `${s.from?.name ?? '?'} ${s.relationType ?? ''} ${s.to?.name ?? '?'}`;
  if (s.kind === 'ENTITY') return `the new entity ${s.name ?? ''}`;
  return `the alias ${s.alias ?? ''} of ${s.entity?.name ?? ''}`;
}

/** One queue item: kind, type, the two ends (or the name) and the sentence with them marked. */
function itemHtml(s: ReviewItem): string {
  let head: string;
  let ends: string;
  if (s.kind === 'RELATION') {
    head = `<span class="rv-kind">Relation</span> <span class="rtype">${esc(s.relationType ?? '')}</span>`;
    ends = `<mark class="end-from">${esc(endName(s.from))}</mark> → <mark class="end-to">${esc(endName(s.to))}</mark>${
      s.from?.existing === false || s.to?.existing === false ? ' <small>(an end is itself a suggestion)</small>' : ''
    }`;
  } else if (s.kind === 'ENTITY') {
    head = `<span class="rv-kind">New entity</span> <span class="rtype">${esc(TYPE_STYLE[s.entityType ?? '']?.label ?? s.entityType ?? '')}</span>`;
    ends = `<mark class="end-name">${esc(s.name ?? '')}</mark>${s.aliases.length ? ` <small>also ${s.aliases.map(esc).join(', ')}</small>` : ''}`;
  } else {
    head = '<span class="rv-kind">Alias</span>';
    ends = `<mark class="end-name">${esc(s.alias ?? '')}</mark> for ${esc(s.entity?.name ?? '')}`;
  }
  return `<div class="rv-head">${head} <span class="muted">p. ${s.page} · ${Math.round(s.confidence * 100)}% · ${esc(s.rule)}</span></div>
    <div class="rv-ends">${ends}</div>
    <div class="rv-sentence">${markedSentence(s.sentence, suggestionSpans(s))}</div>`;
}
