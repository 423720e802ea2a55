import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { isArticlePage, pageWeigher, weightStats } from '../../../scripts/bench/weight.ts';

const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrina-bench-weight-'));
afterAll(() => fs.rmSync(dist, { recursive: true, force: true }));
const gz = (text: string) => gzipSync(text, { level: 9 }).length;

function write(file: string, text: string | Buffer) {
  fs.mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
  fs.writeFileSync(path.join(dist, file), text);
}

describe('page weights', () => {
  const css = 'body{color:#111}@font-face{font-family:N;src:url(/fonts/n.woff2) format("woff2")}';
  const js = 'console.log("enhance")';
  write('_astro/site.css', css);
  write('_astro/app.js', js);
  write('fonts/n.woff2', Buffer.alloc(1000, 7));
  const page =
    '<html><head><link rel="stylesheet" href="/_astro/site.css"><style>h1{margin:0}</style>' +
    '<script type="application/ld+json">{"@type":"Article"}</script><script type="module" src="/_astro/app.js"></script></head>' +
    '<body><h1>Заглавие</h1></body></html>';
  write('publications/a-post/index.html', page);
  write('publications/page/2/index.html', '<html><body>list</body></html>');

  it('counts the HTML, external CSS and JS gzipped, and the fonts the CSS names', () => {
    const weight = pageWeigher(dist)('publications/a-post/index.html');
    expect(weight).toEqual({
      file: 'publications/a-post/index.html',
      html: gz(page),
      css: gz('h1{margin:0}') + gz(css),
      js: gz(js),
      fonts: 1000,
      total: gz(page) + gz(css) + gz(js) + 1000,
    });
  });

  it('tells article pages from lists', () => {
    expect(isArticlePage('publications/a-post/index.html')).toBe(true);
    expect(isArticlePage('en/publications/a-post/index.html')).toBe(true);
    expect(isArticlePage('publications/page/2/index.html')).toBe(false);
    expect(isArticlePage('publications/index.html')).toBe(false);
  });

  it('gives medians and the largest page', () => {
    const weigh = pageWeigher(dist);
    const stats = weightStats(['publications/a-post/index.html', 'publications/page/2/index.html'].map(weigh));
    expect(stats?.pages).toBe(2);
    expect(stats?.largest.file).toBe('publications/a-post/index.html');
  });
});

describe('route times from the build log', async () => {
  const { routeOf, routeTimes } = await import('../../../scripts/bench/routes.ts');
  it('groups written files into routes', () => {
    expect(routeOf('/en/publications/a-post/')).toBe('/publications/*');
    expect(routeOf('/publications/year/2024/')).toBe('/publications/year/*');
    expect(routeOf('/ru/publications/page/3/')).toBe('/publications/page/*');
    expect(routeOf('/cards/bg/publications/a-post.png')).toBe('/cards/publications/*');
    expect(routeOf('/')).toBe('/');
  });
  it('adds up the time per route', () => {
    const log = '  ├─ /publications/a/ (+12ms)\n  ├─ /en/publications/b/ (+8ms)\n  └─ /about/ (+3ms)\n';
    expect(routeTimes(log)).toEqual([
      { route: '/publications/*', files: 2, totalMs: 20 },
      { route: '/about', files: 1, totalMs: 3 },
    ]);
  });
});
