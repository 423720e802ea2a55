import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unsafeMarkup } from '../../src/quality/page-facts.ts';
import { buildSite, htmlFiles } from '../support/build-site.ts';

/**
 * The XSS fixture (tests/fixtures/xss-site): hostile text in Markdown bodies, frontmatter, site and
 * project settings and CSV cells. Every page must build without any of it as markup, and the text
 * must still be there, escaped, so that nothing an editor wrote disappears silently.
 */
const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/xss-site');
let outDir = '';
const read = (page: string) => fs.readFileSync(path.join(outDir, page), 'utf8');

beforeAll(async () => {
  const result = await buildSite({ contentDir: path.join(FIXTURE, 'content'), dataDir: path.join(FIXTURE, 'data') });
  if (result.code !== 0) throw new Error(`the XSS fixture did not build:\n${result.output.slice(-4000)}`);
  outDir = result.outDir;
});

afterAll(() => {
  if (outDir) fs.rmSync(path.dirname(outDir), { recursive: true, force: true });
});

describe('hostile content', () => {
  it('becomes no script, handler, frame or javascript: URL on any page', () => {
    const pages = htmlFiles(outDir);
    expect(pages).toContain('publications/opasen-tekst/index.html');
    const problems = pages.flatMap((page) => unsafeMarkup(read(page)).map((markup) => `${page}: ${markup}`));
    expect(problems).toEqual([]);
  });

  it('is shown as text, escaped, in the Markdown body, the frontmatter and the settings', () => {
    const html = read('publications/opasen-tekst/index.html');
    // (Smart punctuation turns the quotes inside inline text into ‘’, hence the loose patterns.)
    for (const text of [/&lt;script&gt;alert\(.inline.\)&lt;\/script&gt;/, /&lt;script&gt;alert\('block'\)&lt;\/script&gt;/, /&lt;img src=x onerror=alert\(.img.\)&gt;/, /alert\(&#39;title&#39;\)/, /alert\(&#39;tag&#39;\)/]) {
      expect(html).toMatch(text);
    }
    // The unsafe Markdown links are kept as plain link text without their URL.
    expect(html).toMatch(/<a>Връзка<\/a>/);
    expect(html).not.toMatch(/<!--/);
  });

  it('shows CSV cells as text on the dataset page, when the site has dataset pages', () => {
    const page = htmlFiles(outDir).find((file) => /^data\/xss-data\/index\.html$/.test(file));
    if (!page) return console.warn('no dataset page for xss-data yet: CSV cells are checked by the first test only');
    expect(read(page)).toMatch(/&lt;(script|img|svg)/);
  });
});
