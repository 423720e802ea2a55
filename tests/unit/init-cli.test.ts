import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { SUPPORTED_LOCALES } from '../../src/i18n/locales';
import { astroNodeOptions } from '../../scripts/lib/build-cli';
import { checkCli } from '../../scripts/lib/check-cli';
import { initCli } from '../../scripts/lib/init-cli';
import { readPackageFacts } from '../../scripts/lib/package-facts';
import { vitrinaCli } from '../../scripts/lib/vitrina-cli';

const ROOT = path.resolve(import.meta.dirname, '../..');
// 2026-05-28: "today" in the files, and the day the check compares the accessibility review with.
// No VITRINA_CONTENT_DIR: the check must read the new site's own content/.
const ENV = { SOURCE_DATE_EPOCH: '1780000000', LANG: 'en_GB.UTF-8' };
const FACTS = { version: '9.8.7', astro: '^7.3.5' };
let cwd: string;

beforeEach(() => {
  cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrina-init-'));
});

interface Run {
  interactive?: boolean;
  answers?: string[];
  env?: NodeJS.ProcessEnv;
}

async function init(argv: string[], { interactive = false, answers = [], env = ENV }: Run = {}) {
  const printed: string[] = [];
  const asked: string[] = [];
  const code = await initCli({
    argv,
    env,
    cwd,
    print: (text) => printed.push(text),
    ask: async (question) => {
      asked.push(question.split('\n')[0] ?? '');
      return answers.shift() ?? '';
    },
    interactive,
    vitrina: FACTS,
  });
  return { code, output: printed.join('\n'), asked };
}

/**
 * The check of a new site: no error, and as warnings only the instructions it is written with
 * (src/check/placeholder-texts.ts), one per passage to replace: `count` of them.
 */
function expectOnlyInstructions(site: string, count: number) {
  const { code, output } = check(site);
  expect(code).toBe(0);
  const problems = output.split('\n').filter((line) => /^\S+:\d+:\d+/.test(line));
  expect(problems.filter((line) => !/: the instruction ".+" from the new site is still here \(warning\)$/.test(line))).toEqual([]);
  expect(problems).toHaveLength(count);
  expect(output).toContain(`0 error(s), ${count} warning(s).`);
}

function check(site: string) {
  const printed: string[] = [];
  const code = checkCli({ argv: [], env: ENV, root: path.join(cwd, site), print: (text) => printed.push(text) });
  return { code, output: printed.join('\n') };
}

const read = (...parts: string[]) => fs.readFileSync(path.join(cwd, ...parts), 'utf8');
const files = (dir: string): string[] => (fs.existsSync(dir) ? (fs.readdirSync(dir, { recursive: true }) as string[]).map((file) => file.split(path.sep).join('/')).sort() : []);

