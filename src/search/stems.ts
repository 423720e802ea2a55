import { distinctStems } from './bg-stemmer';

/**
 * Marks where the stems start in a page's indexed text. It is not a word, so pagefind neither
 * indexes nor matches it, but it stays in the text pagefind stores, and the search script cuts the
 * text there before it builds an excerpt (readers never see the stems).
 */
export const STEMS_MARKER = '⁂';

/** Languages whose pages get a block of stems; the others use pagefind's own stemming. */
const STEMMED_LANGUAGES = new Set(['bg']);

/**
 * The block of stems appended inside `<main>` of the copy pagefind reads: for a Bulgarian page, the
 * stems of the main content as a hidden block with a low weight, so that a stemmed query matches
 * every form of a word. '' for another language or a text without stems. `lang` is the primary
 * language subtag, lower case; `text` the text of `<main>` (src/quality/built-html.ts).
 */
export function stemsBlock(lang: string, text: string): string {
  if (!STEMMED_LANGUAGES.has(lang)) return '';
  const stems = distinctStems(text);
  if (stems.length === 0) return '';
  return `<div hidden data-pagefind-weight="0.5">${STEMS_MARKER} ${stems.join(' ')}</div>`;
}
