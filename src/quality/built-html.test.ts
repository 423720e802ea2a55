import { describe, expect, it } from 'vitest';
import { pageTags, readBuiltPage } from './built-html.ts';

const page = (body: string, head = '', lang = 'bg') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const MARKER = '<meta data-pagefind-filter="type[content]" content="publication">';

describe('readBuiltPage', () => {
  it('decodes named, numeric and hexadecimal character references in attributes and text', () => {
    const html = page('<main><a href="/a?x=1&amp;y=2&#38;z=&#x33;" title="&eacute;">Общини &mdash; &#1086;бщините&nbsp;и</a></main>');
    const facts = readBuiltPage(html);
    expect(facts.links).toEqual(['/a?x=1&y=2&z=3']);
    expect(facts.main?.text).toBe(' Общини — общините\u00a0и ');
  });

  it('reads attributes without quotes, in single quotes and without a value', () => {
    const facts = readBuiltPage(page(`<a href=/unquoted id=top>x</a><a href='/single' name='old' hidden>y</a><img src=/i.png alt=x>`));
    expect(facts.links).toEqual(['/unquoted', '/single', '/i.png']);
    expect(facts.anchors).toEqual(['top', 'old']);
  });

  it('splits srcset into its URLs as the HTML standard does, trims values and lists each URL once', () => {
    const html = page(
      `<img src=" /a.png " srcset="/a.png 1x, /a@2x.png 2x"><picture><source srcset="/b.webp 480w,/c.webp 800w,/d.webp"></picture>` +
        `<img srcset="data:image/png;base64,iVBOR, /e.png 2x" alt=""><a href="/a@2x.png">x</a>`,
    );
    expect(readBuiltPage(html).links).toEqual(['/a.png', '/a@2x.png', '/b.webp', '/c.webp', '/d.webp', 'data:image/png;base64,iVBOR', '/e.png']);
  });

  it('finds ids inside inline SVG and the links of SVG elements, and locates the outermost SVG', () => {
    const svg = '<svg viewBox="0 0 10 10"><defs><linearGradient id="fill"/></defs><g id="bar-1"><use xlink:href="#dot"/><rect/></g><svg id="inner"></svg></svg>';
    const html = page(`<main><p>a</p>${svg}<p id="after">b</p></main>`);
    const facts = readBuiltPage(html);
    expect(facts.anchors).toEqual(['fill', 'bar-1', 'inner', 'after']);
    expect(facts.links).toEqual(['#dot']);
    expect(facts.svg.map(([start, end]) => html.slice(start, end))).toEqual([svg]);
    // Text inside the drawing is not text of the page.
    expect(facts.main?.text.trim().split(/\s+/)).toEqual(['a', 'b']);
  });

  it('leaves out comments, the text of scripts and the content of templates', () => {
    const facts = readBuiltPage(page(`<!-- <a href="/comment"> --><script>let s = '<a href="/script" id="s">';</script><template><a href="/template" id="t">x</a></template><a href="/real">y</a>`));
    expect(facts.links).toEqual(['/real']);
    expect(facts.anchors).toEqual([]);
    const main = readBuiltPage(page('<main>Общините<template><p>Шаблон</p><template>В</template></template><!-- бележка --><script>скрипт</script>доклади</main>')).main;
    expect(main?.text.trim().split(/\s+/)).toEqual(['Общините', 'доклади']);
  });

  it('finds the marker meta element of the search index with the parser, not the string', () => {
    expect(readBuiltPage(page('<main>x</main>', MARKER)).searchable).toBe(true);
    expect(readBuiltPage(page('<main>x</main>', "<meta content=x data-pagefind-filter='type[content]'>")).searchable).toBe(true);
    // The same characters in a comment, in text or on another element do not mark the page.
    const lookalikes = [
      page('<main>x</main>', `<!-- ${MARKER} -->`),
      page('<main><p>data-pagefind-filter="type[content]"</p></main>'),
      page('<main><div data-pagefind-filter="type[content]"></div></main>'),
      page('<main>x</main>', '<meta data-pagefind-filter="year[content]" content="2026">'),
    ];
    expect(lookalikes.map((html) => readBuiltPage(html).searchable)).toEqual([false, false, false, false]);
  });

  it('reads what the search index needs: the language, and where <main> opens and closes', () => {
    const html = page('<header>Меню</header><main id="main"><h1>Общините</h1></main><footer>x</footer>', MARKER, 'bg-BG');
    const facts = readBuiltPage(html);
    expect(facts.lang).toBe('bg-BG');
    expect(html.slice(facts.main!.nameEnd - 5, facts.main!.nameEnd)).toBe('<main');
    expect(html.slice(facts.main!.closeStart)).toMatch(/^<\/main><footer>/);
    expect(facts.main).toMatchObject({ body: false, text: ' Общините ' });
    expect(readBuiltPage(page('<main data-pagefind-body>x</main>')).main?.body).toBe(true);
  });

  it('tells a page that is not marked for search, has no language or no <main>', () => {
    const facts = readBuiltPage('<!doctype html><html><head><title>Не е намерена</title></head><body><h1>404</h1></body></html>');
    expect(facts).toMatchObject({ searchable: false, lang: undefined, main: undefined, canonical: undefined, alternates: [], noindex: false });
  });

  it('reads the canonical URL, the hreflang alternates and robots noindex from <head> only', () => {
    const head =
      '<link rel="canonical" href="https://site.test/a/?x=1&amp;y=2"><link rel="alternate" hreflang="en" href="https://site.test/en/a/">' +
      '<link rel="alternate" type="application/atom+xml" href="/feed.xml"><link rel="alternate" hreflang="x-default" href="">';
    const facts = readBuiltPage(page('<link rel="canonical" href="https://site.test/body/">', head));
    expect(facts.canonical).toBe('https://site.test/a/?x=1&y=2');
    expect(facts.alternates).toEqual([{ hreflang: 'en', url: 'https://site.test/en/a/' }]);
    expect(readBuiltPage(page('', '<meta name="robots" content="NOINDEX, follow">')).noindex).toBe(true);
    expect(readBuiltPage(page('<meta name="robots" content="noindex">')).noindex).toBe(false);
  });
});

describe('pageTags', () => {
  it('lists every start tag with decoded attributes and the text of scripts', () => {
    const tags = pageTags(`<a href="/a?x=1&amp;y=2" data-x='q>r' hidden>t</a><!-- <a href="/no"> --><script>let s = '<a href="/js">'</script><img src=/i.png alt="">`);
    expect(tags).toEqual([
      { name: 'a', attributes: { href: '/a?x=1&y=2', 'data-x': 'q>r', hidden: '' } },
      { name: 'script', attributes: {}, text: `let s = '<a href="/js">'` },
      { name: 'img', attributes: { src: '/i.png', alt: '' } },
    ]);
  });
});
