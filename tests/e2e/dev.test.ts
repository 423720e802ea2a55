import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import { childEnv, siteFolder, workFolder } from '../support/build-site.ts';
import { useBrowser } from '../support/e2e.ts';

/**
 * `npm run dev` as an editor uses it: a misspelled project is shown in the browser as the check's
 * message (file, line, field, hint), not silently dropped; the page comes back by itself once the
 * file is corrected; a dataset's page follows an edit of its CSV (the `datasets` collection reads it
 * again); a draft carries a banner; the web editor is at /admin/.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURE = path.join(ROOT, 'tests/fixtures/basic-site');
/** A small dataset, for the `datasets` collection's reading after an edit. */
const DATASET = path.join(ROOT, 'tests/fixtures/en-default-site/data/answers');
const browser = useBrowser();

describe.skipIf(browser.skip)('npm run dev', () => {
  let work: string;
  let site: string;
  let server: ChildProcess | undefined;
  let url = '';
  /** What the dev server printed, shown when a test fails. */
  let output = '';
  const publication = () => path.join(site, 'content/publications/bg/parva-novina.md');

  beforeAll(async () => {
    // A site folder of its own (tests/support/build-site.ts), with its own .astro/ where Astro keeps
    // the dev content store: nothing of the repository's, nor of a build beside it, is read or written.
    work = workFolder('dev-');
    site = siteFolder(work, { contentDir: path.join(FIXTURE, 'content'), dataDir: path.join(FIXTURE, 'data') });
    fs.cpSync(DATASET, path.join(site, 'data/answers'), { recursive: true });
    const text = fs.readFileSync(publication(), 'utf8');
    fs.writeFileSync(publication(), text.replace('project: test-project', 'project: test-projekt'));
    server = spawn(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', '0'], {
      cwd: site,
      env: { ...childEnv(), NODE_ENV: 'development', VITRINA_CACHE_DIR: path.join(work, 'cache'), VITRINA_LANG: 'en' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`astro dev did not start:\n${output}`)), 90_000);
      const read = (chunk: Buffer) => {
        output += chunk;
        const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(output.replace(/\x1b\[[0-9;]*m/g, ''));
        if (found) {
          clearTimeout(timer);
          resolve(found[0]);
        }
      };
      server!.stdout!.on('data', read);
      server!.stderr!.on('data', read);
      server!.on('exit', () => reject(new Error(`astro dev ended:\n${output}`)));
    });
  });

  beforeEach(() => {
    onTestFailed(() => console.log(`astro dev printed:\n${output.slice(-4000)}`));
  });

  afterAll(async () => {
    // The folder goes once the server has ended: until then it may still write into the site's .astro/.
    if (server && server.exitCode === null) await new Promise((resolve) => server!.once('exit', resolve).kill());
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  it('shows a misspelled project as the check reports it, and the site again once it is corrected', async () => {
    const page = await (await browser.context()).newPage();
    await page.goto(url);
    await expect.poll(() => page.title()).toBe('The content has mistakes');
    const report = await page.locator('main').innerText();
    expect(report).toContain('content/publications/bg/parva-novina.md:7:10 project: unknown project "test-projekt"');
    expect(report).toContain('hint: use the file name of a project in content/projects: test-project');
    // Corrected in the editor: the page reloads by itself and shows the site.
    fs.writeFileSync(publication(), fs.readFileSync(publication(), 'utf8').replace('project: test-projekt', 'project: test-project'));
    await page.waitForFunction(() => document.title !== 'The content has mistakes', undefined, { timeout: 30_000 });
    await expect.poll(() => page.locator('h1').first().innerText(), { timeout: 30_000 }).not.toBe('The content has mistakes');
  });

  it('shows a dataset as its CSV now reads after an edit, and its mistake as the check reports it', async () => {
    const csv = path.join(site, 'data/answers/answers.csv');
    const context = await browser.context();
    // A fresh tab each time: the dev server reloads open pages after an edit, and a reload that
    // lands during a navigation aborts it. An aborted look is just looked at again.
    const table = async () => {
      const page = await context.newPage();
      try {
        await page.goto(`${url}data/answers/`);
        return await page.locator('main').innerText();
      } catch {
        return '';
      } finally {
        await page.close();
      }
    };
    const original = fs.readFileSync(csv, 'utf8');
    try {
      await expect.poll(table, { timeout: 30_000 }).toContain('Служителите са любезни');
      fs.writeFileSync(csv, original.replaceAll('Служителите са любезни', 'Служителите отговарят бързо'));
      await expect.poll(table, { timeout: 30_000 }).toContain('Служителите отговарят бързо');
      expect(await table()).not.toContain('Служителите са любезни');
      // A count that is not a number: the check's page names the file, the line and the field.
      fs.writeFileSync(csv, fs.readFileSync(csv, 'utf8').replace('Служителите отговарят бързо,yes,7', 'Служителите отговарят бързо,yes,seven'));
      await expect.poll(table, { timeout: 30_000 }).toContain('data/answers/answers.csv:7');
      fs.writeFileSync(csv, fs.readFileSync(csv, 'utf8').replace(',yes,seven', ',yes,7'));
      await expect.poll(table, { timeout: 30_000 }).toContain('Служителите отговарят бързо');
    } finally {
      // Whatever happened, the next test finds the site without mistakes.
      fs.writeFileSync(csv, original);
    }
  });

  it('serves the web editor at /admin/, its configuration made from the site', async () => {
    const page = await fetch(`${url}admin/`);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toContain('<script type="module" src="./start.js"></script>');
    const config = await (await fetch(`${url}admin/config.yml`)).text();
    expect(config).toMatch(/^# The web editor's configuration, generated by Vitrina/);
    expect((await fetch(`${url}admin/sveltia-cms.js`)).status).toBe(200);
    // Nothing but the editor's own files: a path that climbs out of its folder is not served from it.
    expect(await (await fetch(`${url}admin/..%2F..%2Fpackage.json`)).text()).not.toContain('"name": "vitrina"');
  });

  it('marks a draft with a banner', async () => {
    const page = await (await browser.context()).newPage();
    await page.goto(`${url}publications/chernova/`);
    // The previous test's last write of the CSV may still reload this page (once by Astro, once by
    // src/integrations/dev-refresh.ts): what the page shows is looked at until it has settled.
    await expect.poll(() => page.locator('.draft-banner').innerText()).toContain('Чернова.');
    await expect.poll(() => page.locator('.draft-banner').isVisible()).toBe(true);
  });
});
