import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { isSafeUrl, markdownSafety } from './markdown-safety.ts';

const render = async (markdown: string) => (await markdownToHtml(markdown, { hastPlugins: [markdownSafety()], features: { gfm: true } })).html;

describe('markdownSafety', () => {
  it('shows raw HTML as text, drops comments and unsafe URLs, and keeps safe links', async () => {
    const html = await render(
      [
        '<script>alert(1)</script>',
        '',
        '<!-- a note for editors -->',
        '',
        'Text <img src=x onerror="alert(2)"> [a](javascript:alert(3)) [b](JaVaScRiPt&#58;alert(4)) ![c](javascript:alert(5))',
        '',
        '[ok](https://example.org) [rel](../x/) [mail](mailto:a@b.c) [top](#top)',
      ].join('\n'),
    );
    expect(html).toMatchInlineSnapshot(`
      "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>

      <p>Text &lt;img src=x onerror="alert(2)"&gt; <a>a</a> <a>b</a> c</p>
      <p><a href="https://example.org">ok</a> <a href="../x/">rel</a> <a href="mailto:a@b.c">mail</a> <a href="#top">top</a></p>
      "
    `);
    expect(html).not.toMatch(/<script|<img|javascript:|<!--/i);
  });

  it('turns table alignment into classes', async () => {
    const html = await render('| a | b | c |\n|--:|:-:|---|\n| 1 | 2 | 3 |');
    expect(html).not.toContain('style=');
    expect(html).toContain('<th class="align-right">a</th>');
    expect(html).toContain('<td class="align-center">2</td>');
  });

  it('puts each table in a focusable scroll box named by its column headings, once', async () => {
    const html = await render('| Услуга | Дял |\n|---|--:|\n| Адресна регистрация | 12,5 |\n\nText.\n\n| x |\n|---|\n| 1 |');
    expect(html).toMatch(/^<section class="table-wrap" tabindex="0" aria-label="Услуга, Дял"><table>/);
    expect(html.match(/<section class="table-wrap"/g)).toHaveLength(2);
    expect(html).toContain('</table></section>');
  });

  it('judges URL schemes the way browsers read them', () => {
    expect(isSafeUrl('java\tscript:alert(1)')).toBe(false);
    expect(isSafeUrl(' javascript:x')).toBe(false);
    expect(isSafeUrl('data:text/html,x')).toBe(false);
    expect(isSafeUrl('vbscript:x')).toBe(false);
    expect(isSafeUrl('/files/a.pdf')).toBe(true);
    expect(isSafeUrl('a:b/c.html'.replace('a:', './a:'))).toBe(true);
    expect(isSafeUrl('tel:+359')).toBe(true);
  });
});
