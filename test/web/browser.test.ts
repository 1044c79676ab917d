// The web app in a real browser (Debian chromium driven by playwright-core): the demo ledger of `sitrep demo`
// (npm start) on the map, the timeline filtering map and list, a claim's quote highlighted in its article, a
// merge by a signed-in analyst in the audit log, keyboard use of the list, and script payloads in an article
// staying inert text. Screenshots go to test-output/. Without chromium the suite is skipped with a message,
// unless SITREP_REQUIRE_BROWSER=1 (CI), where that is a failure.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { BrowserContext, Page } from 'playwright-core';
import { build } from '../../src/server/app.js';
import type { ApiIncident, ApiIncidentDetail, ApiIncidentList } from '../../src/server/schemas.js';
import { type FixtureLedger, XSS, fixtureLedger } from './fixtures.js';

const CHROMIUM = process.env.SITREP_TEST_CHROMIUM ?? '/usr/bin/chromium';
const REQUIRED = process.env.SITREP_REQUIRE_BROWSER === '1';
const HAVE_BROWSER = existsSync(CHROMIUM);
const ROOT = new URL('../../', import.meta.url).pathname;
const SHOTS = join(ROOT, 'test-output');
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const skip = HAVE_BROWSER ? false : `chromium not found at ${CHROMIUM} (install it or set SITREP_TEST_CHROMIUM; SITREP_REQUIRE_BROWSER=1 makes this a failure)`;
if (skip && !REQUIRED) process.stderr.write(`browser tests skipped: ${skip}\n`);

if (!HAVE_BROWSER && REQUIRED) {
  test('a browser is available for the web tests (SITREP_REQUIRE_BROWSER=1)', () => {
    assert.fail(`chromium not found at ${CHROMIUM}; install Debian's chromium or set SITREP_TEST_CHROMIUM`);
  });
}

/** Starts `sitrep demo` from the sources on a free port; resolves with its address and the printed token. */
function startDemo(): Promise<{ child: ChildProcess; url: string; token: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/run.ts'), 'demo', '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stderr?.on('data', (c) => (err += c));
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (c) => {
      out += c;
      const url = /open (http:\/\/\S+\/)/.exec(out)?.[1];
      const token = /token \(valid for this demo only\): (\S+)/.exec(out)?.[1];
      if (url && token) resolve({ child, url, token });
    });
    child.once('exit', (code) => reject(new Error(`sitrep demo exited with ${code}: ${err}`)));
  });
}

async function json<T>(url: string): Promise<T> {
  const r = await fetch(url);
  assert.equal(r.status, 200, url);
  return (await r.json()) as T;
}

