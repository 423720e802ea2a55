import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { EMBED_WIDTH } from '../../src/charts/embed';
import { axe, useBrowser } from '../support/e2e.ts';
import { hostHeaders, parseHeadersFile } from '../support/host-headers.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { SHARED_SITES } from '../support/shared-sites.ts';

/**
 * Embedding in a real Chromium (issue #21): the example site served with the headers of its own
 * `_headers`, as Netlify or Cloudflare Pages would send them, and framed from a page of another
 * origin, as a newspaper's site would frame it: an embed page shows, a normal page is refused, and
 * the optional script from the "Embed" disclosure sizes the frame to its content.
 */
const siteDir = inject('sharedSites').example.outDir;
const browser = useBrowser();
const EMBED = 'embed/en/popovo-results--progress/';
const NORMAL = 'en/data/popovo-results/';

/** Every embed page with VITRINA_ALL_WIDTHS=1; else the first of each kind of figure (`<figure data-chart-type>`). */
const ALL = process.env.VITRINA_ALL_WIDTHS === '1';
const EMBED_SAMPLE = (() => {
  const byKind = new Map<string, string>();
  const all: string[] = [];
  for (const locale of ['bg', 'en', 'ru']) {
    for (const name of fs.readdirSync(path.join(siteDir, 'embed', locale)).sort()) {
      all.push(`${locale}/${name}`);
      const kind = /data-chart-type="([^"]+)"/.exec(fs.readFileSync(path.join(siteDir, 'embed', locale, name, 'index.html'), 'utf8'))?.[1] ?? '';
      if (locale === 'en' && !byKind.has(kind)) byKind.set(kind, `${locale}/${name}`);
    }
  }
  return ALL ? all : [...byKind.values()];
})();

let site: StaticServer;
let host: http.Server;
let hostUrl = '';
/** What the other origin serves at /: set by each test. */
let hostPage = '';

