import { stemBg, words } from './bg-stemmer';

/**
 * The terms sent to pagefind for what the reader typed. Bulgarian words are stemmed, because the
 * index holds their stems (see `stemBlock`) and pagefind matches a term as a word prefix, so the stem
 * finds every form. Other languages go as typed: pagefind stems English and Russian itself.
 */
export function searchTerms(query: string, lang: string): string {
  const typed = words(query);
  if (lang !== 'bg') return typed.join(' ');
  return typed.map((word) => stemBg(word)).join(' ');
}
