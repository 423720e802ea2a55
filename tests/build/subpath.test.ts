import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { sharedSite, SHARED_SITES, type SharedBuild } from '../support/shared-sites';
import { serveStatic, type StaticServer } from '../support/static-server';

/**
 * The example site built under a sub-path, as on GitHub Pages (https://<owner>.github.io/<repo>/).
 * Rather than listing kinds of URL, the test crawls every reference in every output file, so a
 * new kind (a feed, a download, a search index) is covered as soon as it is built.
 */
const SITE = SHARED_SITES.example.env.VITRINA_SITE;
const BASE = SHARED_SITES.example.base;
const ORIGIN = new URL(SITE).origin;

let build: SharedBuild;
let server: StaticServer;
const files: string[] = [];

beforeAll(async () => {
  // Built once per run for every test that reads it (tests/support/shared-sites.ts).
  build = await sharedSite('example');
  files.push(...(fs.readdirSync(build.outDir, { recursive: true }) as string[]).map((file) => file.split(path.sep).join('/')).filter((file) => fs.statSync(path.join(build.outDir, file)).isFile()).sort());
  server = await serveStatic(build.outDir, BASE);
});

afterAll(async () => {
  await server?.close();
});

const TEXT = /\.(html|xml|json|jsonld|ttl|txt|css|webmanifest)$/;

/** Every URL an output file refers to: attributes in HTML, `url()` in CSS, and absolute URLs anywhere. */
function references(file: string): string[] {
  const text = fs.readFileSync(path.join(build.outDir, file), 'utf8');
  const found: string[] = [];
  if (file.endsWith('.html')) {
    for (const match of text.matchAll(/\s(?:href|src|action|poster|data-pagefind-[a-z-]*url)="([^"]*)"/g)) found.push(match[1] ?? '');
    for (const match of text.matchAll(/\ssrcset="([^"]*)"/g)) found.push(...(match[1] ?? '').split(',').map((part) => part.trim().split(/\s+/)[0] ?? ''));
    for (const match of text.matchAll(/<meta[^>]+content="(https?:\/\/[^"]+)"/g)) found.push(match[1] ?? '');
  }
  for (const match of text.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) found.push(match[1] ?? '');
  // Bare URLs in text (a citation, a feed, a catalogue, the code to embed a chart), without the
  // punctuation or the quotes around them. A bare origin (the embed code's script checks where its
  // messages come from) names no file.
  const plain = text.replace(/&quot;|&#34;/g, '"');
  for (const match of plain.matchAll(/https?:\/\/[^\s"'<>(){}[\]\\]+/g)) {
    const url = match[0].replace(/[.,;:!?]+$/, '');
    if (!/^https?:\/\/[^/]+\/?$/.test(url)) found.push(url);
  }
  return found.map((url) => url.replaceAll('&amp;', '&')).filter(Boolean);
}

/** The output file a same-site URL leads to, or an explanation of what is wrong with it. */
function target(url: string, from: string): { file?: string; problem?: string } {
  const pageUrl = new URL(from.endsWith('index.html') ? from.slice(0, -'index.html'.length) : from, `${ORIGIN}${BASE}`);
  const resolved = new URL(url, pageUrl);
  if (resolved.origin !== ORIGIN) return {};
  if (!resolved.pathname.startsWith(BASE)) return { problem: 'outside the sub-path' };
  const inside = decodeURIComponent(resolved.pathname.slice(BASE.length));
  for (const candidate of [inside, `${inside}${inside === '' || inside.endsWith('/') ? '' : '/'}index.html`]) {
    const file = path.join(build.outDir, candidate);
    if (candidate && fs.existsSync(file) && fs.statSync(file).isFile()) return { file: candidate };
  }
  return { problem: 'no such file' };
}

describe(`a build under the sub-path ${BASE}`, () => {
  it('refers only to files that exist under the sub-path, from every page, feed, catalogue and style', () => {
    const problems: string[] = [];
    const reached = new Set<string>();
    for (const file of files.filter((name) => TEXT.test(name) && !name.startsWith('pagefind/'))) {
      for (const url of references(file)) {
        if (/^(mailto|tel|data|javascript):/i.test(url) || url.startsWith('#') || url.includes('${')) continue;
        // Absolute URLs of other sites (a licence, a funder) are not ours to check.
        if (/^https?:/i.test(url) && new URL(url).origin !== ORIGIN) continue;
        // The 404 page names its own address (og:url); hosts serve 404.html for any missing path.
        if (file === '404.html' && url.endsWith(`${BASE}404/`)) continue;
        const { file: found, problem } = target(url, file);
        if (problem) problems.push(`${file}: ${url} — ${problem}`);
        if (found) reached.add(found);
      }
    }
    expect(problems).toEqual([]);
    // The crawl reached every kind of file the site publishes (what exists today must stay reachable).
    const kinds = new Set([...reached].map((file) => path.extname(file) || '/'));
    for (const kind of ['.html', '.csv', '.json', '.zip', '.xml', '.pdf', '.svg']) expect(kinds, `a ${kind} file is linked`).toContain(kind);
  });

  it('serves the pages, downloads, feeds and search files from the sub-path', async () => {
    const wanted = [
      '',
      'en/',
      'sitemap.xml',
      ...files.filter((file) => /^data\/[^/]+\/[^/]+\.(csv|zip)$/.test(file)).slice(0, 2),
      ...files.filter((file) => /(^|\/)feed\.xml$/.test(file)).slice(0, 1),
      ...files.filter((file) => /^pagefind\/pagefind\.js$/.test(file)),
      ...files.filter((file) => /^files\/.+\.pdf$/.test(file)).slice(0, 1),
    ];
    for (const file of wanted) {
      const response = await fetch(new URL(file, server.url));
      expect(response.status, file).toBe(200);
    }
    // Nothing is served from the bare root: the host would not have it there.
    expect((await fetch(new URL('/sitemap.xml', server.url))).status).toBe(404);
  });

  it('serves the web editor under the sub-path, with the site’s icon and address', async () => {
    const page = await (await fetch(`${server.url}admin/`)).text();
    expect(page).toContain(`<link rel="icon" href="${BASE}favicon.svg"`);
    expect((await fetch(`${server.url}admin/start.js`)).status).toBe(200);
    // The editor reads config.yml beside its page: admin/config.yml under the sub-path.
    const config = await (await fetch(`${server.url}admin/config.yml`)).text();
    expect(config).toContain(`site_url: ${SITE}${BASE}`);
    expect(config).toContain(`src: ${BASE}favicon.svg`);
  });

  it('sets the sub-path in the search script and in robots.txt', () => {
    const robots = fs.readFileSync(path.join(build.outDir, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${SITE}${BASE}sitemap.xml`);
    const home = fs.readFileSync(path.join(build.outDir, 'index.html'), 'utf8');
    expect(home).toContain(`<link rel="canonical" href="${SITE}${BASE}"`);
  });
});
