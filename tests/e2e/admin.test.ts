import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { runChecks } from '../../src/check/run';
import { sortEditorErrors } from '../../src/errors/editor-error';
import { translator } from '../../src/i18n/catalogue';
import { formatEditorErrorIn, say } from '../../src/i18n/editor-messages';
import { box, editorWords, field, fillRepository, pickPrivateFolder, readRepository, readText, repositoryFiles } from '../support/admin.ts';
import { axe, useBrowser } from '../support/e2e.ts';

/**
 * The web editor at /admin/ of the built example site, in Chromium, as an editor working on a clone
 * uses it: "Work with Local Repository" over a folder the test fills with the site's content/ and
 * data/ (the browser's private file system stands in for the folder the editor would pick). The
 * test creates a publication, a project and a publication with charts (MDX) through the forms, gives a
 * dataset a new CSV, reads
 * the files the editor wrote, and runs the content check on them: the first two pass, and the MDX,
 * written with an expression in it, is refused by the safe-MDX rules as any MDX file is. No console
 * error, no CSP violation, no request to another origin.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const siteUrl = inject('siteUrl');
const siteDir = inject('sharedSites').example.outDir;
const browser = useBrowser();
const bg = (id: Parameters<typeof say>[0]) => say(id, {}, 'bg');
const ui = translator('bg');
/** The editor's own words in Bulgarian: the site is Bulgarian, so is the editor. */
const words = editorWords(ROOT, 'bg');

