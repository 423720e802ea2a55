import { describe, expect, it } from 'vitest';
import { decodeEntities, scanTags } from './html-scan.ts';
import { checkLinks, formatLinkProblem, pageUrlPath, type SiteFiles } from './links.ts';

function site(files: Record<string, string>): SiteFiles {
  return { list: () => Object.keys(files), read: (file) => files[file]! };
}

const page = (body: string, head = '') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('scanTags', () => {
  it('reads attributes in every quoting style, decodes entities and skips scripts and comments', () => {
    const tags = scanTags(`<a href="/a?x=1&amp;y=2" data-x='q>r' hidden>t</a><!-- <a href="/no"> --><script>let s = '<a href="/js">'</script><img src=/i.png alt="">`);
    expect(tags.map((tag) => [tag.name, tag.attributes])).toEqual([
      ['a', { href: '/a?x=1&y=2', 'data-x': 'q>r', hidden: '' }],
      ['script', {}],
      ['img', { src: '/i.png', alt: '' }],
    ]);
    expect(decodeEntities('&#x41;&#66;&quot;&unknown;')).toBe('AB"&unknown;');
  });
});

describe('checkLinks', () => {
  it('maps page files to URL paths under the base', () => {
    expect(pageUrlPath('index.html', '/')).toBe('/');
    expect(pageUrlPath('en/x/index.html', '/vitrina/')).toBe('/vitrina/en/x/');
    expect(pageUrlPath('404.html', '/vitrina')).toBe('/vitrina/404.html');
  });

  it('accepts a consistent site under a sub-path, with relative links, srcset, fragments and canonical URLs', () => {
    const files = site({
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
    expect(checkLinks(files, { base: '/b/', site: 'https://site.test' })).toEqual([]);
  });

  it('names the page and the link of each problem', () => {
    const files = site({
      'index.html': page(
        `<a href="/missing/">a</a><a href="/en/#nowhere">b</a><a href="javascript:alert(1)">c</a>
         <img src="/gone.png" alt=""><a href="">d</a><a href="https://site.test/nope/">e</a>`,
      ),
      'en/index.html': page('<h1 id="top">x</h1>'),
    });
    expect(checkLinks(files, { base: '/', site: 'https://site.test' }).map(formatLinkProblem)).toMatchInlineSnapshot(`
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
    const files = site({
      'a/index.html': page('<h2 id="early">x</h2><a href="/z/#late">ok</a><a href="/z/#gone">no</a>'),
      'index.html': page('<a href="/a/#early">ok</a><a href="/a/#missing">no</a><a href="/z/#late">ok</a><a href="/z/#nope">no</a>'),
      'z/index.html': page('<h2 id="late">y</h2>'),
    });
    expect(checkLinks(files, { base: '/' }).map(formatLinkProblem)).toEqual([
      'a/index.html: /z/#gone — no element with id "gone" in z/index.html',
      'index.html: /a/#missing — no element with id "missing" in a/index.html',
      'index.html: /z/#nope — no element with id "nope" in z/index.html',
    ]);
  });

  it('reports links that leave the base path', () => {
    const files = site({ 'index.html': page('<a href="/publications/">x</a>'), 'publications/index.html': page('') });
    expect(checkLinks(files, { base: '/vitrina/' }).map((problem) => problem.reason)).toEqual(["outside the site's base path /vitrina/"]);
  });
});
