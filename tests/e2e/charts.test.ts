import fs from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { axe, useBrowser } from '../support/e2e.ts';

/**
 * Charts in a real Chromium: the narrow drawing at 320 px (and 400% zoom), the data table opening
 * without JavaScript, forced-colours mode, and axe on the pages that carry charts.
 */
const siteUrl = inject('siteUrl');
const browser = useBrowser();
const PAGES = ['publications/anketata-v-perushtitsa-v-diagrami/', 'en/publications/street-cleaning-in-charts/', 'ru/publications/sootvetstvie-standartam-v-diagrammah/'];
const SHOTS = process.env.CHART_SHOTS;

describe.skipIf(browser.skip)('charts in a browser', () => {
  it.each(PAGES)('/%s has no axe violations and shows one drawing per chart at each width', async (path) => {
    const context = await browser.context({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(siteUrl + path);
    const results = await axe(page);
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    const figures = await page.locator('figure.chart').count();
    expect(figures).toBeGreaterThan(0);
    expect(await page.locator('.chart-wide svg:visible').count()).toBe(figures);
    expect(await page.locator('.chart-narrow svg:visible').count()).toBe(0);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/${path.replace(/\W+/g, '_')}1280.png`, fullPage: true });
    // 320 CSS px is what 1280 px at 400% zoom leaves: the narrow drawing, and no page-wide horizontal scroll.
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await page.locator('.chart-narrow svg:visible').count()).toBe(figures);
    expect(await page.locator('.chart-wide svg:visible').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/${path.replace(/\W+/g, '_')}320.png`, fullPage: true });
  });

  it('shows a project\'s indicators once, with no axe violations, and their table behind a focusable disclosure', async () => {
    const context = await browser.context({ viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${siteUrl}projects/perushtitsa-participation/`);
    const section = page.locator('section[aria-labelledby="indicators"]');
    expect(await section.locator('figure.chart').count()).toBe(0);
    expect(await section.locator('li.indicator').count()).toBeGreaterThan(0);
    expect(await section.locator('table').isVisible()).toBe(false);
    const results = await axe(page);
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
    const summary = section.locator('details.indicator-data > summary');
    await summary.focus();
    expect(await summary.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid');
    await page.keyboard.press('Enter');
    expect(await section.locator('table').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  it('opens the data table without JavaScript', async () => {
    const context = await browser.context({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(siteUrl + PAGES[0]);
    const table = page.locator('figure.chart').first().locator('details table');
    expect(await table.isVisible()).toBe(false);
    await page.locator('figure.chart').first().locator('details.chart-data summary').click();
    expect(await table.isVisible()).toBe(true);
    expect(await table.locator('tbody tr').count()).toBe(5);
    // Without JavaScript the SVG is the download; the PNG button, which needs a script, stays hidden.
    const downloads = page.locator('figure.chart').first().locator('.chart-links');
    expect(await downloads.getByRole('link', { name: 'Диаграмата като SVG' }).isVisible()).toBe(true);
    expect(await downloads.locator('.chart-png').isVisible()).toBe(false);
  });

  it('makes the chart\'s PNG in the browser from its SVG export, at twice its size, from the keyboard', async () => {
    const context = await browser.context({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(siteUrl + PAGES[0]);
    const figure = page.locator('figure.chart').filter({ has: page.locator('button[data-chart-png]') }).first();
    await figure.locator('details.chart-data summary').focus();
    await page.keyboard.press('Enter');
    const button = figure.getByRole('button', { name: 'Диаграмата като PNG' });
    const svgHref = (await button.getAttribute('data-chart-png'))!;
    await button.focus();
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe(svgHref.split('/').pop()!.replace(/\.svg$/, '.png'));
    const png = fs.readFileSync((await download.path())!);
    expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    const svg = await (await page.request.get(new URL(svgHref, siteUrl).href)).text();
    const [width, height] = [/width="(\d+)"/.exec(svg)![1], /height="(\d+)"/.exec(svg)![1]].map(Number);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([width! * 2, height! * 2]);
    // Not blank: the drawing is there (a white PNG of that size compresses to almost nothing).
    expect(png.length).toBeGreaterThan(20_000);
    expect(await figure.locator('.chart-png-status').textContent()).toBe('');
    // The keyboard stays where it was: on the button, ready for the next one.
    expect(await button.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await button.getAttribute('aria-busy')).toBeNull();
  });

  it('says so in the figure when the browser cannot make the PNG', async () => {
    const context = await browser.context({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(siteUrl + PAGES[1]);
    // The SVG cannot be fetched (offline, say): the PNG cannot be drawn.
    await page.route('**/charts/*.svg', (route) => route.abort());
    const figure = page.locator('figure.chart').filter({ has: page.locator('button[data-chart-png]') }).first();
    await figure.locator('details.chart-data summary').click();
    await figure.getByRole('button', { name: 'The chart as PNG' }).click();
    const status = figure.getByRole('status');
    await expect.poll(() => status.textContent()).toBe('Your browser could not make the PNG. Download the SVG: a browser opens it, and it prints at any size.');
    expect(await status.isVisible()).toBe(true);
  });

  it('steps through the marks with the keyboard and hides the tip on Esc', async () => {
    const context = await browser.context({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(siteUrl + PAGES[0]);
    const drawing = page.locator('.chart-wide').first();
    await drawing.focus();
    await page.keyboard.press('ArrowRight');
    const tip = drawing.locator('.chart-tip');
    expect(await tip.isVisible()).toBe(true);
    const first = await tip.textContent();
    expect(first).toMatch(/: \d+%$/);
    await page.keyboard.press('ArrowRight');
    expect(await tip.textContent()).not.toBe(first);
    await page.keyboard.press('Escape');
    expect(await tip.isVisible()).toBe(false);
    // Every value in a tip is also in the table.
    expect(await page.locator('figure.chart').first().locator('table').textContent()).toContain(first!.replace(/^.*: /, ''));
  });

  it('fills marks flat on screen, and shows the series\' patterns in print', async () => {
    const context = await browser.context({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(siteUrl + PAGES[0]);
    const textures = page.locator('.chart-wide .chart-texture');
    expect(await textures.count()).toBeGreaterThan(0);
    const shown = () => textures.evaluateAll((elements) => elements.filter((element) => getComputedStyle(element).display !== 'none').length);
    expect(await shown()).toBe(0);
    await page.emulateMedia({ media: 'print' });
    expect(await shown()).toBe(await textures.count());
  });

  it('draws marks in the system colours in forced-colours mode, with their patterns', async () => {
    const context = await browser.context({ forcedColors: 'active', colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(siteUrl + PAGES[1]);
    const mark = page.locator('.chart-wide .chart-mark').first();
    const [fill, text] = await mark.evaluate((element) => [getComputedStyle(element).fill, getComputedStyle(document.body).color]);
    expect(fill).toBe(text);
    const textures = page.locator('.chart-wide .chart-texture');
    expect(await textures.count()).toBeGreaterThan(0);
    expect(await textures.evaluateAll((elements) => elements.every((element) => getComputedStyle(element).display !== 'none'))).toBe(true);
    if (SHOTS) {
      fs.mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: `${SHOTS}/forced.png`, fullPage: true });
    }
  });
});