beforeAll(async () => {
  const rules = parseHeadersFile(fs.readFileSync(path.join(siteDir, '_headers'), 'utf8'));
  site = await serveStatic(siteDir, SHARED_SITES.example.base, { headers: (pathname) => hostHeaders(rules, pathname) });
  // "localhost" and "127.0.0.1" are different origins: the framing page is another site.
  host = http.createServer((_, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(hostPage);
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostUrl = `http://localhost:${(host.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  await site?.close();
  host?.closeAllConnections();
  await new Promise((resolve) => host?.close(resolve));
});

/** The code of the first "Embed" disclosure on a page of the site: the iframe, then the script. */
async function disclosureCode(page: Page): Promise<string> {
  return (await page.locator('.chart-embed code').first().textContent()) ?? '';
}

/** The frame whose address starts with `url`, once it has loaded (or failed to). */
async function frameOf(page: Page, url: string) {
  const element = page.locator(`iframe[src="${url}"]`);
  const frame = await (await element.elementHandle())!.contentFrame();
  return { element, frame: frame! };
}

describe.skipIf(browser.skip)('figures framed by another site', () => {
  it('shows an embed page and refuses a normal page, with the headers of _headers', async () => {
    const context = await browser.context({ viewport: { width: 1000, height: 900 } });
    const page = await context.newPage();
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/frame-ancestors|X-Frame-Options/.test(message.text())) refused.push(message.text());
    });
    hostPage = `<!doctype html><html lang="en"><head><title>A partner site</title></head><body>
      <iframe src="${site.url}${EMBED}" title="embed" width="100%" height="300" style="border:0;max-width:680px"></iframe>
      <iframe src="${site.url}${NORMAL}" title="normal" width="600" height="300"></iframe>
    </body></html>`;
    await page.goto(hostUrl, { waitUntil: 'load' });
    const embed = await frameOf(page, `${site.url}${EMBED}`);
    await expect.poll(() => embed.frame.locator('figure.chart').count()).toBe(1);
    expect(await embed.frame.locator('.chart-title').innerText()).not.toBe('');
    // The refused frame shows Chromium's error page, never the site's page.
    const normal = await frameOf(page, `${site.url}${NORMAL}`);
    await expect.poll(() => normal.frame.url()).toMatch(/^chrome-error:/);
    expect(refused.join('\n')).toMatch(/frame-ancestors 'none'|X-Frame-Options/);
    // The same page opened directly is served and shows.
    const direct = await context.newPage();
    expect((await direct.goto(site.url + NORMAL))!.status()).toBe(200);
  });

  it('grows and shrinks the frame with the embed page when the framing page adds the script', async () => {
    const context = await browser.context({ viewport: { width: 1000, height: 900 } });
    const source = await context.newPage();
    await source.goto(site.url + NORMAL);
    const code = await disclosureCode(source);
    expect(code).toMatch(/^<iframe [^>]+><\/iframe>\n<script>[\s\S]+<\/script>$/);
    // The site's canonical address in the code is where it would be published; here it is the test server.
    const canonical = new URL(/src="([^"]+)"/.exec(code)![1]!).origin;
    const local = new URL(site.url).origin;
    hostPage = `<!doctype html><html lang="en"><head><title>A partner site</title></head><body>
      <p>An article that carries a chart.</p>
      ${code.replaceAll(canonical, local).replace(' loading="lazy"', '')}
    </body></html>`;
    const page = await context.newPage();
    await page.goto(hostUrl, { waitUntil: 'load' });
    const documented = Number(/height="(\d+)"/.exec(code)![1]);
    const { element, frame } = await frameOf(page, /src="([^"]+)"/.exec(code)![1]!.replace(canonical, local));
    await frame.waitForSelector('figure.chart');
    const contentHeight = () => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    const frameHeight = () => element.evaluate((iframe: HTMLIFrameElement) => iframe.getBoundingClientRect().height);
    await expect.poll(frameHeight).toBe(await contentHeight());
    // The documented height fits the content at the width it is written for, with little to spare.
    const closed = await contentHeight();
    expect(documented).toBeGreaterThanOrEqual(closed);
    expect(documented).toBeLessThan(closed * 1.2);
    // Opening "Data and downloads" inside the frame makes the frame taller, and closing it shorter again.
    await frame.locator('.chart-data summary').click();
    await expect.poll(frameHeight).toBeGreaterThan(closed + 50);
    await expect.poll(frameHeight).toBe(await contentHeight());
    await frame.locator('.chart-data summary').click();
    await expect.poll(frameHeight).toBe(closed);
  });

  it('copies the code with the button, and announces it', async () => {
    const context = await browser.context({ viewport: { width: 390, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url).origin });
    const page = await context.newPage();
    await page.goto(site.url + NORMAL);
    const disclosure = page.locator('.chart-embed').first();
    await disclosure.locator('summary').click();
    const button = disclosure.getByRole('button', { name: 'Copy the code' });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => disclosure.locator('[role="status"]').first().innerText()).toBe('The code is copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await disclosureCode(page));
  });

  it('has embed pages that pass axe, fit a phone, and are as tall as their code says: one of each kind of figure', async () => {
    const context = await browser.context({ viewport: { width: EMBED_WIDTH, height: 900 } });
    const page = await context.newPage();
    for (const [index, name] of EMBED_SAMPLE.entries()) {
      const locale = ALL ? name.split('/')[0] : ['bg', 'en', 'ru'][index % 3]!;
      const address = ALL ? name : `${locale}/${name.split('/')[1]}`;
      await page.setViewportSize({ width: EMBED_WIDTH, height: 900 });
      await page.goto(`${site.url}embed/${address}/`);
      const results = await axe(page);
      expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`), address).toEqual([]);
      // The height in the iframe code, measured with the site's font, is near the page's own.
      const documented = JSON.parse(fs.readFileSync(path.join(siteDir, 'embed', address, 'oembed.json'), 'utf8')).height as number;
      const height = await page.evaluate(() => document.documentElement.getBoundingClientRect().height);
      expect(documented / height, `${address}: ${documented} px written for ${height} px`).toBeGreaterThan(0.9);
      expect(documented / height, `${address}: ${documented} px written for ${height} px`).toBeLessThan(1.25);
      await page.setViewportSize({ width: 320, height: 900 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${address} at 320 px`).toBeLessThanOrEqual(320);
    }
  });
});
