import { describe, expect, it } from 'vitest';
import { readBuiltPage } from '../../../src/quality/built-html';
import { pageUrl, prepareForIndex } from '../../../src/search/build-index';

const prepare = (html: string) => prepareForIndex(html, readBuiltPage(html));

describe('pageUrl', () => {
  it('turns a built file into its URL without the base path', () => {
    expect(pageUrl('index.html')).toBe('/');
    expect(pageUrl('en/projects/x/index.html')).toBe('/en/projects/x/');
  });
});

describe('prepareForIndex', () => {
  it('marks <main> as the only indexed part and adds Bulgarian stems', () => {
    const html = '<html lang="bg"><body><header>Меню</header><main id="main"><h1>Общините</h1></main><footer>x</footer></body></html>';
    expect(prepare(html)).toBe(
      '<html lang="bg"><body><header>Меню</header><main data-pagefind-body id="main"><h1>Общините</h1><div hidden data-pagefind-weight="0.5">⁂ общин</div> </main><footer>x</footer></body></html>',
    );
  });

  it('adds a hidden, low-weight block of stems inside main for Bulgarian pages only, from the text of main alone', () => {
    const page = (lang: string) =>
      `<html lang="${lang}"><body><header>Общините</header><main id="main" data-pagefind-body><h1>Докладите &amp; общините</h1><script>x</script></main></body></html>`;
    expect(prepare(page('bg'))).toContain('<div hidden data-pagefind-weight="0.5">⁂ доклад общин</div></main>');
    expect(prepare(page('bg-BG'))).toContain('⁂ доклад общин</div></main>');
    expect(prepare(page('ru'))).toBe(page('ru').replace('</h1>', '</h1> '));
    // Words without a stem of their own give no block.
    expect(prepare('<html lang="bg"><main data-pagefind-body>Да и не</main></html>')).toBe('<html lang="bg"><main data-pagefind-body>Да и не</main></html>');
  });

  it('leaves inline SVG out of the copy and out of the stems, and everything else as it was', () => {
    const html =
      '<html lang="bg"><body><svg class="icon"><use href="#i"/></svg><main data-pagefind-body><p title="a > b">Общините</p>' +
      '<figure><svg viewBox="0 0 1 1"><title>Графиките</title><text>Стълбовете</text></svg></figure></main></body></html>';
    expect(prepare(html)).toBe(
      '<html lang="bg"><body><main data-pagefind-body><p title="a > b">Общините</p> <figure></figure><div hidden data-pagefind-weight="0.5">⁂ общин</div> </main></body></html>',
    );
  });

  it('puts a space after each block of main, so that a snippet never glues two blocks into one word', () => {
    const html = '<html lang="en"><body><header><p>Menu</p></header><main><dl><dt>Published</dt><dd>29 November 2026</dd><dt>Project</dt><dd><a href="/p/">Popovo</a></dd></dl></main></body></html>';
    expect(prepare(html)).toBe(
      '<html lang="en"><body><header><p>Menu</p></header><main data-pagefind-body><dl><dt>Published</dt> <dd>29 November 2026</dd> <dt>Project</dt> <dd><a href="/p/">Popovo</a></dd> </dl> </main></body></html>',
    );
  });
});
