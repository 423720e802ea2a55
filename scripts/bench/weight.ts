import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** What a reader downloads for one page, in bytes, gzipped (fonts as stored: woff2 is compressed). */
export interface PageWeight {
  /** The page's path under dist/. */
  file: string;
  /** The HTML document gzipped (inline <style> and <script> included). */
  html: number;
  /** Inline <style> gzipped on its own, plus external stylesheets gzipped. */
  css: number;
  /** Inline and external JavaScript gzipped (JSON-LD data blocks are not JavaScript and not counted). */
  js: number;
  /** Web fonts the page's CSS or preloads name. */
  fonts: number;
  /** HTML + external CSS + external JS + fonts: the page in all, images aside. */
  total: number;
}

const gz = (text: string | Buffer) => (text.length ? gzipSync(text, { level: 9 }).length : 0);

/** Resolves a URL from a page to a file under dist (site-relative or page-relative; base ignored). */
function resolveAsset(dist: string, pageFile: string, url: string, base: string): string | undefined {
  if (/^(https?:)?\/\//.test(url) || url.startsWith('data:')) return undefined;
  const clean = decodeURIComponent(url.split(/[?#]/)[0]!);
  const file = clean.startsWith('/')
    ? path.join(dist, clean.startsWith(base) ? clean.slice(base.length) : clean.slice(1))
    : path.join(path.dirname(pageFile), clean);
  return fs.existsSync(file) && fs.statSync(file).isFile() ? file : undefined;
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(1).find((v) => v !== undefined);

/** Measures pages; external files are read and compressed once however many pages use them. */
export function pageWeigher(dist: string, base = '/') {
  const cache = new Map<string, { gz: number; text: string; raw: number }>();
  const asset = (file: string) => {
    let found = cache.get(file);
    if (!found) {
      const buffer = fs.readFileSync(file);
      found = { gz: gz(buffer), text: /\.(css|js|mjs)$/.test(file) ? buffer.toString('utf8') : '', raw: buffer.length };
      cache.set(file, found);
    }
    return found;
  };
  const fontUrls = (css: string) => [...css.matchAll(/url\(\s*['"]?([^'")]+\.woff2?)(?:[?#][^'")]*)?['"]?\s*\)/gi)].map((m) => m[1]!);

  return (relativeFile: string): PageWeight => {
    const file = path.join(dist, relativeFile);
    const html = fs.readFileSync(file, 'utf8');
    const inlineCss = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]!).join('\n');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    const inlineJs = scripts
      .filter((m) => !/type\s*=\s*["']?application\/(ld\+)?json/i.test(m[1]!) && !/\ssrc\s*=/i.test(m[1]!))
      .map((m) => m[2]!)
      .join('\n');
    let css = gz(inlineCss);
    let js = gz(inlineJs);
    let externals = 0;
    const fonts = new Set<string>();
    const cssTexts = [inlineCss];
    for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
      const rel = attr(tag, 'rel')?.toLowerCase() ?? '';
      const href = attr(tag, 'href');
      const target = href ? resolveAsset(dist, file, href, base) : undefined;
      if (!target) continue;
      if (rel.includes('stylesheet')) {
        const found = asset(target);
        css += found.gz;
        externals += found.gz;
        cssTexts.push(found.text);
      } else if (rel.includes('modulepreload') || (rel.includes('preload') && attr(tag, 'as') === 'script')) {
        const found = asset(target);
        js += found.gz;
        externals += found.gz;
      } else if (rel.includes('preload') && attr(tag, 'as') === 'font') fonts.add(target);
    }
    for (const [, attrs] of scripts) {
      const src = attr(`<script ${attrs}>`, 'src');
      const target = src ? resolveAsset(dist, file, src, base) : undefined;
      if (!target) continue;
      const found = asset(target);
      js += found.gz;
      externals += found.gz;
    }
    for (const text of cssTexts) {
      for (const url of fontUrls(text)) {
        const target = resolveAsset(dist, file, url, base);
        if (target) fonts.add(target);
      }
    }
    const fontBytes = [...fonts].reduce((sum, font) => sum + asset(font).raw, 0);
    const htmlGz = gz(html);
    return { file: relativeFile, html: htmlGz, css, js, fonts: fontBytes, total: htmlGz + externals + fontBytes };
  };
}

/** A publication's own page (not a list, a facet or a pagination page). */
export function isArticlePage(relativeFile: string): boolean {
  const match = /(?:^|\/)publications\/([^/]+)\/index\.html$/.exec(relativeFile);
  return Boolean(match && !['page', 'type', 'project', 'year', 'tag'].includes(match[1]!));
}

export interface WeightStats {
  pages: number;
  median: Omit<PageWeight, 'file'>;
  largest: PageWeight;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : Math.round((sorted[middle - 1]! + sorted[middle]!) / 2);
}

/** Median of each part, and the page that is largest in all. */
export function weightStats(weights: PageWeight[]): WeightStats | undefined {
  if (!weights.length) return undefined;
  const keys = ['html', 'css', 'js', 'fonts', 'total'] as const;
  const largest = weights.reduce((a, b) => (b.total > a.total ? b : a));
  return {
    pages: weights.length,
    median: Object.fromEntries(keys.map((key) => [key, median(weights.map((w) => w[key]))])) as Omit<PageWeight, 'file'>,
    largest,
  };
}
