import { escapeXml } from '../feeds/xml';
import type { PageFacts } from '../quality/built-html';

/** One page in the sitemap, with the same page in other languages. */
export interface SitemapPage {
  /** Absolute canonical URL. */
  url: string;
  /** Other language versions (and x-default), absolute; include the page itself when it has any. */
  alternates: { hreflang: string; url: string }[];
}

/**
 * A sitemap (sitemaps.org 0.9) with `xhtml:link` hreflang alternates, as search engines read them.
 * Pages are sorted by URL so that the bytes do not depend on the order files were found in.
 */
export function sitemapXml(pages: readonly SitemapPage[]): string {
  const sorted = [...pages].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const body = sorted
    .map((page) => {
      const links = page.alternates
        .map((alt) => `    <xhtml:link rel="alternate" hreflang="${escapeXml(alt.hreflang)}" href="${escapeXml(alt.url)}"/>\n`)
        .join('');
      return `  <url>\n    <loc>${escapeXml(page.url)}</loc>\n${links}  </url>\n`;
    })
    .join('');
  return (
    `<?xml version="1.0" encoding="utf-8"?>\n` +
    `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n` +
    body +
    `</urlset>\n`
  );
}

/** robots.txt: everything may be crawled; the sitemap is named by its absolute URL. */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}

/**
 * What the sitemap needs from a built page: its canonical URL and its hreflang alternates, as the
 * `<head>` the layout wrote declares them (read by src/quality/built-html.ts). Undefined for a page
 * that asks not to be indexed or has no canonical (the 404 page), so the sitemap lists exactly the
 * pages the site presents as pages.
 */
export function sitemapEntry(page: Pick<PageFacts, 'canonical' | 'alternates' | 'noindex'>): SitemapPage | undefined {
  if (page.noindex || !page.canonical) return undefined;
  return { url: page.canonical, alternates: page.alternates };
}
