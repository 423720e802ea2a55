import { distinctStems } from './bg-stemmer';

/**
 * Marks where the stems start in a page's indexed text. It is not a word, so pagefind neither
 * indexes nor matches it, but it stays in the text pagefind stores, and the search script cuts the
 * text there before it builds an excerpt (readers never see the stems).
 */
export const STEMS_MARKER = '⁂';

/** Languages whose pages get a block of stems; the others use pagefind's own stemming. */
const STEMMED_LANGUAGES = new Set(['bg']);

const BODY_OPEN = /<main\b[^>]*\sdata-pagefind-body\b[^>]*>/i;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Text of an HTML fragment: scripts, styles and ignored blocks out, tags to spaces, entities decoded. */
export function htmlText(html: string): string {
  return html
    .replace(/<(script|style|template|svg)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    });
}

/** The `lang` of the page's `<html>` element, lower-cased primary subtag; undefined when missing. */
export function pageLanguage(html: string): string | undefined {
  const match = /<html\b[^>]*\slang=["']?([A-Za-z-]+)/i.exec(html);
  return match?.[1]?.split('-')[0]?.toLowerCase();
}

/** Whether the page opts into the index (its `<main>` carries `data-pagefind-body`). */
export function isIndexable(html: string): boolean {
  return BODY_OPEN.test(html);
}

/**
 * The page's HTML as pagefind should index it: for a Bulgarian page, the stems of the main content
 * are appended inside `<main>` as a hidden block with a low weight, so that a stemmed query matches
 * every form of a word. Only the copy handed to pagefind changes; the built page stays as it was.
 */
export function withStems(html: string): string {
  const lang = pageLanguage(html);
  if (!lang || !STEMMED_LANGUAGES.has(lang)) return html;
  const open = BODY_OPEN.exec(html);
  if (!open) return html;
  const start = open.index + open[0].length;
  const end = html.indexOf('</main>', start);
  if (end < 0) return html;
  const stems = distinctStems(htmlText(html.slice(start, end)));
  if (stems.length === 0) return html;
  const block = `<div hidden data-pagefind-weight="0.5">${STEMS_MARKER} ${stems.join(' ')}</div>`;
  return `${html.slice(0, end)}${block}${html.slice(end)}`;
}
