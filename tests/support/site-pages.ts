import fs from 'node:fs';
import path from 'node:path';
import { htmlFiles } from './build-site.ts';

/**
 * The pages of a built site to test, as paths relative to the site's base URL (`en/projects/x/`):
 * every HTML file in the output (which includes every page of the sitemap and the 404 page).
 * `sitemapPaths` lists what the sitemap announces, so a test can check that each of them exists.
 */
export function sitePages(outDir: string): string[] {
  return htmlFiles(outDir).map((file) => file.replace(/(^|\/)index\.html$/, '$1'));
}

/** The sitemap's URLs as paths relative to the base (empty when there is no sitemap yet). */
export function sitemapPaths(outDir: string, siteUrl: string): string[] {
  const files = fs.readdirSync(outDir).filter((file) => /^sitemap.*\.xml$/.test(file));
  const root = new URL(siteUrl).href.replace(/\/?$/, '/');
  const paths: string[] = [];
  for (const file of files) {
    for (const match of fs.readFileSync(path.join(outDir, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)) {
      const loc = match[1]!.trim();
      // A sitemap index points at other sitemaps, not pages.
      if (loc.endsWith('.xml')) continue;
      if (loc.startsWith(root)) paths.push(decodeURI(loc.slice(root.length)));
      else paths.push(loc);
    }
  }
  return [...new Set(paths)].sort();
}
