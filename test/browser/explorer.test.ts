import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Executor } from '../../src/db/executor';
import { createLogger } from '../../src/logger';
import { createServer, type KgServer } from '../../src/server';
import { resetAndSeed, testExecutor } from '../support/testDb';

/** Debian's Chromium (`apt-get install chromium`); browsers cannot be downloaded on these machines. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = path.join(__dirname, '../../test-artifacts');

let executor: Executor;
let server: KgServer;
let base: string;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH)`);
  executor = testExecutor();
  await resetAndSeed(executor);
  server = await createServer({ executor, logger: createLogger('silent') });
  await new Promise<void>((r) => server.httpServer.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await executor?.close();
});

describe('the graph explorer in Chromium', () => {
  it('searches VrIP, shows COA among its neighbours, the evidence of RUNS, and opens the document at the quote', async () => {
    await page.goto(`${base}/explorer/`);
    await page.fill('#search-input', 'VrIP');
    await page.waitForSelector('#suggestions li[data-id="vrip"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#panel h2:text("Vroege integratie en participatie")');
    const runs = page.locator('#panel a[data-rel="coa--RUNS-->vrip"]');
    await runs.waitFor();
    expect(await runs.textContent()).toBe('COA → Vroege integratie en participatie');
    await runs.click();
    await page.waitForSelector('#panel .evidence blockquote');
    expect(await page.locator('#panel .evidence blockquote').first().textContent()).toBe('VrIP omvat de activiteiten en werkzaamheden van het COA');
    await page.locator('#panel .open-doc').first().click();
    const mark = page.locator('#document-view mark#quote');
    await mark.waitFor();
    expect(await mark.textContent()).toBe('VrIP omvat de activiteiten en werkzaamheden van het COA');
    expect(await page.locator('#document-view p:has(mark#quote)').getAttribute('data-page')).toBe('7');
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'explorer-document.png') });
    await page.click('#close-doc');
    expect(await page.locator('#document-view').isHidden()).toBe(true);
    expect(await page.locator('.legend-item[data-type="ORGANISATION"] .count').textContent()).toBe('1');
    await page.screenshot({ path: path.join(ARTIFACTS, 'explorer.png') });
  });

  it('keeps the view in the URL: a shared link opens the same view', async () => {
    const url = page.url();
    expect(url).toMatch(/#.*e=vrip/);
    const other = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await other.goto(url);
    await other.waitForSelector('#panel h2');
    expect(await other.locator('#panel h2').textContent()).toContain('Vroege integratie en participatie');
    const counts = async (p: Page) => p.locator('.legend-item .count').allTextContents();
    expect(await counts(other)).toEqual(await counts(page));
    await other.close();
  });

  it('highlights the shortest path between two entities', async () => {
    const p = await browser.newPage();
    await p.goto(`${base}/explorer/#path=kis,map`);
    await p.waitForFunction("document.getElementById('status')?.textContent?.startsWith('Shortest path:')");
    expect(await p.locator('#status').textContent()).toBe('Shortest path: KIS → e-learning voor klantmanagers → vrouwelijke inburgeraars → Gesprek met gemeenten over MAP-trainingen voor vrouwelijke inburgeringsplichtigen → MAP');
    await p.close();
  });

  it('expands a node (the panel Expand button; double-click and Enter do the same), undoes it, and shows a readable error when the API fails', async () => {
    const p = await browser.newPage();
    await p.goto(`${base}/explorer/#e=vrip`);
    await p.waitForSelector('.legend-item[data-type="PROGRAMME"] .count:text("4")');
    const before = await p.locator('.legend-item[data-type="ORGANISATION"] .count').textContent();
    // Expand COA through its panel, then undo.
    await p.goto('about:blank');
    await p.goto(`${base}/explorer/#e=vrip&sel=coa`);
    await p.waitForSelector('#panel h2:text("COA")');
    await p.click('#panel button[data-act="expand"]');
    await p.waitForFunction(`document.querySelector('.legend-item[data-type="ORGANISATION"] .count')?.textContent !== ${JSON.stringify(before)}`);
    await p.click('#undo');
    expect(await p.locator('.legend-item[data-type="ORGANISATION"] .count').textContent()).toBe(before);
    await p.route('**/graphql', (route) => route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ errors: [{ message: 'x', extensions: { code: 'SERVICE_UNAVAILABLE' } }] }) }));
    await p.fill('#search-input', 'COA');
    await p.waitForSelector('#status.error');
    expect(await p.locator('#status').textContent()).toBe('The database is unavailable; try again shortly.');
    await p.close();
  });
});
