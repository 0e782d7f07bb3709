/// <reference lib="dom" />
// The page functions below run in the browser (playwright serialises them), hence the DOM types.
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Executor } from '../../src/db/executor';
import { vocabulary } from '../../src/db/labels';
import { createLogger } from '../../src/logger';
import { createServer, type KgServer } from '../../src/server';
import { resetAndSeed, testExecutor } from '../support/testDb';

/** Debian's Chromium (`apt-get install chromium`); browsers cannot be downloaded on these machines. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = path.join(__dirname, '../../test-artifacts');
const VIEWPORTS = [
  { width: 1400, height: 900 },
  { width: 390, height: 844 },
];

let executor: Executor;
let server: KgServer;
let base: string;
let browser: Browser;

jest.setTimeout(180_000);

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(`No Chromium at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH)`);
  // A generous timeout: on a busy machine the seed load and the first reads can take tens of seconds.
  executor = testExecutor(60_000);
  await resetAndSeed(executor);
  server = await createServer({ executor, logger: createLogger('silent') });
  await new Promise<void>((r) => server.httpServer.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  fs.mkdirSync(ARTIFACTS, { recursive: true });
}, 600_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await executor?.close();
});

// --- helpers: the page's state, read through the explorer's debugging handle (window.explorer) ------------------
type Pos = { x: number; y: number };

async function open(hash = '', viewport = VIEWPORTS[0]): Promise<Page> {
  const p = await browser.newPage({ viewport, acceptDownloads: true });
  await p.goto(`${base}/explorer/${hash}`);
  await settled(p);
  return p;
}

/** Waits until no step is running (the explorer sets body[data-busy] around each). */
async function settled(p: Page): Promise<void> {
  await p.waitForFunction(() => document.body.dataset.busy === 'false' && Boolean((window as any).explorer));
}

const nodeIds = (p: Page) =>
  p.evaluate(() => ((window as any).explorer.cy.nodes().map((n: any) => n.id()) as string[]).sort());
const edgeIds = (p: Page) =>
  p.evaluate(() => ((window as any).explorer.cy.edges(':visible').map((e: any) => e.id()) as string[]).sort());
const positions = (p: Page) =>
  p.evaluate(
    () =>
      Object.fromEntries(
        (window as any).explorer.cy
          .nodes()
          .map((n: any) => [n.id(), { model: { ...n.position() }, screen: { ...n.renderedPosition() } }]),
      ) as Record<string, { model: Pos; screen: Pos }>,
  );

/**
 * Fires a cytoscape event on a node. Returns nothing on purpose: `emit` returns the element, and playwright would
 * serialise that collection (and the whole graph it points to) back, which blocks the page for 20–40 s.
 */
async function emitOn(p: Page, id: string, event: 'tap' | 'dbltap'): Promise<void> {
  await p.evaluate(
    ([i, e]) => {
      (window as any).explorer.cy.getElementById(i).emit(e);
    },
    [id, event] as const,
  );
}

/** Types the text into the search box and presses Enter at once, before any suggestion can arrive. */
async function searchAndEnter(p: Page, text: string, expectId: string): Promise<void> {
  await p.fill('#search-input', text);
  await p.press('#search-input', 'Enter');
  await p.waitForFunction(
    (id) => (window as any).explorer.state().sel === id && document.body.dataset.busy === 'false',
    expectId,
  );
}

