/**
 * `npm run screenshots [-- <dist folder>] [--out <folder>] [--docs] [--editor]`: screenshots of the main page
 * types of a built site at a phone's (390 px) and a desktop's (1280 px) width, in every language
 * the site has, written to one folder (screenshots/ unless --out) so that anyone can review the
 * design in one go. With --docs it also writes the component pictures that docs/design.md shows
 * into docs/design/. With --editor it writes only the pictures of the web editor that the guides show,
 * into docs/web-editor/ (the editor over this folder's content/ and data/, as on a clone).
 * Without a folder it uses dist/ if it exists, else builds the example site.
 * Each full-page picture is cut at 6,000 px of height; the file names are
 * `<page type>-<lang>-<width>.png`.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { box, editorWords, field, fillRepository, pickPrivateFolder, repositoryFiles } from '../tests/support/admin.ts';
import { findBrowser, launchBrowser } from '../tests/support/browser.ts';
import { htmlFiles, siteFolderOrBuild } from '../tests/support/build-site.ts';
import { serveStatic } from '../tests/support/static-server.ts';

const WIDTHS = [390, 1280] as const;
const MAX_HEIGHT = 6000;

/** One page per type: the first built page whose path (without a language prefix) matches. */
const PAGE_TYPES: { name: string; pattern: RegExp }[] = [
  { name: 'home', pattern: /^index\.html$/ },
  { name: 'publications', pattern: /^publications\/index\.html$/ },
  { name: 'publication', pattern: /^publications\/(?!page\/|type\/|project\/|year\/)[^/]+\/index\.html$/ },
  { name: 'projects', pattern: /^projects\/index\.html$/ },
  { name: 'project', pattern: /^projects\/[^/]+\/index\.html$/ },
  { name: 'data', pattern: /^data\/index\.html$/ },
  { name: 'dataset', pattern: /^data\/(?!theme\/|project\/|page\/)[^/]+\/index\.html$/ },
  { name: 'monitoring', pattern: /^monitoring\/(?!results\/)[^/]+\/index\.html$/ },
  { name: 'service', pattern: /^monitoring\/[^/]+\/services\/[^/]+\/index\.html$/ },
  { name: 'recommendations', pattern: /^recommendations\/index\.html$/ },
  { name: 'recommendation', pattern: /^recommendations\/(?!page\/|status\/|addressee\/|project\/)[^/]+\/index\.html$/ },
  { name: 'search', pattern: /^search\/index\.html$/ },
];

/** The components docs/design.md shows: a CSS selector on a page type, at one width. */
const COMPONENTS: { name: string; page: string; selector: string; width: number }[] = [
  { name: 'header-phone', page: 'home', selector: 'body > header', width: 390 },
  { name: 'header-desktop', page: 'home', selector: 'body > header', width: 1280 },
  { name: 'footer', page: 'home', selector: 'body > footer', width: 1280 },
  { name: 'cards', page: 'projects', selector: 'main ul.cards', width: 1280 },
  { name: 'dataset-downloads', page: 'dataset', selector: '.download-box', width: 390 },
  { name: 'chart', page: 'dataset', selector: 'figure.chart', width: 1280 },
  { name: 'table', page: 'monitoring', selector: '.table-wrap', width: 390 },
  { name: 'notice', page: 'monitoring', selector: '.notice', width: 1280 },
];

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

/** The site's languages: the default one at the root, the others as top-level folders with an index. */
function languages(dir: string): { lang: string; prefix: string }[] {
  const root = fs.readFileSync(path.join(dir, 'index.html'), 'utf8').match(/<html[^>]*\blang="([^"]+)"/)?.[1] ?? 'default';
  const others = fs
    .readdirSync(dir)
    .filter((name) => /^[a-z]{2}$/.test(name) && fs.existsSync(path.join(dir, name, 'index.html')))
    .sort();
  return [{ lang: root, prefix: '' }, ...others.map((lang) => ({ lang, prefix: `${lang}/` }))];
}

function pagesOfType(files: string[], prefix: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const type of PAGE_TYPES) {
    const file = files.find((name) => name.startsWith(prefix) && type.pattern.test(name.slice(prefix.length)));
    if (file) found.set(type.name, file.replace(/index\.html$/, ''));
  }
  return found;
}

