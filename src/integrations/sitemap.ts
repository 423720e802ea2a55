import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { robotsTxt, sitemapEntryFromHtml, sitemapXml, type SitemapPage } from '../seo/sitemap';
import { builtPages } from './search';

/**
 * Writes `sitemap.xml` and `robots.txt` after the build, from the pages Astro wrote: each page's
 * canonical URL and hreflang links as its head declares them, so the sitemap lists exactly the
 * built pages and agrees with them.
 */
export function sitemap(): AstroIntegration {
  let site: URL | undefined;
  let base = '/';
  return {
    name: 'vitrina:sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        if (!site) throw new Error('The sitemap needs the site URL (url in content/site.yaml)');
        const outDir = fileURLToPath(dir);
        const pages: SitemapPage[] = [];
        for (const page of builtPages(outDir)) {
          const entry = sitemapEntryFromHtml(page.html);
          if (entry) pages.push(entry);
        }
        const sitemapUrl = new URL(`${base}sitemap.xml`, site).href;
        fs.writeFileSync(path.join(outDir, 'sitemap.xml'), sitemapXml(pages));
        fs.writeFileSync(path.join(outDir, 'robots.txt'), robotsTxt(sitemapUrl));
        logger.info(`sitemap: ${pages.length} pages`);
      },
    },
  };
}