describe('vitrina init', () => {
  it('makes a Bulgarian site without a question, whose check finds only the instructions to replace', async () => {
    const { code, output, asked } = await init(['site', '--name', 'Проба', '--lang', 'bg'], { interactive: true });
    expect(code).toBe(0);
    expect(asked).toEqual([]);
    expect(output).toMatchInlineSnapshot(`
      "Сайтът на Проба е създаден в site.

      Следващи стъпки (повече има в README.md):
        cd site
        npm install
        npm run dev   # показва сайта на http://localhost:4321/

      Преди сайтът да бъде публикуван, заменете текста в [квадратни скоби] в content/pages/: страницата „За нас“ и декларацията за достъпност."
    `);
    // Per language, "About us" has one instruction, the accessibility statement seven, the example
    // project's summary one (in every language of the site: three).
    expectOnlyInstructions('site', 3 * 8 + 3);

    expect(files(path.join(cwd, 'site'))).toEqual([
      '.github',
      '.github/workflows',
      '.github/workflows/check.yml',
      '.github/workflows/pages.yml',
      '.gitignore',
      '.nvmrc',
      'README.md',
      'astro.config.mjs',
      'content',
      'content/files',
      'content/files/.gitkeep',
      'content/pages',
      'content/pages/bg',
      'content/pages/bg/about.md',
      'content/pages/bg/accessibility.md',
      'content/pages/en',
      'content/pages/en/about.md',
      'content/pages/en/accessibility.md',
      'content/pages/ru',
      'content/pages/ru/about.md',
      'content/pages/ru/accessibility.md',
      'content/projects',
      'content/projects/nashiyat-parvi-proekt.yaml',
      'content/publications',
      'content/publications/bg',
      'content/publications/bg/noviyat-ni-sayt-e-otvoren.md',
      'content/publications/en',
      'content/publications/en/noviyat-ni-sayt-e-otvoren.md',
      'content/publications/ru',
      'content/publications/ru/noviyat-ni-sayt-e-otvoren.md',
      'content/site.yaml',
      'data',
      'data/.gitkeep',
      'package.json',
      'src',
      'src/content.config.ts',
      'tsconfig.json',
    ]);
    expect(JSON.parse(read('site', 'package.json'))).toEqual({
      name: 'site',
      private: true,
      type: 'module',
      engines: { node: '>=22.12' },
      scripts: {
        dev: 'ASTRO_TELEMETRY_DISABLED=1 astro dev',
        build: 'ASTRO_TELEMETRY_DISABLED=1 vitrina build',
        preview: 'ASTRO_TELEMETRY_DISABLED=1 astro preview',
        check: 'vitrina check',
        new: 'vitrina new',
        translations: 'vitrina translations',
        'data:release': 'vitrina release',
      },
      dependencies: { astro: '^7.3.5', vitrina: '9.8.7' },
    });
    expect(read('site', 'astro.config.mjs')).toBe(`// @ts-check
import { defineConfig } from 'astro/config';
import vitrina from 'vitrina';

export default defineConfig({ integrations: [vitrina()] });
`);
    expect(read('site', 'src', 'content.config.ts')).toBe(`import { vitrinaCollections } from 'vitrina/collections';

export const collections = vitrinaCollections();
`);
    expect(JSON.parse(read('site', 'tsconfig.json'))).toEqual({ extends: 'astro/tsconfigs/strict', include: ['.astro/types.d.ts', '**/*'], exclude: ['dist'] });
    expect(read('site', '.gitignore')).toBe('node_modules/\ndist/\n.dist.staging/\n.dist.previous/\n.astro/\n.cache/\n');
    expect(read('site', '.nvmrc')).toBe('24\n');

    const site = parse(read('site', 'content', 'site.yaml'));
    expect(site).toMatchObject({ name: { bg: 'Проба', en: 'Проба', ru: 'Проба' }, locales: ['bg', 'en', 'ru'], defaultLocale: 'bg', url: 'https://example.org' });
    expect(site.accessibility.reviewed).toBe('2026-05-28');
    // Each translation of the first publication is in its own language and belongs to the project.
    const titles = SUPPORTED_LOCALES.map((lang) => parse(read('site', 'content', 'publications', lang, 'noviyat-ni-sayt-e-otvoren.md').split('---')[1] ?? ''));
    expect(titles.map((front) => [front.title, front.project])).toEqual([
      ['Новият ни сайт е отворен', 'nashiyat-parvi-proekt'],
      ['Our new website is open', 'nashiyat-parvi-proekt'],
      ['Наш новый сайт открыт', 'nashiyat-parvi-proekt'],
    ]);
    expect(read('site', 'README.md')).toMatch(/^# Проба\n[\s\S]*content\/pages\/<език>\/[\s\S]*## Командите[\s\S]*npm run check[\s\S]*GitHub Pages[\s\S]*editors-guide\.bg\.md/);
  });

  it('writes an "about" page and an accessibility statement in every language, each a template to fill in', async () => {
    await init(['site', '--name', 'Фондация „Проба“', '--lang', 'bg']);
    const pages = path.join(cwd, 'site', 'content', 'pages');
    // The same file names in every language folder: each page is the others' translation.
    expect(SUPPORTED_LOCALES.map((lang) => files(path.join(pages, lang)))).toEqual(SUPPORTED_LOCALES.map(() => ['about.md', 'accessibility.md']));
    const page = (lang: string, slug: string) => {
      const [, front = '', body = ''] = read('site', 'content', 'pages', lang, `${slug}.md`).split(/^---$/m);
      return { front: parse(front), body };
    };
    expect(SUPPORTED_LOCALES.map((lang) => [page(lang, 'about').front.title, page(lang, 'accessibility').front.title])).toEqual([
      ['За нас', 'Декларация за достъпност'],
      ['About us', 'Accessibility statement'],
      ['О нас', 'Заявление о доступности'],
    ]);
    // The comment in the front matter is in the main language, wherever the page is.
    expect(read('site', 'content', 'pages', 'en', 'about.md')).toMatch(/^---\n# Всяко поле е описано в node_modules\/vitrina\/src\/schemas\/page\.ts\. .*\[квадратни скоби\]/);
    for (const lang of SUPPORTED_LOCALES) {
      const about = page(lang, 'about');
      const statement = page(lang, 'accessibility');
      expect([about.front, statement.front], lang).toEqual([
        { title: expect.any(String), summary: expect.any(String), updated: '2026-05-28', draft: false },
        { title: expect.any(String), summary: expect.any(String), updated: '2026-05-28', draft: false },
      ]);
      expect(about.body, lang).toContain('Фондация „Проба“');
      // What only the organisation can say is an instruction in square brackets, for it to replace.
      expect(about.body, lang).toMatch(/^\[[^\]]{20,}\]$/m);
      expect(statement.body.match(/\[[^\]]{20,}\]/g)?.length, lang).toBeGreaterThanOrEqual(5);
      // The EU model statement's five sections: conformance, content not accessible, preparation,
      // feedback, enforcement.
      expect(statement.body.match(/^## /gm), lang).toHaveLength(5);
      // The page shows the standard, conformance, review date and contact from site.yaml above the
      // text; the text points there instead of repeating them, so they cannot disagree.
      expect(statement.body, lang).not.toMatch(/info@example\.org|2026|WCAG 2\.2|partial|частично|частичн/i);
    }
    expect(page('en', 'accessibility').body.match(/^## .*/gm)).toEqual([
      '## Conformance status',
      '## Content that is not accessible',
      '## How this statement was prepared',
      '## Feedback and contact',
      '## Enforcement procedure',
    ]);
  });

  it('writes the organisation’s name in the pages as text, not as Markdown', async () => {
    await init(['site', '--name', '[Re]Start *Now* <Ltd>', '--languages', 'en']);
    expect(read('site', 'content', 'pages', 'en', 'about.md')).toContain('This website is run by \\[Re\\]Start \\*Now\\* \\<Ltd\\>.');
    // The name's brackets are text, not an instruction: only the eight passages to replace are named.
    expectOnlyInstructions('site', 9);
  });

  it('makes an English-only site with --languages en, whose check finds only the instructions to replace', async () => {
    const { code } = await init(['only-en', '--name', 'Test Foundation', '--languages', 'en']);
    expect(code).toBe(0);
    expect(parse(read('only-en', 'content', 'site.yaml'))).toMatchObject({ locales: ['en'], defaultLocale: 'en', name: { en: 'Test Foundation' }, description: { en: expect.any(String) } });
    expect(files(path.join(cwd, 'only-en', 'content', 'publications'))).toEqual(['en', 'en/our-new-website-is-open.md']);
    expect(files(path.join(cwd, 'only-en', 'content', 'pages'))).toEqual(['en', 'en/about.md', 'en/accessibility.md']);
    expect(read('only-en', 'content', 'pages', 'en', 'about.md')).toContain('This website is run by Test Foundation.');
    expect(read('only-en', 'content', 'site.yaml')).not.toMatch(/^\s+(bg|ru):/m);
    expectOnlyInstructions('only-en', 9);
    // The main language must be one the site publishes in.
    expect((await init(['other', '--name', 'T', '--languages', 'en', '--lang', 'bg'])).code).toBe(2);
    expect((await init(['other', '--name', 'T', '--languages', 'en,fr'])).code).toBe(2);
  });

  it('installs Vitrina from --from: a range or URL as given, a local tarball named from the new site', async () => {
    await init(['a', '--name', 'T', '--lang', 'en', '--from', '^0.3.0']);
    expect(JSON.parse(read('a', 'package.json')).dependencies.vitrina).toBe('^0.3.0');
    await init(['b', '--name', 'T', '--lang', 'en', '--from=git+https://example.org/vitrina.git#v0.3.0']);
    expect(JSON.parse(read('b', 'package.json')).dependencies.vitrina).toBe('git+https://example.org/vitrina.git#v0.3.0');
    fs.writeFileSync(path.join(cwd, 'vitrina-0.3.0.tgz'), '');
    await init(['sites/c', '--name', 'T', '--lang', 'en', '--from', './vitrina-0.3.0.tgz']);
    expect(JSON.parse(read('sites', 'c', 'package.json')).dependencies.vitrina).toBe('file:../../vitrina-0.3.0.tgz');
    const missing = await init(['d', '--name', 'T', '--lang', 'en', '--from', './none.tgz']);
    expect(missing.code).toBe(2);
    expect(missing.output).toBe('--from ./none.tgz: there is no such file or folder');
    expect(fs.existsSync(path.join(cwd, 'd'))).toBe(false);
  });

  it('refuses a folder that is not empty, and writes nothing', async () => {
    fs.mkdirSync(path.join(cwd, 'taken'));
    fs.writeFileSync(path.join(cwd, 'taken', 'notes.txt'), 'mine');
    const { code, output } = await init(['taken', '--name', 'Проба', '--lang', 'bg']);
    expect(code).toBe(1);
    expect(output).toBe('taken съществува и не е празна папка; нищо не е записано. Изберете нова папка или изпразнете тази.');
    expect(files(path.join(cwd, 'taken'))).toEqual(['notes.txt']);
    // An empty folder is fine.
    fs.mkdirSync(path.join(cwd, 'empty'));
    expect((await init(['empty', '--name', 'Проба', '--lang', 'bg'])).code).toBe(0);
  });

  it('asks in the chosen language what the flags do not give, when there is a terminal', async () => {
    const named = await init(['ru-site', '--lang', 'ru'], { interactive: true, answers: ['Фонд «Проба»'] });
    expect(named.code).toBe(0);
    expect(named.asked).toEqual(['Название организации в том виде, в каком его должен показывать сайт']);
    expect(parse(read('ru-site', 'content', 'site.yaml')).name.ru).toBe('Фонд «Проба»');

    // The language question is in the shell's language; the next one in the language chosen.
    const both = await init(['en-site'], { interactive: true, answers: ['en', 'Test Foundation'], env: { ...ENV, LANG: 'bg_BG.UTF-8' } });
    expect(both.asked).toEqual(['Основен език на сайта (и на тези въпроси): bg (български), en (English), ru (русский) [bg]', "The organisation's name, as the site should show it"]);
    expect(parse(read('en-site', 'content', 'site.yaml'))).toMatchObject({ locales: ['en', 'bg', 'ru'], defaultLocale: 'en' });

    const empty = await init(['no-name', '--lang', 'en'], { interactive: true, answers: [''] });
    expect(empty).toMatchObject({ code: 2, output: "the organisation's name must not be empty" });
  });

  it('asks nothing without a terminal: the language from the shell, the name required', async () => {
    const russian = await init(['quiet', '--name', 'Проба'], { env: { ...ENV, LANG: 'ru_RU.UTF-8' } });
    expect(russian).toMatchObject({ code: 0, asked: [] });
    expect(parse(read('quiet', 'content', 'site.yaml'))).toMatchObject({ locales: ['ru', 'bg', 'en'], defaultLocale: 'ru' });

    const nameless = await init(['nameless', '--lang', 'bg']);
    expect(nameless).toEqual({ code: 2, asked: [], output: 'задайте името на организацията с --name "…" (няма терминал, в който да се попита за него)' });
    expect(fs.existsSync(path.join(cwd, 'nameless'))).toBe(false);
  });

  it('prints its usage for --help (0), and with a missing folder or an unknown option (2)', async () => {
    expect((await init(['--help'])).code).toBe(0);
    const noFolder = await init(['--name', 'T']);
    expect(noFolder.code).toBe(2);
    expect(noFolder.output).toMatch(/^say which folder to create the site in, e\.g\. vitrina init my-site\n\nUsage: vitrina init <folder>/);
    expect((await init(['x', '--colour', 'red'])).output).toMatch(/^unknown option --colour\n\nUsage:/);
    expect((await init(['x', '--lang', 'de', '--name', 'T'])).code).toBe(2);
  });

  it('writes the repository’s GitHub Pages workflow, with npm install and no npm cache (a new site has no lock file)', async () => {
    await init(['site', '--name', 'T', '--lang', 'ru']);
    const steps = (text: string) => text.split('\n').filter((line) => line.trim() && !line.trim().startsWith('#'));
    const expected = steps(fs.readFileSync(path.join(ROOT, '.github/workflows/pages.yml'), 'utf8'))
      .filter((line) => line.trim() !== 'cache: npm')
      .map((line) => line.replace('npm ci --no-audit --no-fund', 'npm install --no-audit --no-fund'));
    expect(steps(read('site', '.github', 'workflows', 'pages.yml'))).toEqual(expected);
  });

  it('writes the repository’s check workflow, which annotates pull requests, with its comments in the site’s language', async () => {
    await init(['site', '--name', 'T', '--lang', 'bg']);
    const written = read('site', '.github', 'workflows', 'check.yml');
    const steps = (text: string) => text.split('\n').filter((line) => line.trim() && !line.trim().startsWith('#'));
    const own = fs.readFileSync(path.join(ROOT, '.github/workflows/check.yml'), 'utf8');
    expect(steps(written)).toEqual(steps(own).filter((line) => line.trim() !== 'cache: npm'));
    // Valid YAML that GitHub runs on every pull request, with the check in GitHub's format.
    const workflow = parse(written);
    expect(Object.keys(workflow.on)).toEqual(['pull_request', 'push']);
    expect(workflow.jobs.check.steps.map((step: { run?: string; uses?: string }) => step.run ?? step.uses)).toEqual([
      'actions/checkout@v4',
      'actions/setup-node@v4',
      'npm install --no-audit --no-fund',
      'npm run check -- --format github',
    ]);
    expect(written).toMatch(/^# Проверява content\/ и data\/ при всеки pull request/);
    expect(written).toContain('# По-ново качване в същия клон');
    expect(read('site', 'README.md')).toContain('`.github/workflows/check.yml`');
    // Each language has its own comments, and each writes valid YAML.
    for (const lang of ['en', 'ru']) {
      await init([`site-${lang}`, '--name', 'T', '--lang', lang]);
      const text = read(`site-${lang}`, '.github', 'workflows', 'check.yml');
      expect(steps(text), lang).toEqual(steps(written));
      expect(parse(text), lang).toEqual(workflow);
    }
    expect(read('site-en', '.github', 'workflows', 'check.yml')).toMatch(/^# Checks content\/ and data\/ on every pull request/);
    expect(read('site-ru', '.github', 'workflows', 'check.yml')).toMatch(/^# Проверяет content\/ и data\/ при каждом pull request/);
  });
});

describe('the vitrina command', () => {
  async function vitrina(argv: string[]) {
    const printed: string[] = [];
    const code = await vitrinaCli({ argv, env: ENV, root: path.join(ROOT, 'tests/fixtures/basic-site'), print: (text) => printed.push(text), ask: async () => '', interactive: false, vitrina: FACTS });
    return { code, output: printed.join('\n') };
  }

  it('prints its usage (0), its version (0), and refuses an unknown command (2)', async () => {
    expect(await vitrina([])).toMatchObject({ code: 0, output: expect.stringMatching(/^Usage: vitrina <command>/) });
    expect((await vitrina(['--help'])).code).toBe(0);
    expect(await vitrina(['--version'])).toEqual({ code: 0, output: '9.8.7' });
    const unknown = await vitrina(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.output).toMatch(/^unknown command "frobnicate"\n\nUsage: vitrina <command>/);
  });

  it('hands check and new their arguments', async () => {
    const printed: string[] = [];
    const direct = checkCli({ argv: [], env: ENV, root: path.join(ROOT, 'tests/fixtures/basic-site'), print: (text) => printed.push(text) });
    expect(await vitrina(['check'])).toEqual({ code: direct, output: printed.join('\n') });
    expect((await vitrina(['check', '--lang', 'fr'])).code).toBe(2);
    expect((await vitrina(['new', '--frobnicate'])).code).toBe(2);
  });

  it('reads its version and the Astro range from Vitrina’s package.json', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(readPackageFacts(pathToFileURL(path.join(ROOT, 'scripts/vitrina.ts')).href)).toEqual({
      version: manifest.version,
      astro: manifest.peerDependencies?.astro ?? manifest.dependencies.astro,
    });
  });
});

describe('the bundled command (scripts/build-cli.mjs)', () => {
  let out = '';
  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

  it('builds a bundle that runs as plain JavaScript', () => {
    // Inside the repository, so the bundle's imports (yaml, astro/zod) resolve from its node_modules.
    fs.mkdirSync(path.join(ROOT, '.vitrina'), { recursive: true });
    out = fs.mkdtempSync(path.join(ROOT, '.vitrina', 'cli-bundle-'));
    const bundle = path.join(out, 'lib', 'vitrina.mjs');
    const built = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build-cli.mjs'), '--outfile', bundle], { encoding: 'utf8' });
    expect(built.stderr).toBe('');
    expect(built.status).toBe(0);
    expect(fs.readFileSync(bundle, 'utf8')).toMatch(/^\/\/ Generated by scripts\/build-cli\.mjs/);
    const run = spawnSync(process.execPath, [bundle, '--version'], { encoding: 'utf8', env: { PATH: process.env.PATH } });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe(JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
  });

  it('writes the bundle again only when it changed, and whole: a command started meanwhile reads one or the other', () => {
    const bundle = path.join(out, 'lib', 'vitrina.mjs');
    const old = new Date('2020-01-01T00:00:00Z');
    fs.utimesSync(bundle, old, old);
    const again = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build-cli.mjs'), '--outfile', bundle], { encoding: 'utf8' });
    expect(again.status).toBe(0);
    // The same bundle: not written (`npm pack` in a test leaves lib/ alone while other tests build).
    expect(fs.statSync(bundle).mtime).toEqual(old);
    // A different one (here, an older file): replaced by a rename, no temporary file left.
    fs.writeFileSync(bundle, '// an older bundle\n');
    expect(spawnSync(process.execPath, [path.join(ROOT, 'scripts/build-cli.mjs'), '--outfile', bundle]).status).toBe(0);
    expect(fs.readFileSync(bundle, 'utf8')).toMatch(/^\/\/ Generated by scripts\/build-cli\.mjs/);
    expect(fs.readdirSync(path.dirname(bundle))).toEqual(['vitrina.mjs']);
  });
});

describe('astro build under the vitrina command', () => {
  // What Astro does first: import astro.config.mjs with Node, and only if that fails, through Vite.
  const importConfig = (options: string[]) =>
    spawnSync(process.execPath, [...options, '--input-type=module', '-e', `await import(${JSON.stringify(pathToFileURL(path.join(ROOT, 'astro.config.mjs')).href)})`], { cwd: ROOT, encoding: 'utf8' });

  it('from the source, lets Node import astro.config.mjs and the engine, which it cannot unaided', () => {
    const options = astroNodeOptions(pathToFileURL(path.join(ROOT, 'scripts/lib/build-cli.ts')).href);
    expect(options[0]).toBe('--import');
    expect(importConfig([]).stderr).toMatch(/ERR_MODULE_NOT_FOUND/);
    const loaded = importConfig(options);
    expect(loaded.stderr).toBe('');
    expect(loaded.status).toBe(0);
  });

  it('installed, the bundled command, adds nothing: the engine under node_modules is loaded as Astro loads it', () => {
    expect(astroNodeOptions(pathToFileURL(path.join(ROOT, 'node_modules/vitrina/lib/vitrina.mjs')).href)).toEqual([]);
  });
});