async function shoot(page: Page, url: string, width: number, file: string): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
  await page.goto(url, { waitUntil: 'load' });
  const height = Math.min(MAX_HEIGHT, await page.evaluate(() => document.documentElement.scrollHeight));
  await page.screenshot({ path: file, clip: { x: 0, y: 0, width, height }, fullPage: true });
}

/**
 * The web editor as the editors' guides show it, in the site's language: the sign-in page, the list of
 * publications, a publication's form and a project's texts per language, each at a desktop's width.
 */
async function shootEditor(page: Page, siteUrl: string, out: string): Promise<void> {
  fs.mkdirSync(out, { recursive: true });
  await page.addInitScript(pickPrivateFolder);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${siteUrl}admin/`);
  await fillRepository(page, repositoryFiles(process.cwd()));
  const lang = await page.evaluate(() => document.documentElement.lang);
  const words = editorWords(process.cwd(), lang);
  const signIn = page.getByRole('button', { name: words.work_with_local_repo });
  await signIn.waitFor();
  await page.screenshot({ path: path.join(out, `sign-in-${lang}.png`) });
  await signIn.click();
  await signIn.waitFor({ state: 'detached' });
  await page.waitForTimeout(1500);
  await page.screenshot({ path: path.join(out, `publications-${lang}.png`) });
  await page.goto(`${siteUrl}admin/#/collections/publications/new`);
  await box(page, 'title').fill(lang === 'bg' ? 'Резултати от проверката през есента' : 'Results of the autumn check');
  await page.waitForTimeout(500);
  await page.screenshot({ path: path.join(out, `publication-form-${lang}.png`) });
  await page.goto(`${siteUrl}admin/#/collections/projects/new`);
  await page.waitForTimeout(1000);
  await field(page, 'title').screenshot({ path: path.join(out, `texts-per-language-${lang}.png`) });
  console.log(`web editor pictures in ${path.relative(process.cwd(), out)}/`);
}

async function main(): Promise<void> {
  const executablePath = findBrowser();
  if (!executablePath) throw new Error('No Chromium found: apt-get install chromium-headless-shell (or chromium), or set CHROMIUM_PATH.');
  const out = option('--out');
  const dir = await siteFolderOrBuild(process.argv.slice(2).find((arg) => !arg.startsWith('--') && arg !== out));
  const folder = path.resolve(out ?? 'screenshots');
  fs.mkdirSync(folder, { recursive: true });
  const files = htmlFiles(dir);
  const server = await serveStatic(dir);
  const browser = await launchBrowser(executablePath);
  const page = await browser.newPage();
  let count = 0;
  try {
    if (process.argv.includes('--editor')) {
      // A browser in the site's language, as its editors' (another would offer its own language in a banner).
      const lang = /<html lang="([^"]+)"/.exec(fs.readFileSync(path.join(dir, 'admin', 'index.html'), 'utf8'))?.[1] ?? 'en';
      return await shootEditor(await browser.newPage({ locale: lang }), server.url, path.resolve('docs', 'web-editor'));
    }
    const rootPages = pagesOfType(files, '');
    for (const { lang, prefix } of languages(dir)) {
      for (const [type, pagePath] of pagesOfType(files, prefix)) {
        for (const width of WIDTHS) {
          await shoot(page, server.url + pagePath, width, path.join(folder, `${type}-${lang}-${width}.png`));
          count += 1;
        }
      }
    }
    console.log(`${count} screenshots in ${path.relative(process.cwd(), folder) || '.'}/`);
    if (process.argv.includes('--docs')) {
      const docs = path.resolve('docs', 'design');
      fs.mkdirSync(docs, { recursive: true });
      for (const component of COMPONENTS) {
        const pagePath = rootPages.get(component.page);
        if (pagePath === undefined) continue;
        await page.setViewportSize({ width: component.width, height: 900 });
        await page.goto(server.url + pagePath, { waitUntil: 'load' });
        const element = page.locator(component.selector).first();
        if ((await element.count()) === 0) {
          console.warn(`docs: no ${component.selector} on the ${component.page} page; ${component.name}.png not written`);
          continue;
        }
        await element.screenshot({ path: path.join(docs, `${component.name}.png`) });
      }
      console.log(`component pictures in docs/design/`);
    }

  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
