import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { pageTags, type Tag } from './built-html.ts';

/**
 * Facts about one built page that the quality gates assert: what JavaScript it loads, which
 * resources come from another origin, and how heavy it is.
 */

/** Scripts a page runs or preloads: `<script>` elements (inline ones as "inline") and .js links. */
export function scriptsOf(html: string): string[] {
  const scripts: string[] = [];
  for (const tag of pageTags(html)) {
    if (tag.name === 'script' && !/json/.test(tag.attributes.type ?? '')) scripts.push(tag.attributes.src ?? 'inline');
    if (tag.name === 'link' && /\.m?js(\?|$)/.test(tag.attributes.href ?? '')) scripts.push(tag.attributes.href!);
  }
  return scripts;
}

/** Links that open a new browsing context without `rel="noopener noreferrer"`. */
export function unsafeNewWindowLinks(html: string): string[] {
  return pageTags(html)
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
  for (const tag of pageTags(html)) {
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
  return pageTags(html)
    .filter((tag) => tag.name === 'link' && /\bstylesheet\b/i.test(tag.attributes.rel ?? '') && tag.attributes.href)
    .map((tag) => tag.attributes.href!);
}

/** Gzipped size in bytes, at the level static hosts and CDNs commonly use for text (9 = best). */
export function gzipSize(content: string | Uint8Array, level = 9): number {
  return gzipSync(content, { level }).length;
}

const URL_ATTRIBUTE_NAMES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background'];

/**
 * Markup that would run script if it came from content: event-handler attributes, `javascript:`
 * (or `vbscript:`, `data:text/html`) URLs, frames and plugins, and scripts other than JSON data and
 * the site's own bundled files under `<base>_astro/` or `<base>pagefind/`. Text that merely looks
 * like markup (escaped, or inside a quoted attribute value) is not markup and is not reported.
 */
export function unsafeMarkup(html: string, base = '/'): string[] {
  const found: string[] = [];
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const tags = pageTags(html);
  const trusted = trustedInlineScripts(tags);
  for (const tag of tags) {
    for (const [name, value] of Object.entries(tag.attributes)) {
      if (name.startsWith('on')) found.push(`<${tag.name} ${name}>`);
      const compact = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
      if (URL_ATTRIBUTE_NAMES.includes(name) && /^(javascript|vbscript|data:text\/html)/.test(compact)) found.push(`<${tag.name} ${name}="${value}">`);
    }
    if (['iframe', 'frame', 'object', 'embed', 'applet', 'base'].includes(tag.name)) found.push(`<${tag.name}>`);
    if (tag.name === 'script' && !/json/.test(tag.attributes.type ?? '')) {
      const src = tag.attributes.src;
      const ownFile = src !== undefined && (src.startsWith(`${prefix}_astro/`) || src.startsWith(`${prefix}pagefind/`));
      if (!ownFile && !(src === undefined && trusted > 0)) found.push(`<script${src ? ` src="${src}"` : ''}>`);
    }
  }
  return found;
}

/**
 * How many inline scripts of a page the page's own Content-Security-Policy allows by hash: the
 * build's bundled enhancements. Content cannot add one (its hash would not be in the policy), so
 * an inline script is trusted only while every inline script on the page is listed.
 */
function trustedInlineScripts(tags: readonly Tag[]): number {
  const policy = tags.find((tag) => tag.name === 'meta' && tag.attributes['http-equiv']?.toLowerCase() === 'content-security-policy')?.attributes.content ?? '';
  let count = 0;
  for (const script of tags) {
    if (script.name !== 'script' || script.attributes.src !== undefined || /json/.test(script.attributes.type ?? '')) continue;
    const hash = createHash('sha256').update(script.text ?? '').digest('base64');
    if (!policy.includes(`'sha256-${hash}'`)) return 0;
    count++;
  }
  return count;
}
