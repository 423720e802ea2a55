import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEARCH_FILTER } from '../quality/built-html';
import { afterBuild } from './after-build';
import { outsideProject } from './out-dir';

function builtSite(pages: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrina-after-build-'));
  for (const [file, html] of Object.entries(pages)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), html);
  }
  return dir;
}

const logged: string[] = [];
const logger = { info: (message: string) => void logged.push(message), warn: (message: string) => void logged.push(`warn: ${message}`) };
const step = (outDir: string) => ({ outDir, site: 'https://site.test', base: '/', cacheDir: path.join(outDir, '..', `${path.basename(outDir)}-cache`), started: Date.now(), lang: 'en' as const, logger });
const SEARCH_MARKER = `data-pagefind-filter="${SEARCH_FILTER}"`;
const page = (body: string) => `<!doctype html><html lang="en"><head><meta name="t" ${SEARCH_MARKER} content="Page"><link rel="canonical" href="https://site.test/"></head><body><main><h1>Title</h1>${body}</main></body></html>`;

describe('the steps after the build', () => {
  it('write the host files, the search index and the sitemap of a consistent site, and check its links', async () => {
    const dir = builtSite({ 'index.html': page('<a href="/about/">a</a>'), 'about/index.html': '<a href="/">home</a>' });
    await afterBuild(step(dir));
    expect(fs.readFileSync(path.join(dir, '_headers'), 'utf8')).toContain("frame-ancestors 'none'");
    expect(fs.readFileSync(path.join(dir, 'nginx-security-headers.conf'), 'utf8')).toContain('add_header X-Frame-Options "DENY" always;');
    expect(fs.existsSync(path.join(dir, 'pagefind/pagefind.js'))).toBe(true);
    expect(fs.readFileSync(path.join(dir, 'sitemap.xml'), 'utf8')).toContain('<loc>https://site.test/</loc>');
    expect(logged).toContain('search index: 1 pages (en 1)');
    expect(logged.at(-1)).toMatch(/^all internal links resolve/);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('warn when _headers has more rules than Cloudflare Pages reads', async () => {
    // A rule per top-level folder: 120 standing pages at the top of the site.
    const pages = Object.fromEntries(Array.from({ length: 120 }, (_, index) => [`page-${index}/index.html`, '<a href="/">home</a>']));
    const dir = builtSite({ 'index.html': '<a href="/">home</a>', ...pages });
    logged.length = 0;
    await afterBuild(step(dir));
    expect(logged.filter((line) => line.startsWith('warn: _headers has'))).toEqual([expect.stringMatching(/^warn: _headers has 1\d\d rules, and Cloudflare Pages reads only the first 100/)]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("keep a site's own _headers from public/", async () => {
    const dir = builtSite({ 'index.html': '<a href="/">home</a>', _headers: '/*\n  X-Own: yes\n' });
    await afterBuild(step(dir));
    expect(fs.readFileSync(path.join(dir, '_headers'), 'utf8')).toBe('/*\n  X-Own: yes\n');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('fail and delete the output when the search index fails, though every link resolves', async () => {
    // Marked for the index but without <main>: pagefind is never started, the build must still fail.
    const dir = builtSite({ 'index.html': `<html lang="en"><head><meta ${SEARCH_MARKER} content="x"></head><body><a href="/">home</a></body></html>` });
    await expect(afterBuild(step(dir))).rejects.toThrow(/index\.html: marked for search but has no <main> element\. This is not a mistake in the content; nothing was published/);
    expect(fs.existsSync(dir)).toBe(false);
  });

  it('fail and delete the output on a broken link', async () => {
    const dir = builtSite({ 'index.html': '<a href="/missing/">x</a>' });
    await expect(afterBuild(step(dir))).rejects.toThrow(/1 broken link\(s\).*\n {2}index\.html: \/missing\/ — no such page or file/);
    expect(fs.existsSync(dir)).toBe(false);
  });
});

describe('an output folder outside the project', () => {
  it('is told apart from one inside by path, not by the start of the string', () => {
    expect(outsideProject('/work/site/dist/.prerender', '/work/site')).toBe(false);
    expect(outsideProject('/work/site-out/.prerender', '/work/site')).toBe(true);
    expect(outsideProject('/tmp/out/.prerender', '/work/site')).toBe(true);
    expect(outsideProject('/work/.astro', '/work/site')).toBe(true);
  });
});
