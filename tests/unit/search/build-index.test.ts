import { describe, expect, it } from 'vitest';
import { pageUrl, prepareForIndex } from '../../../src/search/build-index';

describe('pageUrl', () => {
  it('turns a built file into its URL without the base path', () => {
    expect(pageUrl('index.html')).toBe('/');
    expect(pageUrl('en/projects/x/index.html')).toBe('/en/projects/x/');
  });
});

describe('prepareForIndex', () => {
  it('marks <main> as the only indexed part and adds Bulgarian stems', () => {
    const html = '<html lang="bg"><body><header>Меню</header><main id="main"><h1>Общините</h1></main><footer>x</footer></body></html>';
    expect(prepareForIndex(html)).toBe(
      '<html lang="bg"><body><header>Меню</header><main data-pagefind-body id="main"><h1>Общините</h1><div hidden data-pagefind-weight="0.5">⁂ общин</div></main><footer>x</footer></body></html>',
    );
  });
});
