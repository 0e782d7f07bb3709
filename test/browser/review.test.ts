/// <reference lib="dom" />
// The page functions below run in the browser (playwright serialises them), hence the DOM types.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { parseTokens } from '../../src/auth';
import type { Executor } from '../../src/db/executor';
import { relationId } from '../../src/domain/relationId';
import { createLogger } from '../../src/logger';
import { createServer, type KgServer } from '../../src/server';
import { resetAndSeed, testExecutor } from '../support/testDb';

/** Debian's Chromium, as test/browser/explorer.test.ts uses it (browsers cannot be downloaded on these machines). */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = path.join(__dirname, '../../test-artifacts');
const CURATOR_TOKEN = 'review-curator-token-0011';
const sha = (t: string) => createHash('sha256').update(t).digest('hex');
const { tokens } = parseTokens(`cora:curator:${sha(CURATOR_TOKEN)}`);

let executor: Executor;
let server: KgServer;
let base: string;
let browser: Browser;

jest.setTimeout(180_000);

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(`No Chromium at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH)`);
  executor = testExecutor(60_000);
  await resetAndSeed(executor);
  // A curator token, as test/http/suggestions.test.ts starts its server: the panel's decisions need the role.
  server = await createServer({ executor, logger: createLogger('silent'), tokens });
  await new Promise<void>((r) => server.httpServer.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-sync'],
  });
  fs.mkdirSync(ARTIFACTS, { recursive: true });
}, 600_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await executor?.close();
});

// --- the API, read beside the page (the truth the panel must show) ---------------------------------------------
async function api(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<any> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return res.json();
}

const END = 'id existing type name start end';
async function pendingQueue(): Promise<any[]> {
  const r = await api(
    `{ suggestions(status: PENDING, first: 100) { nodes { id kind page sentence relationType
        document { id name } from { ${END} } to { ${END} } nameStart nameEnd } } }`,
  );
  expect(r.errors).toBeUndefined();
  return r.data.suggestions.nodes;
}
async function suggestion(id: string): Promise<any> {
  return (await api('query($id: ID!) { suggestion(id: $id) { id status reason reviewedBy resultId } }', { id })).data
    .suggestion;
}
async function relationsOf(id: string): Promise<{ type: string; from: string; to: string; by: string | null }[]> {
  const r = await api(
    'query($id: ID!) { entity(id: $id) { relations(first: 500) { type addedBy from { id } to { id } } } }',
    { id },
  );
  return r.data.entity.relations.map((x: any) => ({ type: x.type, from: x.from.id, to: x.to.id, by: x.addedBy }));
}

/** A pending relation suggestion between two catalogued entities that the given test has not decided yet. */
async function relationSuggestion(skip: Set<string>, also: (s: any) => boolean = () => true): Promise<any> {
  const s = (await pendingQueue()).find(
    (n) => n.kind === 'RELATION' && n.from.existing && n.to.existing && !skip.has(n.id) && also(n),
  );
  expect(s).toBeDefined();
  skip.add(s.id);
  return s;
}
const decided = new Set<string>();

// --- the page ------------------------------------------------------------------------------------------------
async function settled(p: Page): Promise<void> {
  await p.waitForFunction(() => document.body.dataset.busy === 'false' && Boolean((window as any).explorer));
}

async function open(hash = ''): Promise<Page> {
  const p = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  await p.goto(`${base}/explorer/${hash}`);
  await settled(p);
  return p;
}

/** Opens the review panel with the keyboard (Tab to the toggle, Enter) and waits for its first page. */
async function openReview(p: Page): Promise<void> {
  await tabTo(p, '#review-toggle');
  await p.keyboard.press('Enter');
  await p.waitForFunction(
    () =>
      document.activeElement?.id === 'review-list' &&
      document.querySelectorAll('#review-list li[role="option"]').length > 0 &&
      document.getElementById('review-panel')?.getAttribute('aria-busy') === 'false',
  );
}

async function tabTo(p: Page, selector: string, max = 150): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await p.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await p.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Pastes the curator token into its field and presses Enter, which keeps it and gives the focus to the list. */
async function giveToken(p: Page): Promise<void> {
  await p.focus('#review-token');
  await p.keyboard.insertText(CURATOR_TOKEN);
  await p.keyboard.press('Enter');
  await p.waitForFunction(() => document.activeElement?.id === 'review-list');
}

