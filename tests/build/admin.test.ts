import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { say } from '../../src/i18n/editor-messages';
import { htmlFiles } from '../support/build-site';
import { readAtRoot, sharedSite, type SharedBuild } from '../support/shared-sites';

/**
 * /admin/ in the built example site (docs/web-editor.md): the bundled editor and the files made from
 * the site, and nothing of it in any other page: no link, no script, no loosened policy, no sitemap
 * entry. The editor itself is tested in Chromium by tests/e2e/admin.test.ts.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
let build: SharedBuild;
const read = (file: string) => readAtRoot(build.outDir, file);

beforeAll(async () => {
  build = await sharedSite('example');
});

describe('the web editor in the built site', () => {
  it('is the pinned version of Sveltia CMS with the configuration made from the site', () => {
    for (const file of ['admin/index.html', 'admin/start.js', 'admin/sveltia-cms.js', 'admin/config.yml', 'admin/LICENSE.txt']) {
      expect(fs.existsSync(path.join(build.outDir, file)), file).toBe(true);
    }
    const pinned = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).devDependencies['@sveltia/cms'];
    expect(JSON.parse(read('admin/version.json'))).toEqual({ name: '@sveltia/cms', version: pinned });
    const config = parse(read('admin/config.yml'));
    expect(config.collections.map((c: { name: string }) => c.name)).toEqual(['publications', 'publications-mdx', 'pages', 'projects', 'recommendations', 'datasets', 'settings']);
    expect(config.i18n).toMatchObject({ locales: ['bg', 'en', 'ru'], default_locale: 'bg' });
    // Its fonts are files of the site, not a CDN's.
    expect(fs.readdirSync(path.join(build.outDir, 'admin/assets')).filter((file) => file.endsWith('.woff2'))).toHaveLength(3);
    // What scripts/build-admin.mjs takes out: the CDN fonts, the GitHub status check, the zoom lock.
    const bundle = read('admin/sveltia-cms.js');
    expect(bundle).not.toContain('cdn.jsdelivr.net');
    expect(bundle).toContain('checkStatus:void 0');
    expect(bundle).not.toContain('maximum-scale=1');
  });

  it('says when GitHub sign-in cannot work for want of a repository', () => {
    expect(build.output).toContain(say('admin.noRepo', {}, 'en'));
  });

  it('adds nothing to the other pages: no link to it, no script of it, their policy unchanged', () => {
    const pages = htmlFiles(build.outDir);
    expect(pages.length).toBeGreaterThan(100);
    const touched = pages.filter((file) => {
      const html = read(file);
      return /(?:href|src|action)="(?:[^"]*\/)?admin\//.test(html) || html.includes('api.github.com') || /'unsafe-inline'|'unsafe-eval'/.test(html);
    });
    expect(touched).toEqual([]);
    expect(read('sitemap.xml')).not.toContain('/admin/');
  });
});

describe('the bundling of the web editor (scripts/build-admin.mjs, at npm install and npm pack)', () => {
  it('replaces the folder only when the editor changed, and whole: a build copying it meanwhile never finds it half made', () => {
    fs.mkdirSync(path.join(ROOT, '.vitrina'), { recursive: true });
    const work = fs.mkdtempSync(path.join(ROOT, '.vitrina', 'admin-bundle-'));
    const outdir = path.join(work, 'admin');
    const bundle = () => spawnSync(process.execPath, [path.join(ROOT, 'scripts/build-admin.mjs'), '--outdir', outdir], { encoding: 'utf8' });
    try {
      expect(bundle().status).toBe(0);
      const main = path.join(outdir, 'sveltia-cms.js');
      const made = fs.readFileSync(main);
      const old = new Date('2020-01-01T00:00:00Z');
      fs.utimesSync(main, old, old);
      // The same editor: the folder is left as it was, nothing beside it.
      expect(bundle().status).toBe(0);
      expect(fs.statSync(main).mtime).toEqual(old);
      expect(fs.readdirSync(work)).toEqual(['admin']);
      // A file that differs (an older editor): the whole folder is made again.
      fs.writeFileSync(main, '// an older editor\n');
      fs.writeFileSync(path.join(outdir, 'left-over.js'), '');
      expect(bundle().status).toBe(0);
      expect(fs.readFileSync(main)).toEqual(made);
      expect(fs.existsSync(path.join(outdir, 'left-over.js'))).toBe(false);
      expect(fs.readdirSync(work)).toEqual(['admin']);
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  });
});
