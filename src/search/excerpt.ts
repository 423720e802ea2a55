import { stemBg, words } from './bg-stemmer';
import { STEMS_MARKER } from './stems';

/** A run of excerpt text; `mark` runs are the words that matched the query. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** The separator pagefind uses when it numbers the words of a page (its `locations`). */
const WORD_SEPARATORS = /[^\S\uFEFF]+/;

/**
 * The excerpt of a result as plain text parts, built from pagefind's stored text and word positions
 * rather than its HTML excerpt: the hidden stems are cut off (they are never shown), Bulgarian words
 * whose stem starts with a query stem are marked too, and the parts are rendered as text nodes, so
 * nothing in a page's text can become markup.
 */
export function buildExcerpt(
  content: string,
  locations: readonly number[],
  terms: string,
  lang: string,
  length = 30,
): ExcerptPart[] {
  const body = content.split(STEMS_MARKER)[0] ?? '';
  const all = body.split(WORD_SEPARATORS).filter((word, index, list) => word !== '' || index < list.length - 1);
  const located = new Set(locations);
  const stems = lang === 'bg' ? words(terms).map((term) => stemBg(term)).filter((stem) => stem.length > 1) : [];
  const isMatch = (word: string, index: number): boolean =>
    located.has(index) || words(word).some((part) => stems.some((stem) => stemBg(part).startsWith(stem)));
  const marked = all.map(isMatch);
  const first = marked.indexOf(true);
  const start = first < 0 ? 0 : Math.max(0, Math.min(first - 5, all.length - length));
  const end = Math.min(all.length, start + length);
  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => {
    const last = parts.at(-1);
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  };
  if (start > 0) push('… ', false);
  for (let index = start; index < end; index++) {
    if (index > start) push(' ', false);
    push(all[index]!, marked[index]!);
  }
  if (end < all.length) push(' …', false);
  return parts;
}
