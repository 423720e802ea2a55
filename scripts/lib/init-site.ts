import path from 'node:path';
import { slugify } from '../../src/i18n/slug';
import type { Locale } from '../../src/i18n/locales';
import { PAGE_TEXTS, STARTER_PAGES, type StarterPage } from './init-page-texts';
import { SITE_TEXTS, type SiteTexts } from './init-texts';
import type { PlannedFile } from './new-entry';

/** Everything `vitrina init` needs to write a site; the CLI gathers it from flags or questions. */
export interface SiteRequest {
  /** The new site's folder, absolute. */
  folder: string;
  /** The organisation's name, written in every language until someone translates it. */
  name: string;
  /** The main language: the default locale, and the language of comments and README. */
  lang: Locale;
  /** The languages the site publishes in, `lang` among them. */
  locales: readonly Locale[];
  /** The `vitrina` dependency: a version, a git URL, a `file:` path. */
  vitrina: string;
  /** The `astro` dependency, the range Vitrina asks for. */
  astro: string;
  /** YYYY-MM-DD: the accessibility review and the first publication. */
  today: string;
}

const quote = (text: string) => JSON.stringify(text);
const comments = (lines: readonly string[], indent = '') => lines.map((line) => `${indent}# ${line}`);
/** `text` as it reads, not as Markdown: a name such as "[Re]Start *Now*" stays that, not a link or emphasis. */
const markdownText = (text: string) => text.replace(/[\\`*_[\]<>]/g, '\\$&');

/** The npm name of the site: the folder's name transliterated, never "vitrina" itself (npm refuses a package that depends on its own name). */
export function packageName(folder: string, lang: Locale): string {
  const name = slugify(path.basename(folder), lang).slice(0, 214);
  return name && name !== 'vitrina' ? name : 'vitrina-site';
}

/** Plans every file of a new site; writes nothing. */
export function planSite(request: SiteRequest): PlannedFile[] {
  const main = SITE_TEXTS[request.lang];
  const project = slugify(main.projectTitle, request.lang);
  const post = slugify(main.postTitle, request.lang);
  const at = (...parts: string[]) => path.join(request.folder, ...parts);
  return [
    { file: at('package.json'), content: packageJson(request) },
    { file: at('astro.config.mjs'), content: ASTRO_CONFIG },
    { file: at('src', 'content.config.ts'), content: CONTENT_CONFIG },
    { file: at('tsconfig.json'), content: `${JSON.stringify({ extends: 'astro/tsconfigs/strict', include: ['.astro/types.d.ts', '**/*'], exclude: ['dist'] }, null, 2)}\n` },
    // .dist.staging/ and .dist.previous/: what `vitrina build` leaves beside dist/ if it is killed.
    { file: at('.gitignore'), content: 'node_modules/\ndist/\n.dist.staging/\n.dist.previous/\n.astro/\n.cache/\n' },
    { file: at('.nvmrc'), content: '24\n' },
    { file: at('README.md'), content: main.readme(request.name) },
    { file: at('.github', 'workflows', 'pages.yml'), content: workflow(main) },
    { file: at('.github', 'workflows', 'check.yml'), content: checkWorkflow(main) },
    { file: at('content', 'site.yaml'), content: siteYaml(request) },
    { file: at('content', 'projects', `${project}.yaml`), content: projectYaml(request) },
    ...request.locales.map((lang) => ({ file: at('content', 'publications', lang, `${post}.md`), content: publication(request, lang, project) })),
    ...request.locales.flatMap((lang) => STARTER_PAGES.map((page) => ({ file: at('content', 'pages', lang, `${page}.md`), content: standingPage(request, lang, page) }))),
    { file: at('content', 'files', '.gitkeep'), content: '' },
    { file: at('data', '.gitkeep'), content: '' },
  ];
}

/** The first steps of both workflows a new site gets: its files, and Node 24. */
const CHECKOUT_AND_NODE = `      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 24`;

const ASTRO_CONFIG = `// @ts-check
import { defineConfig } from 'astro/config';
import vitrina from 'vitrina';

export default defineConfig({ integrations: [vitrina()] });
`;

const CONTENT_CONFIG = `import { vitrinaCollections } from 'vitrina/collections';

export const collections = vitrinaCollections();
`;

function packageJson(request: SiteRequest): string {
  const astro = (command: string) => `ASTRO_TELEMETRY_DISABLED=1 astro ${command}`;
  const manifest = {
    name: packageName(request.folder, request.lang),
    private: true,
    type: 'module',
    engines: { node: '>=22.12' },
    scripts: { dev: astro('dev'), build: 'ASTRO_TELEMETRY_DISABLED=1 vitrina build', preview: astro('preview'), check: 'vitrina check', new: 'vitrina new', translations: 'vitrina translations', 'data:release': 'vitrina release' },
    dependencies: { astro: request.astro, vitrina: request.vitrina },
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** A localised field: one line per language of the site. */
function localized(key: string, request: SiteRequest, text: (texts: SiteTexts) => string, indent = ''): string[] {
  return [`${indent}${key}:`, ...request.locales.map((lang) => `${indent}  ${lang}: ${quote(text(SITE_TEXTS[lang]))}`)];
}

function siteYaml(request: SiteRequest): string {
  const note = SITE_TEXTS[request.lang].comment;
  return [
    ...comments([note.site, note.name]),
    ...localized('name', request, () => request.name),
    ...localized('description', request, (texts) => texts.description),
    `locales: [${request.locales.join(', ')}]`,
    `defaultLocale: ${request.lang}`,
    ...comments([note.url]),
    'url: https://example.org',
    'base: /',
    'licence:',
    '  id: CC-BY-4.0',
    ...localized('title', request, (texts) => texts.licence, '  '),
    '  url: https://creativecommons.org/licenses/by/4.0/',
    'contact:',
    ...comments([note.email], '  '),
    '  email: info@example.org',
    'social: []',
    ...comments([note.accessibility]),
    'accessibility:',
    `  reviewed: ${request.today}`,
    '  conformance: partial',
    '  standard: WCAG 2.2 AA',
    '  contact: info@example.org',
    '',
  ].join('\n');
}

function projectYaml(request: SiteRequest): string {
  const note = SITE_TEXTS[request.lang].comment;
  return [
    ...comments([note.project]),
    ...comments([note.code]),
    `code: ${quote('XX-0000')}`,
    `language: ${request.lang}`,
    ...localized('title', request, (texts) => texts.projectTitle),
    ...localized('summary', request, (texts) => texts.projectSummary),
    'period:',
    `  start: ${request.today}`,
    'beneficiary:',
    ...localized('name', request, () => request.name, '  '),
    'activities: []',
    'indicators: []',
    '',
  ].join('\n');
}

function publication(request: SiteRequest, lang: Locale, project: string): string {
  const texts = SITE_TEXTS[lang];
  return [
    '---',
    ...comments([SITE_TEXTS[request.lang].comment.publication]),
    'type: update',
    `title: ${quote(texts.postTitle)}`,
    `summary: ${quote(texts.postSummary)}`,
    `published: ${request.today}`,
    `project: ${project}`,
    'tags: []',
    'draft: false',
    '---',
    '',
    texts.postBody,
    '',
  ].join('\n');
}

/** A standing page in `lang`; its comment is in the site's main language, like every comment. */
function standingPage(request: SiteRequest, lang: Locale, page: StarterPage): string {
  const texts = PAGE_TEXTS[lang][page];
  return [
    '---',
    ...comments([SITE_TEXTS[request.lang].comment.page]),
    `title: ${quote(texts.title)}`,
    `summary: ${quote(texts.summary)}`,
    `updated: ${request.today}`,
    'draft: false',
    '---',
    '',
    texts.body(markdownText(request.name)),
    '',
  ].join('\n');
}

/**
 * Vitrina's own .github/workflows/pages.yml for a site that has no lock file yet: `npm install`
 * instead of `npm ci`, and no `cache: npm` in setup-node, which fails without a lock file.
 * tests/unit/init-cli.test.ts compares the two, so a change to the repository's workflow shows here.
 */
function workflow(texts: SiteTexts): string {
  const note = texts.comment;
  return `${comments(note.workflow).join('\n')}
name: Deploy to GitHub Pages

on:
  push:
    branches: [main]
${comments(note.schedule, '  ').join('\n')}
  schedule:
    - cron: '17 3 * * 1'
  workflow_dispatch:

permissions:
  contents: read
  pages: write
  id-token: write

# ${note.concurrency}
concurrency:
  group: pages
  cancel-in-progress: false

jobs:
  build:
    runs-on: ubuntu-latest
    steps:
${CHECKOUT_AND_NODE}
      - id: pages
        uses: actions/configure-pages@v5
${comments(note.install, '      ').join('\n')}
      - name: Install
        run: npm install --no-audit --no-fund
      # ${note.check}
      - name: Check content
        run: npm run check
${comments(note.cache, '      ').join('\n')}
      - uses: actions/cache@v4
        with:
          path: .cache/astro
          key: vitrina-build-\${{ runner.os }}-\${{ github.sha }}
          restore-keys: vitrina-build-\${{ runner.os }}-
      - name: Build
        run: npm run build
        env:
          ASTRO_TELEMETRY_DISABLED: '1'
          VITRINA_CACHE_DIR: .cache/astro
          VITRINA_SITE: \${{ steps.pages.outputs.origin }}
          VITRINA_BASE: \${{ steps.pages.outputs.base_path }}/
      - uses: actions/upload-pages-artifact@v3
        with:
          path: dist

  deploy:
    needs: build
    runs-on: ubuntu-latest
    environment:
      name: github-pages
      url: \${{ steps.deployment.outputs.page_url }}
    steps:
      - id: deployment
        uses: actions/deploy-pages@v4
`;
}

/**
 * Vitrina's own .github/workflows/check.yml, with the comments in the site's language and, like the
 * deploy workflow, no `cache: npm` (a new site has no lock file). tests/unit/init-cli.test.ts compares
 * the two.
 */
function checkWorkflow(texts: SiteTexts): string {
  const note = texts.comment;
  return `${comments(note.checkWorkflow).join('\n')}
name: Check content

on:
  pull_request:
  push:
    branches: [main]

permissions:
  contents: read

# ${note.checkConcurrency}
concurrency:
  group: check-\${{ github.ref }}
  cancel-in-progress: true

jobs:
  check:
    runs-on: ubuntu-latest
    steps:
${CHECKOUT_AND_NODE}
${comments(note.install, '      ').join('\n')}
      - name: Install
        run: npm install --no-audit --no-fund
${comments(note.checkStep, '      ').join('\n')}
      - name: Check content
        run: npm run check -- --format github
`;
}