/** Presses Tab until the focused element matches `selector` (keyboard-only navigation). */
async function tabTo(p: Page, selector: string, max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await p.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await p.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** The relations the database holds among `ids`, as `from TYPE to`. */
async function relationsAmong(ids: string[]): Promise<string[]> {
  const res = await executor.read('test', (tx) =>
    tx.run(
      'MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id IN $ids AND b.id IN $ids AND type(r) IN $types RETURN a.id AS a, type(r) AS t, b.id AS b',
      { ids, types: vocabulary(null) },
    ),
  );
  return res.records.map((r) => `${r.get('a')}--${r.get('t')}-->${r.get('b')}`).sort();
}

function pngSize(buf: Buffer): { width: number; height: number } {
  expect(buf.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

async function download(p: Page, press: () => Promise<void>): Promise<{ name: string; body: Buffer }> {
  const [d] = await Promise.all([p.waitForEvent('download'), press()]);
  const file = await d.path();
  return { name: d.suggestedFilename(), body: fs.readFileSync(file) };
}

describe('the graph explorer in Chromium', () => {
  it('loads without a failed request (favicon included) and shows the VrIP evidence and document', async () => {
    const p = await browser.newPage({ viewport: VIEWPORTS[0] });
    const failed: string[] = [];
    p.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    await p.goto(`${base}/explorer/`);
    await settled(p);
    await searchAndEnter(p, 'VrIP', 'vrip');
    expect(failed).toEqual([]);
    await p.waitForSelector('#panel h2:text("Vroege integratie en participatie")');
    const runs = p.locator('#panel a[data-rel="coa--RUNS-->vrip"]');
    expect(await runs.textContent()).toBe('COA → Vroege integratie en participatie');
    await runs.click();
    await p.waitForSelector('#panel .evidence blockquote');
    expect(await p.locator('#panel .evidence blockquote').first().textContent()).toBe(
      'VrIP omvat de activiteiten en werkzaamheden van het COA',
    );
    await p.locator('#panel .open-doc').first().click();
    const mark = p.locator('#document-view mark.quote');
    await mark.waitFor();
    expect(await mark.textContent()).toBe('VrIP omvat de activiteiten en werkzaamheden van het COA');
    expect(await p.locator('#document-view p:has(mark.quote)').getAttribute('data-page')).toBe('7');
    // The legend lists only the types present, outside the graph.
    expect(
      await p.locator('.legend-item[data-type]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.type)),
    ).toEqual(['ORGANISATION', 'PROGRAMME', 'TARGET_GROUP']);
    const legendBox = await p.locator('#legend').boundingBox();
    const graphBox = await p.locator('#cy').boundingBox();
    expect(legendBox!.y + legendBox!.height).toBeLessThanOrEqual(graphBox!.y + 1);
    await p.close();
  });

  it('the document view is a dialog: focus inside and trapped, one heading per page, find, jump to page, Escape clears its URL state', async () => {
    const p = await open('#n=vrip&doc=ek-vso-wi2021-monitoring-2024&page=7&quote=VrIP%20omvat%20de%20activiteiten');
    const dialog = p.locator('#document-view[role="dialog"][aria-modal="true"]');
    await dialog.locator('mark.quote').waitFor();
    const inside = () => p.evaluate(() => document.getElementById('document-view')!.contains(document.activeElement));
    expect(await inside()).toBe(true);
    for (let i = 0; i < 12; i++) {
      await p.keyboard.press(i % 3 === 2 ? 'Shift+Tab' : 'Tab');
      expect(await inside()).toBe(true);
    }
    const heads = await p.locator('#document-view .page-head').allTextContents();
    expect(heads.length).toBeGreaterThan(5);
    expect(new Set(heads).size).toBe(heads.length);
    // Footnotes sit in their own page, after its running text.
    const misplaced = await p.evaluate(
      () =>
        [...document.querySelectorAll('#document-view .passage.footnote')].filter(
          (f) => f.closest('.page')?.id !== `doc-page-${(f as HTMLElement).dataset.page}`,
        ).length,
    );
    expect(misplaced).toBe(0);
    await p.fill('#doc-find', 'Meedoenbalies');
    const expected = await p.evaluate(
      () =>
        (
          document
            .querySelector('#document-view .doc-body')!
            .textContent.toLowerCase()
            .match(/meedoenbalies/g) ?? []
        ).length,
    );
    expect(expected).toBeGreaterThan(1);
    expect(await p.locator('#doc-find-count').textContent()).toBe(`1 of ${expected}`);
    await p.press('#doc-find', 'Enter');
    expect(await p.locator('#doc-find-count').textContent()).toBe(`2 of ${expected}`);
    await p.selectOption('#doc-page', '9');
    expect(await p.evaluate(() => document.activeElement?.id)).toBe('doc-page-head-9');
    await p.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(p.url()).not.toMatch(/doc=|quote=|page=/);
    await p.close();
  });

  it('draws every relation among the nodes shown, after each of six searches', async () => {
    const p = await open();
    for (const [text, id] of [
      ['VrIP', 'vrip'],
      ['Voorinburgering', 'voorinburgering'],
      ['Divosa', 'divosa'],
      ['DUO', 'duo'],
      ['KIS', 'kis'],
      ['MAP', 'map'],
    ] as const) {
      await searchAndEnter(p, text, id);
      expect(await edgeIds(p)).toEqual(await relationsAmong(await nodeIds(p)));
    }
    expect((await nodeIds(p)).length).toBeGreaterThan(20);
    await p.close();
  });

  // Measured on screen as well as in the graph: a view that refits after an expansion (it did, whenever a new node
  // landed off screen: 135-182 px) loses the reader as surely as moving the nodes.
  it('keeps existing nodes in place (< 10 px) when a neighbour is expanded, and no two labels overlap in the VrIP view', async () => {
    const p = await open();
    await searchAndEnter(p, 'VrIP', 'vrip');
    const overlaps = await p.evaluate(() => {
      const cy = (window as any).explorer.cy;
      const boxes = cy
        .nodes(':visible')
        .filter((n: any) => !n.hasClass('nolabel'))
        .map((n: any) => ({
          id: n.id(),
          ...n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }),
        }));
      const out: string[] = [];
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i];
          const b = boxes[j];
          if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) out.push(`${a.id}/${b.id}`);
        }
      return { out, labelled: boxes.length, all: cy.nodes().length };
    });
    expect(overlaps.out).toEqual([]);
    // Collision handling must not mean no labels: in the 6-node VrIP view every name is shown.
    expect(overlaps.labelled).toBe(overlaps.all);
    await p.screenshot({ path: path.join(ARTIFACTS, 'labels-vrip-1400x900.png') });
    const before = await positions(p);
    await emitOn(p, 'coa', 'dbltap');
    await p.waitForFunction(
      (n) => (window as any).explorer.cy.nodes().length > n && document.body.dataset.busy === 'false',
      Object.keys(before).length,
    );
    const after = await positions(p);
    const moved = Object.entries(before).map(([id, b]) => ({
      id,
      model: Math.hypot(after[id]!.model.x - b.model.x, after[id]!.model.y - b.model.y),
      screen: Math.hypot(after[id]!.screen.x - b.screen.x, after[id]!.screen.y - b.screen.y),
    }));
    process.stdout.write(
      `explorer stability: max model move ${Math.max(...moved.map((m) => m.model)).toFixed(1)} px, max screen move ${Math.max(...moved.map((m) => m.screen)).toFixed(1)} px over ${moved.length} nodes\n`,
    );
    for (const m of moved) expect(m.screen).toBeLessThan(10);
    for (const m of moved) expect(m.model).toBeLessThan(10);
    await p.close();
  });

  it('a path node keeps its size and shape; the path is on edges and borders and survives the next search', async () => {
    const p = await open('#n=kis&sel=kis');
    const look = () =>
      p.evaluate(() => {
        const n = (window as any).explorer.cy.getElementById('kis');
        return { w: n.width(), h: n.height(), shape: n.style('shape'), bg: n.style('background-color') };
      });
    const before = await look();
    await p.click('#panel button[data-act="path-start"]');
    await searchAndEnter(p, 'MAP', 'map');
    expect(await p.locator('#panel .path-mode').textContent()).toContain('KIS');
    await p.click('#panel button[data-act="path-end"]');
    await p.waitForFunction(() => document.getElementById('status')?.textContent?.startsWith('Shortest path:'));
    expect(await p.locator('#status').textContent()).toBe(
      'Shortest path: KIS → e-learning voor klantmanagers → vrouwelijke inburgeraars → Gesprek met gemeenten over MAP-trainingen voor vrouwelijke inburgeringsplichtigen → MAP',
    );
    expect(await look()).toEqual(before);
    const pathEdges = await p.evaluate(() =>
      (window as any).explorer.cy.edges('.path').map((e: any) => e.style('line-color')),
    );
    expect(pathEdges).toHaveLength(4);
    expect(new Set(pathEdges)).toEqual(new Set(['rgb(230,0,126)']));
    await p.locator('#panel .path-steps > li').first().waitFor();
    expect(await p.locator('#panel .path-steps > li').count()).toBe(4);
    expect(await p.locator('#panel .path-steps .open-doc').count()).toBe(4);
    await searchAndEnter(p, 'COA', 'coa');
    expect(await p.evaluate(() => (window as any).explorer.cy.edges('.path').length)).toBe(4);
    await p.close();
  });

  it('remove then Undo restores the node where it was; Back and Forward walk the same history; a reload keeps the view', async () => {
    const p = await open();
    await searchAndEnter(p, 'VrIP', 'vrip');
    const view1 = await nodeIds(p);
    const url1 = p.url();
    // Remove Meedoenbalies with the mouse and the Delete key. The click goes where the node is drawn once the view
    // has come to rest (no viewport or node animation under way), else it can land where the node was.
    await p.waitForFunction(() => {
      const cy = (window as any).explorer.cy;
      return document.body.dataset.busy === 'false' && !cy.animated() && !cy.nodes().some((n: any) => n.animated());
    });
    const at = await p.evaluate(() => (window as any).explorer.cy.getElementById('meedoenbalies').renderedPosition());
    const box = (await p.locator('#cy').boundingBox())!;
    await p.mouse.click(box.x + at.x, box.y + at.y);
    await p.waitForSelector('#panel h2:text("Meedoenbalies")');
    const pos = (await positions(p)).meedoenbalies!.model;
    await p.keyboard.press('Delete');
    await p.waitForFunction(
      () =>
        (window as any).explorer.cy.getElementById('meedoenbalies').empty() && document.body.dataset.busy === 'false',
    );
    expect(await p.locator('#panel h2').allTextContents()).not.toContain('Meedoenbalies');
    expect(p.url()).not.toContain('meedoenbalies');
    await p.click('#undo');
    await p.waitForFunction(
      () =>
        (window as any).explorer.cy.getElementById('meedoenbalies').nonempty() &&
        document.body.dataset.busy === 'false',
    );
    expect(await nodeIds(p)).toEqual(view1);
    expect((await positions(p)).meedoenbalies!.model).toEqual({
      x: expect.closeTo(pos.x, 0),
      y: expect.closeTo(pos.y, 0),
    });
    expect(p.url()).toContain('meedoenbalies');
    // Expand COA, then Back returns to the view before it, Forward to the expansion.
    await emitOn(p, 'coa', 'dbltap');
    await p.waitForFunction(
      (n) => (window as any).explorer.cy.nodes().length > n && document.body.dataset.busy === 'false',
      view1.length,
    );
    const view2 = await nodeIds(p);
    await p.goBack();
    await p.waitForFunction(
      (n) => (window as any).explorer.cy.nodes().length === n && document.body.dataset.busy === 'false',
      view1.length,
    );
    expect(await nodeIds(p)).toEqual(view1);
    await p.goForward();
    await p.waitForFunction(
      (n) => (window as any).explorer.cy.nodes().length === n && document.body.dataset.busy === 'false',
      view2.length,
    );
    expect(await nodeIds(p)).toEqual(view2);
    // Undo, then a reload does not bring the undone entities back.
    await p.click('#undo');
    await p.waitForFunction(
      (n) => (window as any).explorer.cy.nodes().length === n && document.body.dataset.busy === 'false',
      view1.length,
    );
    const hash = new URL(p.url()).hash;
    expect(hash).toContain(`n=${new URLSearchParams(new URL(url1).hash.slice(1)).get('n')}`);
    await p.reload();
    await settled(p);
    expect(await nodeIds(p)).toEqual(view1);
    expect(new URL(p.url()).hash).toBe(hash);
    await p.close();
  });

  it('filters by relation type and entity type through the legend, each an undoable step', async () => {
    const p = await open();
    await searchAndEnter(p, 'VrIP', 'vrip');
    const all = await edgeIds(p);
    await p.click('.legend-item[data-rel="PART_OF"]');
    await p.waitForFunction(
      () =>
        (window as any).explorer.state().hiddenRelations.includes('PART_OF') && document.body.dataset.busy === 'false',
    );
    const shown = await edgeIds(p);
    expect(shown).toEqual(all.filter((id) => !id.includes('--PART_OF-->')));
    expect(p.url()).toContain('hr=PART_OF');
    await p.click('.legend-item[data-type="TARGET_GROUP"]');
    await p.waitForFunction(
      () =>
        (window as any).explorer.state().hiddenTypes.includes('TARGET_GROUP') && document.body.dataset.busy === 'false',
    );
    expect(await p.evaluate(() => (window as any).explorer.cy.getElementById('bewoners-azc').visible())).toBe(false);
    await p.click('#undo');
    await p.waitForFunction(
      () => !(window as any).explorer.state().hiddenTypes.length && document.body.dataset.busy === 'false',
    );
    expect(await p.evaluate(() => (window as any).explorer.cy.getElementById('bewoners-azc').visible())).toBe(true);
    // Expanding along one relation type adds only what that type reaches.
    await emitOn(p, 'coa', 'tap');
    await p.waitForSelector('#panel button[data-act="expand-type"][data-type="OFFERS"]');
    await p.click('#panel button[data-act="expand-type"][data-type="OFFERS"]');
    await p.waitForFunction(
      () =>
        document.body.dataset.busy === 'false' &&
        /added around COA|no neighbours/.test(document.getElementById('status')!.textContent ?? ''),
    );
    const added = (await nodeIds(p)).filter((id) => !all.join(' ').includes(id));
    const res = await executor.read('t', (tx) =>
      tx.run("MATCH (:Entity {id: 'coa'})-[:OFFERS]-(m:Entity) RETURN collect(DISTINCT m.id) AS ids"),
    );
    const reach = res.records[0]!.get('ids') as string[];
    for (const id of added) expect(reach).toContain(id);
    await p.close();
  });

  it('searches passages from the search box and opens the document at the passage', async () => {
    const p = await open();
    await p.fill('#search-input', 'Meedoenbalies');
    await p.waitForSelector('#suggestions li.passage-hit');
    await p.focus('#search-input');
    const entityCount = await p.locator('#suggestions li[data-id]').count();
    for (let i = 0; i <= entityCount; i++) await p.keyboard.press('ArrowDown');
    const activeId = await p.getAttribute('#search-input', 'aria-activedescendant');
    expect(activeId).toBe('opt-p-0');
    expect(await p.getAttribute(`#${activeId}`, 'aria-selected')).toBe('true');
    const page = await p.getAttribute('#opt-p-0', 'data-page');
    await p.keyboard.press('Enter');
    await p.locator('#document-view mark.quote').first().waitFor();
    expect(await p.locator('#document-view p:has(mark.quote)').first().getAttribute('data-page')).toBe(page);
    await p.close();
  });

  it('exports the view: PNG at 2x without the selection ring, GEXF and GraphML with positions and colours', async () => {
    const p = await open('#n=vrip,coa,meedoenbalies&sel=vrip');
    const cyBox = (await p.locator('#cy').boundingBox())!;
    const withSel = await download(p, () => p.click('#export-png'));
    const size = pngSize(withSel.body);
    expect(size).toEqual({ width: Math.round(cyBox.width) * 2, height: Math.round(cyBox.height) * 2 });
    await p.evaluate(() => {
      (window as any).explorer.cy.elements().unselect();
    });
    const noSel = await download(p, () => p.click('#export-png'));
    expect(noSel.body.equals(withSel.body)).toBe(true);
    const gexf = (await download(p, () => p.click('#export-gexf'))).body.toString('utf8');
    const drawn = await p.evaluate(
      () =>
        (window as any).explorer.cy
          .nodes()
          .map((n: any) => ({ id: n.id(), x: n.position('x'), y: n.position('y') })) as {
          id: string;
          x: number;
          y: number;
        }[],
    );
    for (const n of drawn) {
      const m = new RegExp(
        `<node id="${n.id}"[^]*?<viz:color r="(\\d+)" g="(\\d+)" b="(\\d+)"/>\\s*<viz:position x="([-\\d.]+)" y="([-\\d.]+)"`,
      ).exec(gexf);
      expect(m).not.toBeNull();
      expect(Number(m![4])).toBeCloseTo(n.x, 0);
      expect(Number(m![5])).toBeCloseTo(-n.y, 0);
    }
    expect(gexf).toContain('<node id="coa" label="COA">');
    expect(gexf).toMatch(/<node id="coa"[^]*?<viz:color r="31" g="119" b="180"\/>/);
    const graphml = (await download(p, () => p.click('#export-graphml'))).body.toString('utf8');
    expect(graphml).toMatch(
      /<node id="vrip">.*<data key="x">-?[\d.]+<\/data><data key="y">-?[\d.]+<\/data>.*<data key="r">44<\/data><data key="g">160<\/data><data key="b">44<\/data>/,
    );
    await p.close();
  });

  it('shows a readable error when the API fails', async () => {
    const p = await open('#n=vrip');
    await p.route('**/graphql', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: JSON.stringify({ errors: [{ message: 'x', extensions: { code: 'SERVICE_UNAVAILABLE' } }] }),
      }),
    );
    await p.fill('#search-input', 'COA');
    await p.waitForSelector('#status.error');
    expect(await p.locator('#status').textContent()).toBe('The database is unavailable; try again shortly.');
    await p.close();
  });

  it('opens a link of the first explorer (e=, path=)', async () => {
    const p = await open('#path=kis,map');
    expect(await p.locator('#status').textContent()).toMatch(/^Shortest path: KIS → .* → MAP$/);
    const q = await open('#e=vrip');
    expect(await nodeIds(q)).toEqual([
      'begeleidingsgesprek-participatie',
      'bewoners-azc',
      'coa',
      'meedoenbalies',
      'nt2-taallessen-vrip',
      'vrip',
    ]);
    expect(q.url()).toContain('n=vrip');
    await p.close();
    await q.close();
  });

  describe.each(VIEWPORTS)('five research tasks with the keyboard only at $width x $height', (viewport) => {
    let p: Page;
    const shot = (name: string) =>
      p.screenshot({ path: path.join(ARTIFACTS, `task-${name}-${viewport.width}x${viewport.height}.png`) });
    beforeAll(async () => {
      p = await open('', viewport);
      await p.focus('body');
    });
    afterAll(async () => p?.close());

    it('1. finds VrIP and the evidence of COA RUNS VrIP', async () => {
      await p.keyboard.press('/');
      await p.keyboard.type('VrIP');
      await p.keyboard.press('Enter');
      await p.waitForFunction(
        () => (window as any).explorer.state().sel === 'vrip' && document.body.dataset.busy === 'false',
      );
      await tabTo(p, '#panel a[data-rel="coa--RUNS-->vrip"]');
      await p.keyboard.press('Enter');
      await p.waitForSelector('#panel .evidence blockquote');
      expect(await p.locator('#panel .evidence blockquote').first().textContent()).toBe(
        'VrIP omvat de activiteiten en werkzaamheden van het COA',
      );
      await shot('1-vrip-evidence');
    });

    it('2. expands COA and undoes it; arrow keys select nodes on the canvas', async () => {
      const before = await nodeIds(p);
      await tabTo(p, '#panel a[data-node="coa"]');
      await p.keyboard.press('Enter');
      await p.waitForSelector('#panel h2:text("COA")');
      await tabTo(p, '#panel button[data-act="expand"]');
      await p.keyboard.press('Enter');
      await p.waitForFunction(
        (n) => (window as any).explorer.cy.nodes().length > n && document.body.dataset.busy === 'false',
        before.length,
      );
      await shot('2-coa-expanded');
      await p.keyboard.press('Control+z');
      await p.waitForFunction(
        (n) => (window as any).explorer.cy.nodes().length === n && document.body.dataset.busy === 'false',
        before.length,
      );
      expect(await nodeIds(p)).toEqual(before);
      await tabTo(p, '#cy');
      const selected = () =>
        p.evaluate(() => {
          const { cy, state } = (window as any).explorer;
          const id = state().sel as string | null;
          return { id, name: id ? (cy.getElementById(id).data('label') as string) : null };
        });
      const sel0 = (await selected()).id;
      // Right, then Down. Each key reaches only the nodes in its quarter of the plane around the selection (cut by
      // the diagonals), so the walk cannot lead back to its start; but the drawing may have nothing that way (on the
      // phone COA is its bottom-right node). Then the key must leave the selection and say so, and the opposite key
      // is pressed instead.
      for (const [key, opposite, words] of [
        ['ArrowRight', 'ArrowLeft', 'to the right of'],
        ['ArrowDown', 'ArrowUp', 'below'],
      ] as const) {
        const from = await selected();
        await p.keyboard.press(key);
        if ((await selected()).id !== from.id) continue;
        expect(await p.locator('#status').textContent()).toBe(`No node ${words} ${from.name}.`);
        await p.keyboard.press(opposite);
      }
      const sel1 = (await selected()).id;
      expect(sel1).not.toBeNull();
      expect(before).toContain(sel1);
      expect(sel1 === sel0 && sel0 !== null).toBe(false);
      // The panel loads the selected entity asynchronously; the screenshot should show it, not the one before.
      await p.waitForSelector(`#panel[data-entity="${sel1}"]`);
      await shot('2-coa-undone-keyboard-selection');
    });

    it('3. finds a path between Divosa and DUO', async () => {
      await p.keyboard.press('/');
      await p.keyboard.type('Divosa');
      await p.keyboard.press('Enter');
      await p.waitForFunction(
        () => (window as any).explorer.state().sel === 'divosa' && document.body.dataset.busy === 'false',
      );
      await tabTo(p, '#panel button[data-act="path-start"]');
      await p.keyboard.press('Enter');
      await p.keyboard.press('/');
      await p.keyboard.type('DUO');
      await p.keyboard.press('Enter');
      await p.waitForFunction(
        () => (window as any).explorer.state().sel === 'duo' && document.body.dataset.busy === 'false',
      );
      await tabTo(p, '#panel button[data-act="path-end"]');
      await p.keyboard.press('Enter');
      await p.waitForFunction(() =>
        document.getElementById('status')?.textContent?.startsWith('Shortest path: Divosa'),
      );
      expect(await p.locator('#status').textContent()).toMatch(/ → DUO$/);
      await p.locator('#panel .path-steps > li').first().waitFor();
      expect(await p.locator('#panel button[data-act="path-clear"]').count()).toBe(1);
      await shot('3-path-divosa-duo');
    });

    it('4. opens a quote of the path in its document, and Escape closes it', async () => {
      await tabTo(p, '#panel .path-steps .open-doc');
      const quote = await p.evaluate(() => (document.activeElement as HTMLElement).dataset.quote);
      await p.keyboard.press('Enter');
      await p.locator('#document-view mark.quote').first().waitFor();
      expect((await p.locator('#document-view mark.quote').allTextContents()).join(' ').replace(/\s+/g, ' ')).toContain(
        quote!.replace(/\s+/g, ' ').slice(0, 30),
      );
      await shot('4-quote-in-document');
      await p.keyboard.press('Escape');
      await p.locator('#document-view').waitFor({ state: 'hidden' });
      expect(p.url()).not.toContain('doc=');
      expect(await p.evaluate(() => (document.activeElement as HTMLElement).classList.contains('open-doc'))).toBe(true);
    });

    it('5. exports the view', async () => {
      await tabTo(p, '#export-png');
      const png = await download(p, () => p.keyboard.press('Enter'));
      expect(png.name).toBe('view.png');
      const cyBox = (await p.locator('#cy').boundingBox())!;
      expect(pngSize(png.body).width).toBe(Math.round(cyBox.width) * 2);
      fs.writeFileSync(path.join(ARTIFACTS, `task-5-export-${viewport.width}x${viewport.height}.png`), png.body);
      await tabTo(p, '#export-gexf');
      const gexf = await download(p, () => p.keyboard.press('Enter'));
      expect(gexf.body.toString('utf8')).toContain('<node id="duo"');
      await shot('5-after-export');
    });
  });
});