describe.skipIf(browser.skip)('the web editor at /admin/', () => {
  let page: Page;
  const problems: string[] = [];
  const config = parse(fs.readFileSync(path.join(siteDir, 'admin', 'config.yml'), 'utf8'));
  const seeded = repositoryFiles(ROOT);
  let written: Record<string, Buffer> = {};

  beforeAll(async () => {
    // A tall window: the editor draws only the fields near the screen, and the test fills them all.
    const context = await browser.context({ viewport: { width: 1280, height: 4000 }, locale: 'en-US' });
    // An English browser: the editor still starts in the site's language (start.js).
    page = await context.newPage();
    const origin = new URL(siteUrl).origin;
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(`${origin}/`) && !url.startsWith('blob:') && !url.startsWith('data:')) problems.push(`request to another origin: ${url}`);
    });
    page.on('response', (response) => response.status() >= 400 && problems.push(`${response.status()} ${response.url()}`));
    page.on('console', (message) => message.type() === 'error' && problems.push(`console error: ${message.text()}`));
    page.on('pageerror', (error) => problems.push(`script error: ${error.stack ?? error.message}`));
    await page.addInitScript(pickPrivateFolder);
    await page.goto(`${siteUrl}admin/`);
    await fillRepository(page, seeded);
  });

  it('speaks the site’s language and signs in to the local repository', async () => {
    // The page says which language the site is in; the editor starts in it.
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('sveltia-cms.prefs') ?? '{}').locale)).toBe('bg');
    // The editor is a page of the site too: axe finds nothing on its sign-in page (a viewport that
    // forbade zooming was taken out of the bundle for it).
    const violations = (await axe(page)).violations.map((v) => `${v.id}: ${v.help}`);
    expect(violations).toEqual([]);
    await page.getByRole('button', { name: words.work_with_local_repo }).click();
    for (const collection of config.collections as { label: string }[]) {
      await expect.poll(() => page.getByText(collection.label, { exact: true }).count(), { message: collection.label, timeout: 10_000 }).toBeGreaterThan(0);
    }
  });

  it('creates a publication through its form', async () => {
    await page.goto(`${siteUrl}admin/#/collections/publications/new`);
    // The form's labels are the catalogue's, in the site's language.
    await expect.poll(() => field(page, 'title').locator('h4').first().textContent()).toBe(bg('admin.field.title'));
    await field(page, 'type').getByRole('combobox').click();
    await page.getByRole('option', { name: ui('publication.type.report') }).click();
    await box(page, 'title').fill('Проверка на услугите през есента');
    expect((await axe(page)).violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    await box(page, 'summary').fill('Какво видяхме в три общини през октомври.');
    await box(page, 'published').fill('2026-11-30');
    const project = parse(fs.readFileSync(path.join(ROOT, 'content/projects/perushtitsa-participation.yaml'), 'utf8'));
    await field(page, 'project').getByRole('radio', { name: project.title.bg }).check();
    const dataset = parse(fs.readFileSync(path.join(ROOT, 'data/perushtitsa-survey/datapackage.yaml'), 'utf8'));
    await field(page, 'datasets').getByRole('combobox').click();
    await page.getByRole('option', { name: dataset.title.bg }).click();
    await field(page, 'title').locator('h4').click();
    await box(page, 'body').click();
    await page.keyboard.type('В три общини под 50% от услугите са в срок; <в останалите> по-малко.');
    await page.getByRole('button', { name: words.save, exact: true }).click();
    await expect.poll(async () => Object.keys(await readRepository(page)).filter((file) => !(file in seeded)), { timeout: 10_000 }).toEqual([
      'content/publications/bg/proverka-na-uslugite-prez-esenta.md',
    ]);
  });

  it('creates a project through its form', async () => {
    await page.goto(`${siteUrl}admin/#/collections/projects/new`);
    await box(page, 'code').fill('BG-TEST-2026');
    await field(page, 'language').getByRole('radio', { name: ui('lang.name.bg') }).check();
    await box(page, 'title.bg').fill('Прозрачни услуги в Пловдив');
    await box(page, 'summary.bg').fill('Граждани проверяват дванадесет общински услуги.');
    await box(page, 'period.start').fill('2026-01-15');
    await box(page, 'beneficiary.name.bg').fill('Сдружение „Прозрачност“');
    await page.getByRole('button', { name: words.save, exact: true }).click();
    await expect.poll(async () => Object.keys(await readRepository(page)).filter((file) => file.startsWith('content/projects/') && !(file in seeded)), { timeout: 10_000 }).toEqual([
      'content/projects/prozrachni-uslugi-v-plovdiv.yaml',
    ]);
  });

  it('takes a new version of a dataset’s table as CSV, keeping what the form does not show', async () => {
    await page.goto(`${siteUrl}admin/#/collections/datasets/entries/popovo-results/datapackage`);
    // The table's item is folded: open it, then give its CSV field a new file (the same rows).
    // On a busy machine the editor may still be drawing the entry when the first click comes: click
    // the item's toggle again if it has not said it is open within three seconds of a click.
    const toggle = field(page, 'resources').locator('[aria-controls$="item-0-body"]').first();
    for (let tries = 0; tries < 5 && (await toggle.getAttribute('aria-expanded')) !== 'true'; tries++) {
      await toggle.click();
      await field(page, 'resources').locator('[aria-controls$="item-0-body"][aria-expanded="true"]').first().waitFor({ timeout: 3_000 }).catch(() => {});
    }
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const csv = Buffer.from(seeded['data/popovo-results/indicators.csv']!, 'base64');
    await field(page, 'resources.0.path').locator('input[type=file]').first().setInputFiles({ name: 'indicators-2026.csv', mimeType: 'text/csv', buffer: csv });
    await page.getByRole('button', { name: words.save, exact: true }).click();
    await expect.poll(() => readText(page, 'data/popovo-results/datapackage.yaml'), { timeout: 10_000 }).toContain('path: indicators-2026.csv');
    const descriptor = parse((await readText(page, 'data/popovo-results/datapackage.yaml'))!);
    expect((await readRepository(page))['data/popovo-results/indicators-2026.csv']).toEqual(csv);
    const before = parse(Buffer.from(seeded['data/popovo-results/datapackage.yaml']!, 'base64').toString('utf8'));
    // The fields edited in the files (docs/web-editor.md) are kept as they were.
    expect(descriptor.resources[0].schema).toEqual(before.resources[0].schema);
    expect(descriptor.resources[0].dialect).toEqual(before.resources[0].dialect);
    expect(descriptor.resources[0].encoding).toBe(before.resources[0].encoding);
  });

  it('writes a publication with charts as written, for the check to read as safe MDX', async () => {
    await page.goto(`${siteUrl}admin/#/collections/publications-mdx/new`);
    await field(page, 'type').getByRole('combobox').click();
    await page.getByRole('option', { name: ui('publication.type.report') }).click();
    await box(page, 'title').fill('Диаграма с израз');
    await box(page, 'summary').fill('Текст, в който редакторът е написал код.');
    await box(page, 'published').fill('2026-11-30');
    await box(page, 'body').fill('Делът е {1 + 1} пъти по-голям.');
    await page.getByRole('button', { name: words.save, exact: true }).click();
    await expect.poll(() => readText(page, 'content/publications/bg/diagrama-s-izraz.mdx'), { timeout: 10_000 }).toContain('Делът е {1 + 1} пъти по-голям.');
    written = await readRepository(page);
  });

  it('writes files that pass the content check, and MDX that breaks its rules is named', () => {
    const publication = written['content/publications/bg/proverka-na-uslugite-prez-esenta.md']!.toString('utf8');
    const front = parse(publication.split(/^---$/m)[1]!);
    expect(front).toMatchObject({ type: 'report', title: 'Проверка на услугите през есента', project: 'perushtitsa-participation', datasets: ['perushtitsa-survey'] });
    expect(String(front.published instanceof Date ? front.published.toISOString().slice(0, 10) : front.published)).toBe('2026-11-30');
    expect(publication).toContain('под 50% от услугите');
    const project = parse(written['content/projects/prozrachni-uslugi-v-plovdiv.yaml']!.toString('utf8'));
    expect(project).toMatchObject({ code: 'BG-TEST-2026', language: 'bg', title: { bg: 'Прозрачни услуги в Пловдив' } });

    const site = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrina-admin-'));
    try {
      for (const [file, bytes] of Object.entries(written)) {
        if (file.startsWith('.git/')) continue;
        fs.mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
        fs.writeFileSync(path.join(site, file), bytes);
      }
      const paths = { root: site, content: path.join(site, 'content'), data: path.join(site, 'data') };
      const problems = sortEditorErrors(runChecks(paths, { today: '2026-11-30', mdx: 'safe' })).map((problem) => formatEditorErrorIn(problem, 'en'));
      // The publication, the project and the dataset pass, but for the table's previous CSV, which
      // nothing names any more (a warning: it is not published); the MDX with an expression is
      // refused, by line.
      expect(problems).toHaveLength(2);
      expect(problems[1]).toMatch(/^data\/popovo-results\/indicators\.csv: .*\(warning\)/);
      expect(problems[0]).toMatch(/^content\/publications\/bg\/diagrama-s-izraz\.mdx:\d+:\d+: /);
      expect(problems[0]).toContain(say('mdx.expression', { code: '1 + 1' }, 'en'));
    } finally {
      fs.rmSync(site, { recursive: true, force: true });
    }
  });

  // After each step: no console error, no CSP violation, no request to another origin.
  afterEach(() => {
    expect(problems.splice(0)).toEqual([]);
  });
});
