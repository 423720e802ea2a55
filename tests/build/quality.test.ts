import fs from 'node:fs';
import path from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory, type ConfigData } from 'html-validate';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { foreignResources, gzipSize, scriptsOf, stylesheetsOf, unsafeNewWindowLinks } from '../../src/quality/page-facts.ts';
import { htmlFiles } from '../support/build-site.ts';
import { sharedSite, SHARED_SITES } from '../support/shared-sites.ts';

/**
 * Quality gates over every page of the example site, built once: HTML validity, the
 * Content-Security-Policy, new-window links, no resource from another origin, no JavaScript where
 * none is needed, and the weight budget of an article page (docs/quality.md).
 */

/** Budget for one publication page: its HTML plus the CSS it links to, gzipped (docs/quality.md). */
export const ARTICLE_BUDGET_BYTES = 20 * 1024;

/**
 * html-validate's loader of .htmlvalidate.mjs, resolving it once: its own resolves the settings again for
 * every file it validates (the table of HTML elements, checked against its schema: a third of the time
 * on the example site's pages). Every page of dist/ has the same settings, those of the repository's
 * root (`root: true`, and no settings file under dist/).
 */
class ResolvedOnce extends FileSystemConfigLoader {
  #resolved?: ReturnType<FileSystemConfigLoader['getConfigFor']>;

  override getConfigFor(filename: string, override?: ConfigData): ReturnType<FileSystemConfigLoader['getConfigFor']> {
    if (override) return super.getConfigFor(filename, override);
    return (this.#resolved ??= super.getConfigFor(filename));
  }
}

let outDir = '';
let pages: string[] = [];
const read = (page: string) => fs.readFileSync(path.join(outDir, page), 'utf8');

/**
 * A page that needs JavaScript: it shows a chart or a search form, or it is an embed page, which
 * tells the page that frames it its height.
 */
const needsScript = (html: string) => /\sdata-chart(?:-type)?[\s=>]/.test(html) || /<form[^>]*\srole="search"|<search[\s>]|data-search[\s=>]/.test(html) || /<html[^>]*\sclass="embed"/.test(html);

beforeAll(async () => {
  // Built once per run for every test that reads it (tests/support/shared-sites.ts).
  outDir = (await sharedSite('example')).outDir;
  pages = htmlFiles(outDir);
});

describe('the built example site', () => {
  it('passes html-validate (recommended + a11y rules) on every page', async () => {
    expect(pages.length).toBeGreaterThan(20);
    const validator = new HtmlValidate(new ResolvedOnce());
    const started = performance.now();
    const failures: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(read(page), path.join(process.cwd(), 'dist', page));
      if (!report.valid) failures.push(formatterFactory('text')(report.results));
    }
    console.log(`html-validate: ${pages.length} pages in ${Math.round(performance.now() - started)} ms`);
    expect(failures.join('\n')).toBe('');
  });

  it('gives every page a Content-Security-Policy without unsafe-inline scripts', () => {
    for (const page of pages) {
      const csp = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(read(page))?.[1];
      expect(csp, page).toBeDefined();
      const directives = new Map(csp!.split(';').map((part) => part.trim().split(/\s+/)).filter((d) => d[0]).map((d) => [d[0]!, d.slice(1)]));
      expect(directives.get('default-src'), page).toEqual(["'self'"]);
      expect(directives.get('object-src'), page).toEqual(["'none'"]);
      for (const name of ['script-src', 'script-src-elem', 'script-src-attr', 'default-src']) {
        expect(directives.get(name) ?? [], `${page} ${name}`).not.toContain("'unsafe-inline'");
        expect(directives.get(name) ?? [], `${page} ${name}`).not.toContain("'unsafe-eval'");
      }
    }
  });

  it('opens new windows only with rel="noopener noreferrer" and loads nothing from another origin', () => {
    const problems = pages.flatMap((page) => {
      const html = read(page);
      return [
        ...unsafeNewWindowLinks(html).map((link) => `${page}: target=_blank without noopener noreferrer: ${link}`),
        ...foreignResources(html).map((url) => `${page}: loads ${url}`),
      ];
    });
    expect(problems).toEqual([]);
  });

  it('ships no JavaScript on pages without charts or search', () => {
    const withScripts = pages.filter((page) => !needsScript(read(page))).flatMap((page) => scriptsOf(read(page)).map((script) => `${page}: ${script}`));
    expect(withScripts).toEqual([]);
  });

  it(`keeps every publication page's HTML + CSS under ${ARTICLE_BUDGET_BYTES / 1024} KB gzipped`, () => {
    const articles = pages.filter((page) => /^(?:[a-z]{2}\/)?publications\/(?!page\/|type\/|project\/|year\/)[^/]+\/index\.html$/.test(page));
    expect(articles.length).toBeGreaterThan(5);
    const weights = articles.map((page) => {
      const html = read(page);
      // The shared example site is built under a sub-path (tests/support/shared-sites.ts).
      const css = stylesheetsOf(html).map((href) => fs.readFileSync(path.join(outDir, new URL(href, 'http://x/').pathname.slice(SHARED_SITES.example.base.length))));
      return { page, bytes: gzipSize(html) + css.reduce((sum, sheet) => sum + gzipSize(sheet), 0) };
    });
    const heaviest = weights.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    console.log(`heaviest article: ${heaviest.page} ${heaviest.bytes} B gzipped (budget ${ARTICLE_BUDGET_BYTES} B)`);
    expect(weights.filter((weight) => weight.bytes > ARTICLE_BUDGET_BYTES)).toEqual([]);
  });
});
