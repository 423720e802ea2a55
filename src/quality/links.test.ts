import { describe, expect, it } from 'vitest';
import { readBuiltPage } from './built-html.ts';
import { checkLinks, formatLinkProblem, pageUrlPath, type PageLinks } from './links.ts';

/** A site held in memory, as the check takes it: every file, and each page as the reader found it. */
function site(files: Record<string, string>): { files: string[]; pages: PageLinks[] } {
  const pages = Object.entries(files)
    .filter(([file]) => file.endsWith('.html'))
    .map(([file, html]) => ({ file, facts: readBuiltPage(html) }));
  return { files: Object.keys(files), pages };
}

const page = (body: string, head = '') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('checkLinks', () => {
  it('maps page files to URL paths under the base', () => {
    expect(pageUrlPath('index.html', '/')).toBe('/');
    expect(pageUrlPath('en/x/index.html', '/vitrina/')).toBe('/vitrina/en/x/');
    expect(pageUrlPath('404.html', '/vitrina')).toBe('/vitrina/404.html');
  });

  it('accepts a consistent site under a sub-path, with relative links, srcset, fragments and canonical URLs', () => {
    const built = site({
      'index.html': page(
        `<a href="/b/en/">en</a><a href="en/#top">top</a><a href="#main">skip</a><main id="main"></main>
         <img src="/b/_astro/a.svg" srcset="/b/_astro/a.svg 1x, /b/_astro/a.svg 2x" alt="">
         <a href="https://example.org/elsewhere">out</a><a href="mailto:a@b.c">mail</a><a href="/b">home</a>`,
        '<link rel="canonical" href="https://site.test/b/"><link rel="icon" href="/b/favicon.svg">',
      ),
      'en/index.html': page('<h1 id="top">x</h1><a href="../files/r%20r.pdf">pdf</a><a href="../">bg</a>'),
      'files/r r.pdf': '%PDF',
      '_astro/a.svg': '<svg/>',
      'favicon.svg': '<svg/>',
    });
    expect(checkLinks(built.files, built.pages, { base: '/b/', site: 'https://site.test' })).toEqual([]);
  });

  it('names the page and the link of each problem', () => {
    const built = site({
      'index.html': page(
        `<a href="/missing/">a</a><a href="/en/#nowhere">b</a><a href="javascript:alert(1)">c</a>
         <img src="/gone.png" alt=""><a href="">d</a><a href="https://site.test/nope/">e</a>`,
      ),
      'en/index.html': page('<h1 id="top">x</h1>'),
    });
    expect(checkLinks(built.files, built.pages, { base: '/', site: 'https://site.test' }).map((problem) => formatLinkProblem(problem))).toMatchInlineSnapshot(`
      [
        "index.html:  — empty link",
        "index.html: /en/#nowhere — no element with id "nowhere" in en/index.html",
        "index.html: /gone.png — no such page or file",
        "index.html: /missing/ — no such page or file",
        "index.html: https://site.test/nope/ — no such page or file",
        "index.html: javascript:alert(1) — unsafe or unknown scheme javascript:",
      ]
    `);
  });

  it('checks fragments on pages read before and after the linking page alike', () => {
    // a/ is read before index.html and z/ after it: both kinds of fragment link are checked.
    const built = site({
      'a/index.html': page('<h2 id="early">x</h2><a href="/z/#late">ok</a><a href="/z/#gone">no</a>'),
      'index.html': page('<a href="/a/#early">ok</a><a href="/a/#missing">no</a><a href="/z/#late">ok</a><a href="/z/#nope">no</a>'),
      'z/index.html': page('<h2 id="late">y</h2>'),
    });
    expect(checkLinks(built.files, built.pages, { base: '/' }).map((problem) => formatLinkProblem(problem))).toEqual([
      'a/index.html: /z/#gone — no element with id "gone" in z/index.html',
      'index.html: /a/#missing — no element with id "missing" in a/index.html',
      'index.html: /z/#nope — no element with id "nope" in z/index.html',
    ]);
  });

  it('reports links that leave the base path', () => {
    const built = site({ 'index.html': page('<a href="/publications/">x</a>'), 'publications/index.html': page('') });
    expect(checkLinks(built.files, built.pages, { base: '/vitrina/' }).map((problem) => formatLinkProblem(problem))).toEqual([expect.stringContaining("outside the site's base path /vitrina/")]);
  });
});
