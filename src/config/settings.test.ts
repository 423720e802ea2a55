import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseVitrinaOptions, VitrinaOptionsError } from './options';
import { integrationLanguage, loadVitrinaConfig, resolvePaths, today } from './settings';

const EXAMPLE = path.resolve(import.meta.dirname, '../..');
const CACHE = path.join(os.tmpdir(), 'vitrina-settings-test-cache');

/** A site whose site.yaml is the example's with `url` and `base` replaced. */
function site(url: string, base?: string): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrina-settings-'));
  fs.mkdirSync(path.join(root, 'content'));
  const yaml = fs.readFileSync(path.join(EXAMPLE, 'content/site.yaml'), 'utf8').replace(/^url:.*$/m, `url: ${url}`).replace(/^base:.*$/m, '');
  fs.writeFileSync(path.join(root, 'content/site.yaml'), base ? `${yaml}\nbase: ${base}\n` : yaml);
  return root;
}

describe('vitrina() options', () => {
  it('default to content/ and data/', () => {
    expect(parseVitrinaOptions(undefined)).toEqual({ content: 'content', data: 'data', mdx: 'safe', editor: { enabled: true, branch: 'main', workflow: 'editorial' } });
    expect(parseVitrinaOptions({ site: 'https://example.org', base: '/monitoring/', messages: 'bg' })).toMatchObject({ site: 'https://example.org', base: '/monitoring/', messages: 'bg' });
  });

  it('stop with a message naming each wrong option, without a stack trace', () => {
    let error: unknown;
    try {
      parseVitrinaOptions({ content: '', sit: 'x', base: 'monitoring', messages: 'de' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(VitrinaOptionsError);
    const { message, stack } = error as Error;
    expect(message).toMatchInlineSnapshot(`
      "Invalid options passed to vitrina() in astro.config.mjs:
        content: must not be empty
        base: must start with / and hold lower-case path segments, e.g. /monitoring/
        messages: Invalid option: expected one of "bg"|"en"|"ru"
        sit: not an option of vitrina() (the options are content, data, site, base, messages, mdx, editor)"
    `);
    expect(stack).not.toMatch(/\n\s+at /);
    expect(() => parseVitrinaOptions({ site: 'ftp://example.org' })).toThrow(/site: must be an http\(s\) address/);
    expect(() => parseVitrinaOptions('content')).toThrow(VitrinaOptionsError);
    expect(() => parseVitrinaOptions({ editor: { repo: 'my site', workflow: 'pr' } })).toThrow(
      /editor\.repo: must be a GitHub repository as owner\/name[\s\S]*editor\.workflow: must be "editorial"/,
    );
  });
});

describe('settings precedence: environment over options over site.yaml', () => {
  const read = (root: string, options: object, env: Record<string, string> = {}) => loadVitrinaConfig({ root, options, env, cacheDir: CACHE });

  it('takes the address and sub-path from site.yaml when nothing overrides them', () => {
    const config = read(site('https://from-yaml.example', '/yaml/'), {});
    expect([config.site.url, config.site.base]).toEqual(['https://from-yaml.example', '/yaml/']);
  });

  it('lets the options override site.yaml', () => {
    const config = read(site('https://from-yaml.example', '/yaml/'), { site: 'https://from-options.example', base: '/options/' });
    expect([config.site.url, config.site.base]).toEqual(['https://from-options.example', '/options/']);
  });

  it('lets the deploy-time environment override the options', () => {
    const env = { VITRINA_SITE: 'https://from-env.example', VITRINA_BASE: '/env/' };
    const config = read(site('https://from-yaml.example', '/yaml/'), { site: 'https://from-options.example', base: '/options/' }, env);
    expect([config.site.url, config.site.base]).toEqual(['https://from-env.example', '/env/']);
    // An empty variable (a CI template left blank) overrides nothing.
    expect(read(site('https://from-yaml.example', '/yaml/'), { base: '/options/' }, { VITRINA_BASE: '' }).site.base).toBe('/options/');
  });

  it('takes the web editor’s repository from the options, else from GitHub Actions', () => {
    const root = site('https://from-yaml.example');
    expect(read(root, {}).editor.repo).toBeUndefined();
    expect(read(root, {}, { GITHUB_REPOSITORY: 'my-ngo/site' }).editor.repo).toBe('my-ngo/site');
    expect(read(root, { editor: { repo: 'my-ngo/other' } }, { GITHUB_REPOSITORY: 'my-ngo/site' }).editor).toEqual({ enabled: true, repo: 'my-ngo/other', branch: 'main', workflow: 'editorial' });
  });

  it('resolves the folders from the environment, else the options, else content/ and data/', () => {
    expect(resolvePaths('/site', { content: 'content', data: 'data' }, {})).toEqual({ root: '/site', content: '/site/content', data: '/site/data' });
    expect(resolvePaths('/site', { content: 'texts', data: '/srv/data' }, {})).toEqual({ root: '/site', content: '/site/texts', data: '/srv/data' });
    expect(resolvePaths('/site', { content: 'texts', data: 'data' }, { VITRINA_CONTENT_DIR: 'other/content', VITRINA_DATA_DIR: '/tmp/d' })).toEqual({ root: '/site', content: '/site/other/content', data: '/tmp/d' });
  });

  it('reads the cache folder, the message language and "today" from the environment', () => {
    const root = site('https://example.org');
    const config = read(root, { messages: 'bg' }, { SOURCE_DATE_EPOCH: '1780000000', VITRINA_CACHE_DIR: 'cache' });
    expect(config).toMatchObject({ cacheDir: path.join(root, 'cache'), messages: 'bg', today: '2026-05-28' });
    expect(read(root, { messages: 'bg' }, { VITRINA_LANG: 'en' }).messages).toBe('en');
    expect(read(root, { messages: 'ru' }).messages).toBe('ru');
    expect(read(root, {}).cacheDir).toBe(CACHE);
    expect(today({ SOURCE_DATE_EPOCH: 'soon' })).toBe(new Date().toISOString().slice(0, 10));
  });

  it('names the line of a mistake in site.yaml', () => {
    const root = site('not an address');
    expect(() => read(root, {})).toThrow(/content\/site\.yaml:\d+:\d+ url: /);
  });
});

describe('the language the integration speaks', () => {
  const root = site('https://example.org');
  const paths = resolvePaths(root, parseVitrinaOptions({}), {});
  const siteDefault = fs.readFileSync(path.join(root, 'content/site.yaml'), 'utf8').match(/^defaultLocale: (\w+)/m)?.[1];

  it('in astro dev, is the terminal’s, else the site’s default language, as the check’s report', () => {
    expect(siteDefault).toBe('bg');
    expect(integrationLanguage('dev', {}, { LANG: 'ru_RU.UTF-8' }, paths)).toBe('ru');
    expect(integrationLanguage('dev', {}, { LANG: 'C.UTF-8' }, paths)).toBe('bg');
    expect(integrationLanguage('dev', { messages: 'en' }, { LANG: 'ru_RU.UTF-8' }, paths)).toBe('en');
    expect(integrationLanguage('dev', {}, { LANG: 'ru_RU.UTF-8', VITRINA_LANG: 'en' }, paths)).toBe('en');
  });

  it('is the language of the settings the pages and loaders get, when the integration passes it', () => {
    expect(loadVitrinaConfig({ root, env: { LANG: 'ru_RU.UTF-8' }, cacheDir: CACHE }).messages).toBe('en');
    const messages = integrationLanguage('dev', {}, { LANG: 'ru_RU.UTF-8' }, paths);
    expect(loadVitrinaConfig({ root, env: { LANG: 'ru_RU.UTF-8' }, cacheDir: CACHE, messages }).messages).toBe('ru');
  });

  it('in a build, is English unless VITRINA_LANG or the options say otherwise: its log is read by others', () => {
    expect(integrationLanguage('build', {}, { LANG: 'ru_RU.UTF-8' }, paths)).toBe('en');
    expect(integrationLanguage('build', { messages: 'bg' }, {}, paths)).toBe('bg');
    expect(integrationLanguage('build', {}, { VITRINA_LANG: 'ru' }, paths)).toBe('ru');
  });
});
