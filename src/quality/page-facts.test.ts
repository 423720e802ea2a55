import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { foreignResources, scriptsOf, unsafeMarkup, unsafeNewWindowLinks } from './page-facts.ts';

describe('page facts', () => {
  it('finds markup that would run script, and ignores text that only looks like it', () => {
    const html = `<p title="<script>alert(1)</script>">&lt;script&gt;alert(2)&lt;/script&gt;</p>
      <img src=x onerror="alert(3)"><a href=" java&#9;script:alert(4)">x</a><iframe src="/x"></iframe>
      <script type="application/ld+json">{"a":"\\u003cscript\\u003e"}</script><script type="module" src="/_astro/a.js"></script>
      <script>alert(5)</script><svg><a xlink:href="javascript:alert(6)"></a></svg>`;
    expect(unsafeMarkup(html)).toEqual([
      '<img onerror>',
      '<a href=" java\tscript:alert(4)">',
      '<iframe>',
      '<script>',
      '<a xlink:href="javascript:alert(6)">',
    ]);
  });

  it('lists scripts, unsafe new-window links and foreign resources', () => {
    const html = `<script type="application/ld+json">{}</script><link rel="modulepreload" href="/_astro/x.js">
      <a href="https://a.test" target="_blank" rel="noopener">a</a><a href="/b" target="_blank" rel="noopener noreferrer">b</a>
      <img src="https://cdn.test/i.png" alt=""><link rel="stylesheet" href="//fonts.test/css"><a href="https://ok.test/">ok</a>
      <style>body{background:url(https://img.test/bg.png)}</style>`;
    expect(scriptsOf(html)).toEqual(['/_astro/x.js']);
    expect(unsafeNewWindowLinks(html)).toEqual(['https://a.test']);
    expect(foreignResources(html)).toEqual(['https://cdn.test/i.png', '//fonts.test/css', 'https://img.test/bg.png']);
  });
});

describe('inline scripts', () => {
  const body = 'console.log(1)';
  const hash = createHash('sha256').update(body).digest('base64');
  const csp = (hashes: string) => `<meta http-equiv="content-security-policy" content="script-src 'self' ${hashes}">`;

  it('trusts an inline script only when the page policy lists its hash', () => {
    expect(unsafeMarkup(`${csp(`'sha256-${hash}'`)}<script type="module">${body}</script>`)).toEqual([]);
    expect(unsafeMarkup(`${csp("'sha256-AAAA'")}<script type="module">${body}</script>`)).toEqual(['<script>']);
    expect(unsafeMarkup(`<script>${body}</script>`)).toEqual(['<script>']);
  });

  it('does not take a script written inside an attribute value for markup', () => {
    expect(unsafeMarkup(`${csp(`'sha256-${hash}'`)}<rect data-label="<script>alert(1)</script>"></rect><script>${body}</script>`)).toEqual([]);
  });
});
