import { describe, expect, it } from 'vitest';
import { fallbackOrder, pick, type SiteLocales } from './localized';

const bulgarian: SiteLocales = { defaultLocale: 'bg', locales: ['bg', 'en', 'ru'] };
const english: SiteLocales = { defaultLocale: 'en', locales: ['en', 'bg'] };

describe('fallbackOrder', () => {
  it('is the page’s locale, the site’s default, then the site’s other locales, each once', () => {
    expect(fallbackOrder('ru', bulgarian)).toEqual(['ru', 'bg', 'en']);
    expect(fallbackOrder('bg', english)).toEqual(['bg', 'en']);
    expect(fallbackOrder('en', english)).toEqual(['en', 'bg']);
    expect(fallbackOrder('ru', { defaultLocale: 'en', locales: ['bg', 'ru', 'en'] })).toEqual(['ru', 'en', 'bg']);
  });
});

describe('pick', () => {
  it('takes the text in the wanted locale when there is one', () => {
    expect(pick({ bg: 'Проект', en: 'Project' }, 'bg', english)).toEqual({ text: 'Проект', lang: 'bg' });
  });

  it('falls back to the site’s default locale, whichever language that is', () => {
    const text = { bg: 'Проект', en: 'Project' };
    expect(pick(text, 'ru', english)).toEqual({ text: 'Project', lang: 'en' });
    expect(pick(text, 'ru', bulgarian)).toEqual({ text: 'Проект', lang: 'bg' });
  });

  it('then to the site’s other locales, in the site’s order', () => {
    expect(pick({ ru: 'Проект', en: 'Project' }, 'bg', { defaultLocale: 'bg', locales: ['bg', 'ru', 'en'] })).toEqual({ text: 'Проект', lang: 'ru' });
    expect(pick({ ru: 'Проект', en: 'Project' }, 'bg', { defaultLocale: 'bg', locales: ['bg', 'en', 'ru'] })).toEqual({ text: 'Project', lang: 'en' });
  });

  it('shows a text only in a language the site does not publish rather than nothing', () => {
    expect(pick({ ru: 'Проект' }, 'en', english)).toEqual({ text: 'Проект', lang: 'ru' });
  });
});
