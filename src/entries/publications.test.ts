import { describe, expect, it } from 'vitest';
import type { Locale } from '../i18n/locales';
import { latestInLocaleFirst, listForLocale, translationsBySlug, type PublicationLike } from './publications';

const publication = (lang: Locale, slug: string, published: string): PublicationLike => ({
  lang,
  slug,
  data: { type: 'update', title: slug, published, draft: false },
});

describe('latestInLocaleFirst', () => {
  const all = [
    publication('bg', 'new-bg', '2023-11-22'),
    publication('bg', 'both', '2023-10-04'),
    publication('ru', 'both', '2023-10-04'),
    publication('ru', 'old-ru', '2017-11-27'),
    publication('bg', 'older-bg', '2019-03-15'),
  ];
  const listed = (locale: Locale) => listForLocale(translationsBySlug(all), locale, ['bg', 'en', 'ru']);
  const shown = (locale: Locale, count: number) =>
    latestInLocaleFirst(listed(locale), count).map(({ publication: p, inPageLocale }) => `${p.lang}/${p.slug}${inPageLocale ? '' : ' (other)'}`);

  it('puts the page’s language first, newest first, then fills with the newest of the others', () => {
    expect(shown('ru', 3)).toEqual(['ru/both', 'ru/old-ru', 'bg/new-bg (other)']);
  });

  it('keeps plain date order where everything is in the page’s language', () => {
    expect(shown('bg', 3)).toEqual(['bg/new-bg', 'bg/both', 'bg/older-bg']);
  });

  it('shows the others in date order when nothing is in the page’s language', () => {
    expect(shown('en', 2)).toEqual(['bg/new-bg (other)', 'bg/both (other)']);
  });
});