describe('web app in chromium', { skip: skip && !REQUIRED ? skip : !HAVE_BROWSER, timeout: 90_000 }, () => {
  let context: BrowserContext;
  let profile: string;
  let demo: { child: ChildProcess; url: string; token: string };
  let fixtures: FixtureLedger;
  let fixtureApp: FastifyInstance;
  let fixtureUrl: string;
  let incidents: ApiIncident[];
  /** One page over the demo ledger for the tests below, in order (the app is loaded once, then driven by its links). */
  let demoPage: { page: Page; problems: string[] };

  before(async () => {
    const { chromium } = await import('playwright-core');
    await mkdir(SHOTS, { recursive: true });
    profile = await mkdtemp(join(tmpdir(), 'sitrep-chromium-'));
    const demoStarted = startDemo();
    fixtures = await fixtureLedger();
    fixtureApp = await build({ store: fixtures.store });
    await fixtureApp.listen({ port: 0, host: '127.0.0.1' });
    fixtureUrl = `http://127.0.0.1:${(fixtureApp.server.address() as { port: number }).port}/`;
    // Compiling the web modules from source (first request) overlaps with the demo's start.
    const warm = fetch(`${fixtureUrl}app/main.js`).then((r) => r.text());
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1366, height: 800 } });
    demo = await demoStarted;
    await warm;
    incidents = (await json<ApiIncidentList>(`${demo.url}api/incidents?limit=500`)).incidents;
    demoPage = await open(demo.url);
  });

  after(async () => {
    await context?.close();
    if (demo) {
      const exited = new Promise((resolve) => demo.child.once('exit', resolve));
      demo.child.kill('SIGTERM');
      await exited;
    }
    await fixtureApp?.close();
    await fixtures?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  /** A new page that records dialogs, page errors and CSP violations. */
  async function open(url: string): Promise<{ page: Page; problems: string[] }> {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        ((window as unknown as { __csp: string[] }).__csp ??= []).push(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    await page.goto(url);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 20_000 });
    return { page, problems };
  }

  const cspViolations = (page: Page) => page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
  const markers = (page: Page) => page.locator('path.incident-marker').count();
  const rows = (page: Page) => page.locator('#incident-list li[role="option"]').count();
  /** Follows an in-app link (a hash change: the app stays loaded). */
  const go = (page: Page, hash: string) => page.evaluate((h) => (location.hash = h), hash);

  test('the map shows a marker for every placed incident of the demo ledger, under the CSP', async () => {
    const { page, problems } = demoPage;
    const placed = incidents.filter((i) => i.location).length;
    assert.ok(placed >= 5, `demo ledger has ${placed} placed incidents`);
    await page.waitForFunction((n) => document.querySelectorAll('path.incident-marker').length === n, placed);
    assert.equal(await rows(page), incidents.length);
    // The basemap is drawn from the shipped country shapes (a canvas layer), not from tiles.
    await page.waitForSelector('.leaflet-overlay-pane canvas');
    assert.equal(await page.locator('img.leaflet-tile').count(), 0);
    await page.screenshot({ path: join(SHOTS, 'web-map.png') });
    assert.deepEqual(await cspViolations(page), []);
    assert.deepEqual(problems, []);
  });

  test('clicking a day on the timeline filters map and list to it; dragging picks a range; clearing shows all', async () => {
    const { page } = demoPage;
    const days = [...new Set(incidents.filter((i) => i.date).map((i) => (i.date as { start: string }).start))].sort();
    const day = days[Math.floor(days.length / 2)];
    const onDay = incidents.filter((i) => i.date && i.date.start <= day && i.date.end >= day);
    await page.click(`rect.day-bar.incidents[data-day="${day}"]`);
    await page.waitForFunction((n) => document.querySelectorAll('#incident-list li[role="option"]').length === n, onDay.length);
    assert.equal(await markers(page), onDay.filter((i) => i.location).length);
    assert.ok(onDay.length < incidents.length);
    assert.match(await page.textContent('#list-summary') ?? '', new RegExp(`on ${day}`));
    await page.screenshot({ path: join(SHOTS, 'web-timeline-day.png') });

    // Drag from the first dated day to the middle one.
    const from = await page.locator(`rect.day-bar.incidents[data-day="${days[0]}"]`).boundingBox();
    const to = await page.locator(`rect.day-bar.incidents[data-day="${day}"]`).boundingBox();
    assert.ok(from && to);
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(to.x + to.width / 2, to.y + 2, { steps: 5 });
    await page.mouse.up();
    const inRange = incidents.filter((i) => i.date && i.date.start <= day && i.date.end >= days[0]);
    await page.waitForFunction((n) => document.querySelectorAll('#incident-list li[role="option"]').length === n, inRange.length);
    assert.equal(await markers(page), inRange.filter((i) => i.location).length);

    await page.click('#clear-range');
    await page.waitForFunction((n) => document.querySelectorAll('#incident-list li[role="option"]').length === n, incidents.length);
  });

  test('choosing a claim highlights exactly its quote in the article, from the stored span, and scrolls to it', async () => {
    const richest = [...incidents].sort((a, b) => b.claims.length - a.claims.length)[0];
    const claim = richest.claims[richest.claims.length - 1];
    const { page, problems } = demoPage;
    await go(page, `#/incident/${richest.id}`);
    await page.waitForSelector(`.claim-pick[data-claim="${claim.id}"]`);
    await page.click(`.claim-pick[data-claim="${claim.id}"]`);
    await page.waitForSelector('#doc-text mark.selected');
    assert.equal(await page.locator('#doc-text mark.selected').count(), 1);
    assert.equal(await page.textContent('#doc-text mark.selected'), claim.quote.text);
    assert.equal(await page.getAttribute(`.claim-pick[data-claim="${claim.id}"]`, 'aria-pressed'), 'true');
    const visible = await page.evaluate(() => {
      const mark = document.querySelector('#doc-text mark.selected')?.getBoundingClientRect();
      const box = document.getElementById('doc-text')?.getBoundingClientRect();
      return !!mark && !!box && mark.top >= box.top - 1 && mark.bottom <= box.bottom + 1 && mark.bottom <= window.innerHeight;
    });
    assert.ok(visible, 'the quote is scrolled into view');
    // The article is the stored text, whole: the marks only wrap parts of it.
    const detail = await json<ApiIncidentDetail>(`${demo.url}api/incidents/${richest.id}`);
    const doc = await json<{ text: string }>(`${demo.url}api/documents/${claim.documentId}`);
    assert.equal(await page.textContent('#doc-text'), doc.text);
    assert.ok(detail.incident.claims.some((c) => c.id === claim.id));
    await page.screenshot({ path: join(SHOTS, 'web-claim-quote.png') });
    assert.deepEqual(problems, []);
  });

  test('the list works from the keyboard: arrows move, Enter opens the incident', async () => {
    const { page } = demoPage;
    await go(page, '#/');
    await page.waitForSelector('#incident-list li[role="option"]');
    await page.focus('#incident-list');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const active = await page.getAttribute('#incident-list', 'aria-activedescendant');
    const id = Number(/(\d+)$/.exec(active ?? '')?.[1]);
    assert.equal(id, incidents[2].id, 'focus activates the first row, each arrow moves one');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#incident-title');
    assert.equal(new URL(page.url()).hash, `#/incident/${id}`);
    // Focus moves to the incident's heading once the page is drawn.
    await page.waitForFunction(() => document.activeElement?.id === 'incident-title');
  });

  test('a merge by a signed-in analyst shows in the audit log under the token name', async () => {
    const syrian = incidents.filter((i) => i.location?.countryCode === incidents.find((x) => x.location)?.location?.countryCode);
    const [into, from] = syrian.length >= 2 ? syrian : incidents;
    const { page, problems } = demoPage;
    await go(page, `#/incident/${into.id}`);
    await page.waitForSelector(`#incident-title >> text=#${into.id}`);
    assert.equal(await page.locator('#merge-form').count(), 0, 'no review actions before signing in');
    await page.fill('#token-input', demo.token);
    await page.press('#token-input', 'Enter');
    await page.waitForSelector('#analyst-name');
    assert.match(await page.textContent('#analyst-name') ?? '', /demo analyst/);
    assert.ok(!page.url().includes(demo.token), 'the token is not in the URL');
    await page.waitForSelector('#merge-form');
    await page.fill('#merge-from', String(from.id));
    await page.click('#merge-form button[type="submit"]');
    await page.waitForSelector('#audit-log li[data-action="merge"]');
    const entry = await page.textContent('#audit-log li[data-action="merge"]');
    assert.match(entry ?? '', /demo analyst/);
    assert.match(entry ?? '', new RegExp(`incidents ${into.id}, ${from.id}`));
    const merged = await json<ApiIncidentDetail>(`${demo.url}api/incidents/${from.id}`);
    assert.equal(merged.incident.mergedInto, into.id);
    assert.equal(await page.locator('#report-list li').count(), into.reports.length + from.reports.length);
    assert.equal(await page.locator('.discount-form:visible').count(), 0, 'discount forms open only on request');
    await page.screenshot({ path: join(SHOTS, 'web-merge-audit.png'), fullPage: true });
    assert.deepEqual(await cspViolations(page), []);
    assert.equal(await page.evaluate(() => sessionStorage.getItem('sitrep.token') !== null && localStorage.length === 0), true);
    assert.deepEqual(problems, []);
  });

  test('script and handler payloads in an article, its title, actor, place and source stay inert text', async () => {
    const { page, problems } = await open(fixtureUrl);
    await page.waitForFunction(() => document.querySelectorAll('#incident-list li[role="option"]').length > 0);
    assert.ok((await page.textContent('#incident-list') ?? '').includes(XSS.place), 'the place is shown literally in the list');
    await go(page, `#/incident/${fixtures.ids.xss}`);
    await page.waitForSelector('#doc-text');
    await page.waitForFunction(() => (document.getElementById('doc-text')?.textContent ?? '').length > 50);
    const text = await page.textContent('#doc-text');
    assert.ok(text?.includes(XSS.script) && text.includes(XSS.img), 'payloads shown as text');
    assert.equal(await page.textContent('#doc-title'), XSS.title);
    assert.ok((await page.textContent('#actors') ?? '').includes(XSS.actor));
    assert.ok((await page.textContent('#incident-title') ?? '').includes(XSS.place));
    assert.ok((await page.textContent('.doc-meta') ?? '').includes(XSS.source));
    await page.click('.claim-pick');
    await page.waitForSelector('#doc-text mark.selected');
    // Nothing from the data became an element, a handler or a link.
    assert.equal(await page.locator('#main img, #main svg[onload], #main b[onmouseover], #main script').count(), 0);
    assert.equal(await page.locator('a[href^="javascript"]').count(), 0);
    assert.equal(await page.evaluate(() => document.scripts.length), 3);
    assert.equal(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss), undefined);
    await page.mouse.move(10, 10);
    await page.screenshot({ path: join(SHOTS, 'web-xss-inert.png') });
    assert.deepEqual(await cspViolations(page), []);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