const activeId = (p: Page) =>
  p.evaluate(() => {
    const list = document.getElementById('review-list')!;
    return document.getElementById(list.getAttribute('aria-activedescendant') ?? '')?.dataset.id ?? null;
  });

/** Moves the highlight with j until it is on `id` (at most the length of the list). */
async function moveTo(p: Page, id: string): Promise<void> {
  for (let i = 0; i < 120 && (await activeId(p)) !== id; i++) await p.keyboard.press('j');
  expect(await activeId(p)).toBe(id);
}

const panelIdle = (p: Page) =>
  p.waitForFunction(() => document.getElementById('review-panel')?.getAttribute('aria-busy') === 'false');

const suggestedEdges = (p: Page): Promise<{ id: string; style: string }[]> =>
  p.evaluate(() =>
    (window as any).explorer.cy
      .edges('.suggested')
      .map((e: any) => ({ id: e.data('suggestion'), style: e.style('line-style') as string })),
  );

describe('the review panel in Chromium', () => {
  it('lists the pending suggestions by document with kind, type, ends and the marked sentence; deciding needs a token', async () => {
    const queue = await pendingQueue();
    expect(queue.length).toBeGreaterThan(2);
    const p = await open();
    await openReview(p);
    const shown = await p.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('#review-list li[role="option"]')].map((li) => ({
        id: li.dataset.id,
        text: li.querySelector('.rv-head')!.textContent,
        from: li.querySelector('.rv-sentence mark.end-from')?.textContent ?? null,
        to: li.querySelector('.rv-sentence mark.end-to')?.textContent ?? null,
      })),
    );
    // The API's first page, in its order (document, then position in the text).
    expect(shown.map((s) => s.id)).toEqual(queue.slice(0, shown.length).map((s) => s.id));
    expect(shown.length).toBe(Math.min(20, queue.length));
    for (const [i, s] of shown.entries()) {
      const want = queue[i];
      if (want.kind !== 'RELATION') continue;
      expect(s.text).toContain(want.relationType);
      expect(s.from).toBe(want.from.start === null ? null : want.sentence.slice(want.from.start, want.from.end));
      expect(s.to).toBe(want.to.start === null ? null : want.sentence.slice(want.to.start, want.to.end));
    }
    const heads = await p.locator('#review-list .group-head').allTextContents();
    expect(heads).toEqual([...new Set(queue.slice(0, shown.length).map((s) => s.document.name))]);
    expect(await activeId(p)).toBe(queue[0].id);
    await p.keyboard.press('j');
    expect(await activeId(p)).toBe(queue[1].id);
    await p.keyboard.press('ArrowUp');
    expect(await activeId(p)).toBe(queue[0].id);
    // Without a token: the buttons say so, and a key explains it instead of sending anything.
    expect(await p.locator('#review-actions [data-act="accept"]').textContent()).toBe('Accept: needs a curator token');
    expect(await p.locator('#review-actions [data-act="accept"]').isDisabled()).toBe(true);
    await p.keyboard.press('a');
    expect(await p.locator('#review-error').textContent()).toContain('needs a curator token');
    expect((await suggestion(queue[0].id)).status).toBe('PENDING');
    // The token is kept for the tab only, never in the URL.
    await giveToken(p);
    expect(await p.evaluate(() => Object.values(sessionStorage))).toContain(CURATOR_TOKEN);
    expect(await p.evaluate(() => Object.values(localStorage))).not.toContain(CURATOR_TOKEN);
    expect(p.url()).not.toContain(CURATOR_TOKEN);
    expect(await p.locator('#review-actions [data-act="accept"]').textContent()).toBe('Accept (a)');
    await p.screenshot({ path: path.join(ARTIFACTS, 'review-panel-1400x900.png') });
    await p.close();
  });

  it('Enter opens the document at the page with the sentence and both ends marked; Escape gives the focus back', async () => {
    const s = await relationSuggestion(decided, (n) => n.from.start !== null && n.to.start !== null);
    const p = await open();
    await openReview(p);
    await moveTo(p, s.id);
    await p.keyboard.press('Enter');
    const sentence = p.locator('#document-view mark.quote.suggestion-sentence');
    await sentence.waitFor();
    expect(await sentence.textContent()).toBe(s.sentence);
    expect(await p.locator('#document-view p:has(mark.suggestion-sentence)').getAttribute('data-page')).toBe(
      String(s.page),
    );
    expect(await sentence.locator('mark.end-from').allTextContents()).toEqual([
      s.sentence.slice(s.from.start, s.from.end),
    ]);
    expect(await sentence.locator('mark.end-to').allTextContents()).toEqual([s.sentence.slice(s.to.start, s.to.end)]);
    await p.screenshot({ path: path.join(ARTIFACTS, 'review-document-1400x900.png') });
    await p.keyboard.press('Escape');
    await p.locator('#document-view').waitFor({ state: 'hidden' });
    expect(await p.evaluate(() => document.activeElement?.id)).toBe('review-list');
    expect(await activeId(p)).toBe(s.id);
    await p.close();
  });

  it('draws pending suggestions among the nodes shown as dashed edges only with the toggle on; a keyboard accept makes it a curated relation', async () => {
    const s = await relationSuggestion(decided);
    // The two ends, and COA and VrIP for a curated relation (COA RUNS VrIP) to tell the dashed edges from.
    const shown = [s.from.id, s.to.id, 'coa', 'vrip'];
    const p = await open(`#n=${shown.map(encodeURIComponent).join(',')}`);
    expect(await suggestedEdges(p)).toEqual([]);
    await tabTo(p, '#show-suggestions');
    await p.keyboard.press('Space');
    await p.waitForFunction(
      (id) => (window as any).explorer.cy.getElementById(`suggestion:${id}`).nonempty(),
      s.id as string,
    );
    await settled(p);
    const edges = await suggestedEdges(p);
    expect(edges.map((e) => e.id)).toContain(s.id);
    expect(new Set(edges.map((e) => e.style))).toEqual(new Set(['dashed']));
    // Curated edges stay solid.
    const curated = await p.evaluate(() =>
      (window as any).explorer.cy
        .edges()
        .not('.suggested')
        .map((e: any) => e.style('line-style') as string),
    );
    expect(curated.length).toBeGreaterThan(0);
    expect(new Set(curated)).toEqual(new Set(['solid']));
    // The view's exports hold the curated relations only.
    const [download] = await Promise.all([p.waitForEvent('download'), p.click('#export-json')]);
    const exported = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
    const curatedIds = await p.evaluate(() =>
      (window as any).explorer.cy
        .edges()
        .not('.suggested')
        .map((e: any) => e.id() as string),
    );
    expect(exported.relations.map((r: any) => r.id).sort()).toEqual(curatedIds.sort());
    await p.focus('#show-suggestions');
    await p.screenshot({ path: path.join(ARTIFACTS, 'review-dashed-suggestions-1400x900.png') });
    await p.keyboard.press('Space');
    await p.waitForFunction(() => (window as any).explorer.cy.edges('.suggested').length === 0);
    await p.keyboard.press('Space');
    await p.waitForFunction(
      (id) => (window as any).explorer.cy.getElementById(`suggestion:${id}`).nonempty(),
      s.id as string,
    );

    await openReview(p);
    await giveToken(p);
    await moveTo(p, s.id);
    await p.keyboard.press('a');
    await p.waitForFunction((id) => !document.querySelector(`#review-list li[data-id="${id}"]`), s.id as string, {
      polling: 100,
    });
    const rel = relationId(s.from.id, s.relationType, s.to.id);
    // After the next induced-subgraph fetch: the curated edge is drawn, the dashed one is gone.
    await p.waitForFunction(
      ([rid, sid]) => {
        const cy = (window as any).explorer.cy;
        return (
          cy.getElementById(rid).nonempty() &&
          !cy.getElementById(rid).hasClass('suggested') &&
          cy.getElementById(rid).style('line-style') === 'solid' &&
          cy.getElementById(`suggestion:${sid}`).empty() &&
          document.body.dataset.busy === 'false'
        );
      },
      [rel, s.id as string] as const,
    );
    expect(await p.evaluate(() => document.activeElement?.id)).toBe('review-list');
    expect(await p.locator('#review-message').textContent()).toContain(rel);
    expect(await relationsOf(s.from.id)).toContainEqual({
      type: s.relationType,
      from: s.from.id,
      to: s.to.id,
      by: 'cora',
    });
    expect(await suggestion(s.id)).toMatchObject({ status: 'ACCEPTED', reviewedBy: 'cora', resultId: rel });
    expect((await pendingQueue()).map((n) => n.id)).not.toContain(s.id);
    await p.close();
  });

  it('edits the relation type by keyboard before accepting; an API error is shown with its argument', async () => {
    const types = (await api('{ relationTypes { type from to } }')).data.relationTypes as {
      type: string;
      from: string[];
      to: string[];
    }[];
    const alternatives = (n: any) =>
      types.filter((t) => t.type !== n.relationType && t.from.includes(n.from.type) && t.to.includes(n.to.type));
    const s = await relationSuggestion(decided, (n) => alternatives(n).length > 0);
    const p = await open();
    await openReview(p);
    await giveToken(p);
    await moveTo(p, s.id);

    // A bad end first: the API refuses it, the panel says what and which argument, and nothing is decided.
    await p.keyboard.press('e');
    await p.waitForFunction(() => document.activeElement?.id === 'rv-edit-type');
    await p.keyboard.press('Tab');
    expect(await p.evaluate(() => document.activeElement?.id)).toBe('rv-edit-from');
    await p.keyboard.press('Control+A');
    await p.keyboard.insertText('no-such-entity');
    await p.keyboard.press('Enter');
    await p.waitForFunction(() => Boolean(document.getElementById('review-error')?.textContent));
    const refused = await api(
      'mutation($id: ID!, $edits: SuggestionEdits) { acceptSuggestion(id: $id, edits: $edits) { suggestion { id } } }',
      { id: s.id, edits: { from: 'no-such-entity' } },
      CURATOR_TOKEN,
    );
    const err = refused.errors[0];
    const shownError = await p.locator('#review-error').textContent();
    expect(shownError).toContain(err.message);
    if (err.extensions.argument) expect(shownError).toContain(`argument: ${err.extensions.argument}`);
    expect((await suggestion(s.id)).status).toBe('PENDING');

    // Escape gives the focus back to the list; e again, and the type is changed with the arrow keys.
    await p.keyboard.press('Escape');
    expect(await p.evaluate(() => document.activeElement?.id)).toBe('review-list');
    await p.keyboard.press('e');
    await p.waitForFunction(() => document.activeElement?.id === 'rv-edit-type');
    const fits = new Set(alternatives(s).map((t) => t.type));
    let chosen = '';
    for (const key of ['ArrowDown', 'ArrowUp']) {
      for (let i = 0; i < types.length && !fits.has(chosen); i++) {
        await p.keyboard.press(key);
        chosen = await p.locator('#rv-edit-type').inputValue();
      }
      if (fits.has(chosen)) break;
    }
    expect(fits.has(chosen)).toBe(true);
    await p.keyboard.press('Tab');
    await p.keyboard.press('Enter');
    await p.waitForFunction(
      (id) => !document.querySelector(`#review-list li[data-id="${id}"]`) && document.body.dataset.busy === 'false',
      s.id as string,
    );
    expect(await p.evaluate(() => document.activeElement?.id)).toBe('review-list');
    expect(await relationsOf(s.from.id)).toContainEqual({ type: chosen, from: s.from.id, to: s.to.id, by: 'cora' });
    expect(await suggestion(s.id)).toMatchObject({
      status: 'ACCEPTED',
      resultId: relationId(s.from.id, chosen, s.to.id),
    });
    await p.close();
  });

  it('rejects with a reason by keyboard (an empty reason is refused and shown)', async () => {
    const s = await relationSuggestion(decided);
    const p = await open();
    await openReview(p);
    await giveToken(p);
    await moveTo(p, s.id);
    await p.keyboard.press('r');
    await p.waitForFunction(() => document.activeElement?.id === 'rv-reason');
    await p.keyboard.press('Enter');
    await p.waitForFunction(() => Boolean(document.getElementById('review-error')?.textContent));
    expect(await p.locator('#review-error').textContent()).toContain('argument: reason');
    expect((await suggestion(s.id)).status).toBe('PENDING');
    await p.keyboard.insertText('de zin zegt dit niet');
    await p.keyboard.press('Enter');
    await p.waitForFunction((id) => !document.querySelector(`#review-list li[data-id="${id}"]`), s.id as string);
    await panelIdle(p);
    expect(await p.evaluate(() => document.activeElement?.id)).toBe('review-list');
    expect(await suggestion(s.id)).toMatchObject({
      status: 'REJECTED',
      reason: 'de zin zegt dit niet',
      reviewedBy: 'cora',
    });
    expect((await relationsOf(s.from.id)).filter((r) => r.type === s.relationType && r.to === s.to.id)).toEqual([]);
    await p.close();
  });
});
