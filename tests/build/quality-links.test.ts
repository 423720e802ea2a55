import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { builtPages, siteFiles } from '../../src/integrations/after-build.ts';
import { checkLinks } from '../../src/quality/links.ts';
import { buildSite, htmlFiles } from '../support/build-site.ts';
import { sharedSite } from '../support/shared-sites.ts';

/**
 * The link check as part of the build (src/integrations/link-check.ts): the example site builds
 * under a sub-path with every link resolving, and a broken link fails the build, names the page
 * and the link, and leaves no output behind.
 */
describe('links', () => {
  it('all resolve in the example site built under /vitrina/', async () => {
    // Built once per run for every test that reads it (tests/support/shared-sites.ts).
    const result = await sharedSite('example');
    expect(result.output).toContain('all internal links resolve');
    const index = fs.readFileSync(path.join(result.outDir, 'index.html'), 'utf8');
    expect(index).toContain('href="/vitrina/publications/"');
    expect(htmlFiles(result.outDir).length).toBeGreaterThan(20);
    // The same check, run again here, so that this test fails even if the integration were removed.
    expect(checkLinks(siteFiles(result.outDir), builtPages(result.outDir), { base: '/vitrina/', site: 'https://pages.example.org' })).toEqual([]);
  });

  it('fail the build when one is broken, naming the page and the link, and leave the previous site as it was', async () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrina-broken-'));
    // (An output folder outside the project is supported: determinism.test.ts builds into one too.)
    // The site as it was before this build (the link check's stage of tests/build/atomic-output.test.ts).
    const outDir = path.join(work, 'dist');
    fs.mkdirSync(outDir);
    fs.writeFileSync(path.join(outDir, 'index.html'), '<!doctype html><title>previous</title>');
    const content = path.join(work, 'content');
    fs.cpSync(path.resolve(import.meta.dirname, '../fixtures/xss-site/content'), content, { recursive: true });
    fs.writeFileSync(
      path.join(content, 'publications/bg/schupena-vrazka.md'),
      ['---', 'type: update', 'title: Счупена връзка', 'summary: Връзка към страница, която няма.', 'published: 2024-01-01', '---', '', 'Вижте [липсващата страница](/nyama-takava/) и [котвата](#nyama).', ''].join('\n'),
    );
    const result = await buildSite({ outDir, contentDir: content, dataDir: path.resolve(import.meta.dirname, '../fixtures/xss-site/data'), base: '/vitrina/' });
    expect(result.code).not.toBe(0);
    // (Root-relative Markdown links get the base path added before the check.)
    expect(result.output).toMatch(/publications\/schupena-vrazka\/index\.html: (\/vitrina)?\/nyama-takava\/ — no such page or file/);
    expect(result.output).toContain('publications/schupena-vrazka/index.html: #nyama — no element with id "nyama"');
    expect(result.output).not.toContain('Stack trace');
    expect(fs.readdirSync(work).sort()).toEqual(['content', 'dist']);
    expect(fs.readdirSync(outDir)).toEqual(['index.html']);
    expect(fs.readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('<!doctype html><title>previous</title>');
    fs.rmSync(work, { recursive: true, force: true });
  });
});
