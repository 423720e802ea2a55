import { gzipSync } from 'node:zlib';
import { scanTags } from './html-scan.ts';

/**
 * Facts about one built page that the quality gates assert: what JavaScript it loads, which
 * resources come from another origin, and how heavy it is.
 */

/** Scripts a page runs or preloads: `<script>` elements (inline ones as "inline") and .js links. */
export function scriptsOf(html: string): string[] {
  const scripts: string[] = [];
  for (const tag of scanTags(html)) {
    if (tag.name === 'script' && !/json/.test(tag.attributes.type ?? '')) scripts.push(tag.attributes.src ?? 'inline');
    if (tag.name === 'link' && /\.m?js(\?|$)/.test(tag.attributes.href ?? '')) scripts.push(tag.attributes.href!);
  }
  return scripts;
}

/** Links that open a new browsing context without `rel="noopener noreferrer"`. */
export function unsafeNewWindowLinks(html: string): string[] {
  return scanTags(html)
    .filter((tag) => (tag.name === 'a' || tag.name === 'area' || tag.name === 'form') && tag.attributes.target === '_blank')
    .filter((tag) => {
      const rel = (tag.attributes.rel ?? '').toLowerCase().split(/\s+/);
      return !(rel.includes('noopener') && rel.includes('noreferrer'));
    })
    .map((tag) => tag.attributes.href ?? tag.attributes.action ?? '');
}

/**
 * Resources the page would load from another origin (src, srcset, stylesheet/icon/preload links,
 * CSS url()). Navigation links (`<a href>`) and metadata links (canonical, alternate) load nothing.
 */
export function foreignResources(html: string): string[] {
  const foreign: string[] = [];
  const isForeign = (url: string) => /^(https?:)?\/\//i.test(url.trim());
  for (const tag of scanTags(html)) {
    for (const attribute of ['src', 'poster', 'data']) {
      const value = tag.attributes[attribute];
      if (value && isForeign(value)) foreign.push(value);
    }
    for (const candidate of (tag.attributes.srcset ?? '').split(/,\s+/)) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url && isForeign(url)) foreign.push(url);
    }
    if (tag.name === 'link' && /\b(stylesheet|icon|preload|modulepreload|prefetch|preconnect|dns-prefetch|manifest)\b/i.test(tag.attributes.rel ?? '')) {
      if (isForeign(tag.attributes.href ?? '')) foreign.push(tag.attributes.href!);
    }
  }
  for (const match of html.matchAll(/url\(\s*['"]?([^'")]+)/g)) if (isForeign(match[1]!)) foreign.push(match[1]!);
  for (const match of html.matchAll(/@import\s+['"]([^'"]+)/g)) if (isForeign(match[1]!)) foreign.push(match[1]!);
  return foreign;
}

/** Stylesheets a page links to (their href as written). */
export function stylesheetsOf(html: string): string[] {
  return scanTags(html)
    .filter((tag) => tag.name === 'link' && /\bstylesheet\b/i.test(tag.attributes.rel ?? '') && tag.attributes.href)
    .map((tag) => tag.attributes.href!);
}

/** Gzipped size in bytes, at the level static hosts and CDNs commonly use for text (9 = best). */
export function gzipSize(content: string | Uint8Array, level = 9): number {
  return gzipSync(content, { level }).length;
}
