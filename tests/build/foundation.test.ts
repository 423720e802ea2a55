import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, htmlFiles, type BuildResult } from '../support/build-site';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/basic-site');

let build: BuildResult;
const read = (page: string) => fs.readFileSync(path.join(build.outDir, page), 'utf8');
const langOf = (html: string) => /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1];

beforeAll(async () => {
  // In the repository itself, for golden files that hold on any clone (tests/support/build-site.ts).
  build = await buildSite({
    contentDir: path.join(FIXTURE, 'content'),
    dataDir: path.join(FIXTURE, 'data'),
    env: { SOURCE_DATE_EPOCH: '1767225600' }, // 2026-01-01
    inRepository: true,
  });
  if (build.code !== 0) throw new Error(`fixture build failed:\n${build.output}`);
});

describe('the fixture site build', () => {
  it('builds each page once in its own language, with no copy of untranslated documents', () => {
    const pages = htmlFiles(build.outDir);
    expect(pages).toContain('index.html');
    expect(pages).toContain('en/index.html');
    expect(pages).toContain('ru/index.html');
    expect(pages).toContain('publications/parva-novina/index.html');
    expect(pages).toContain('en/publications/parva-novina/index.html');
    expect(pages).toContain('ru/publications/press-reliz/index.html');
    // Untranslated: no English or Russian copy of the Bulgarian campaign post.
    expect(pages).toContain('publications/kampania-nomer-edno/index.html');
    expect(pages).not.toContain('en/publications/kampania-nomer-edno/index.html');
    expect(pages).not.toContain('ru/publications/kampania-nomer-edno/index.html');
    expect(pages).not.toContain('publications/press-reliz/index.html');
    expect(pages).toContain('404.html');
  });

  it('never builds a draft', () => {
    expect(htmlFiles(build.outDir).some((page) => page.includes('chernova'))).toBe(false);
    expect(read('publications/index.html')).not.toContain('Чернова');
  });

  it('sets the page language and the hreflang alternates', () => {
    expect(langOf(read('index.html'))).toBe('bg');
    expect(langOf(read('en/publications/parva-novina/index.html'))).toBe('en');
    expect(langOf(read('ru/publications/press-reliz/index.html'))).toBe('ru');
    const bg = read('publications/parva-novina/index.html');
    expect(bg).toContain('<link rel="alternate" hreflang="en" href="https://test.example.org/en/publications/parva-novina/">');
    expect(bg).toContain('<link rel="alternate" hreflang="bg" href="https://test.example.org/publications/parva-novina/">');
    // A page with no translation has no alternates.
    expect(read('publications/kampania-nomer-edno/index.html')).not.toContain('hreflang="en" href="https://');
  });

  it('lists untranslated publications in other locales, marked with their language, linking to the original', () => {
    const en = read('en/publications/index.html');
    expect(en).toMatch(/<a href="\/publications\/kampania-nomer-edno\/" hreflang="bg" lang="bg"[^>]*>Публикация № 1 от кампанията<\/a>/);
    expect(en).toContain('in Bulgarian');
    expect(en).toMatch(/<a href="\/ru\/publications\/press-reliz\/" hreflang="ru" lang="ru"[^>]*>/);
    // The translated one is listed in English, once.
    expect(en.match(/First news about the project/g)).toHaveLength(1);
    expect(en).not.toContain('Първа новина за проекта');
  });

  it('has a language switcher that says once, briefly, when a translation is missing', () => {
    const bg = read('publications/kampania-nomer-edno/index.html');
    const switcher = /<nav class="lang-switcher"[\s\S]*?<\/nav>/.exec(bg)?.[0] ?? '';
    expect(switcher).toContain('aria-current="true"');
    // The untranslated languages come last, after one short note, and lead to their home pages.
    expect(switcher).toMatch(/<li class="lang-missing"><span class="lang-missing-note">Няма превод; начална страница:<\/span><a href="\/en\/" hreflang="en" lang="en">English<\/a>/);
    expect(switcher.match(/Няма превод/g)).toHaveLength(1);
    const translated = /<nav class="lang-switcher"[\s\S]*?<\/nav>/.exec(read('publications/parva-novina/index.html'))?.[0] ?? '';
    expect(translated).toContain('<a href="/en/publications/parva-novina/" hreflang="en" lang="en">English</a>');
  });

  it('shows a publication with dates, project, activity, attachment format and size, and the funding notice', () => {
    const html = read('publications/parva-novina/index.html');
    expect(html).toMatch(/<time datetime="2023-03-30"[^>]*>30 март 2023 г.<\/time>/);
    expect(html).toMatch(/<time datetime="2023-07-27"[^>]*>27 юли 2023 г.<\/time>/);
    expect(html).toContain('Тестов проект за гражданско участие');
    expect(html).toContain('1. Проучване');
    const bytes = fs.statSync(path.join(FIXTURE, 'content/files/docs/report.pdf')).size;
    expect(bytes).toBeGreaterThan(1000);
    expect(html).toContain(`(PDF, ${Math.round(bytes / 1000)} KB)`);
    expect(html).toContain('href="/files/docs/report.pdf"');
    expect(fs.readFileSync(path.join(build.outDir, 'files/docs/report.pdf')).length).toBe(bytes);
    expect(html).toContain('Проектът се финансира от Европейския съюз.');
    expect(html).toContain('Бенефициентът носи цялата отговорност за съдържанието.');
    expect(html).toMatch(/<img[^>]+alt="Емблема на Европейския съюз"/);
  });

  it('formats money and dates for the page locale and derives the project status from the dates', () => {
    const bg = read('projects/test-project/index.html').replace(/[\u00a0\u202f]/g, ' ');
    expect(bg).toContain('350 280,08 лв.');
    expect(bg).toContain('приключил');
    const en = read('en/projects/test-project/index.html').replace(/[\u00a0\u202f]/g, ' ');
    expect(en).toContain('BGN 350,280.08');
    expect(en).toContain('completed');
    // A Russian project page falls back to Bulgarian text, marked with its language.
    const ru = read('ru/projects/test-project/index.html');
    expect(ru).toContain('<h1 lang="bg">Тестов проект за гражданско участие</h1>');
  });

  it('filters publications by type, project and year on static pages', () => {
    const pages = htmlFiles(build.outDir);
    expect(pages).toContain('publications/type/campaign/index.html');
    expect(pages).toContain('publications/project/test-project/index.html');
    expect(pages).toContain('publications/year/2017/index.html');
    const campaign = read('publications/type/campaign/index.html');
    expect(campaign).toContain('Публикация № 1 от кампанията');
    expect(campaign).not.toContain('Първа новина за проекта');
  });

  it('links only to pages that exist', () => {
    const pages = new Set(htmlFiles(build.outDir));
    const broken: string[] = [];
    for (const page of pages) {
      for (const [, href] of read(page).matchAll(/\s(?:href|src)="(\/[^"#?]*)/g)) {
        const target = href!.endsWith('/') ? `${href!.slice(1)}index.html` : href!.slice(1);
        if (!pages.has(target) && !fs.existsSync(path.join(build.outDir, target))) broken.push(`${page} → ${href}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('links a standing page that is not translated to its original', () => {
    const ru = read('ru/index.html');
    expect(ru).toContain('<a href="/about/" hreflang="bg">О нас</a>');
    expect(read('en/index.html')).toContain('<a href="/en/about/">About</a>');
  });
});

/**
 * Golden files (STYLE.md habit 10): a change to what this fixture builds must be a deliberate act.
 * The golden manifest lists the SHA-256 of every text file of the output (images and the search
 * index are binary and belong to sharp and pagefind; the web editor's bundle belongs to Sveltia CMS,
 * and only the two files made from the site are listed); three pages are kept whole, so a diff shows what
 * changed. Accept a change on purpose with `npx vitest run tests/build/foundation.test.ts -u`, and
 * commit the golden files with it; CI never writes them.
 */
const GOLDEN = '../fixtures/basic-site.golden';
const GOLDEN_PAGES = ['index.html', 'en/publications/parva-novina/index.html', 'projects/test-project/index.html'];
const TEXT_OUTPUT = /\.(html|xml|json|jsonld|ttl|csv|txt|svg|js|css|conf|yml)$|(^|\/)(_headers|SHA256SUMS)$/;
const EDITOR_BUNDLE = /^admin\/(?!index\.html$|config\.yml$)/;

describe('the fixture site against its golden files', () => {
  it('builds the same text files, byte for byte', async () => {
    const files = (fs.readdirSync(build.outDir, { recursive: true }) as string[])
      .map((file) => file.split(path.sep).join('/'))
      .filter((file) => !file.startsWith('pagefind/') && !EDITOR_BUNDLE.test(file) && TEXT_OUTPUT.test(file) && fs.statSync(path.join(build.outDir, file)).isFile())
      .sort();
    expect(files.length).toBeGreaterThan(30);
    const manifest = files.map((file) => `${createHash('sha256').update(fs.readFileSync(path.join(build.outDir, file))).digest('hex')}  ${file}`).join('\n');
    await expect(`${manifest}\n`).toMatchFileSnapshot(`${GOLDEN}/manifest.sha256`);
  });

  it.each(GOLDEN_PAGES)('builds %s as kept', async (page) => {
    await expect(read(page)).toMatchFileSnapshot(`${GOLDEN}/${page.replaceAll('/', '__')}`);
  });
});
