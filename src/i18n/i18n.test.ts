import { describe, expect, it } from 'vitest';
import { CATALOGUES, translator } from './catalogue';
import { formatBytes, formatters } from './format';
import { SUPPORTED_LOCALES } from './locales';
import { slugify } from './slug';

describe('catalogues', () => {
  const reference = CATALOGUES.bg;
  for (const locale of SUPPORTED_LOCALES) {
    it(`${locale} has exactly the keys of the reference catalogue`, () => {
      expect(Object.keys(CATALOGUES[locale]).sort()).toEqual(Object.keys(reference).sort());
    });
    it(`${locale} has a value for every key and every plural category its language uses`, () => {
      const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      for (const [key, message] of Object.entries(CATALOGUES[locale])) {
        const referenceIsPlural = typeof reference[key as keyof typeof reference] !== 'string';
        expect(typeof message !== 'string', `${locale} ${key} plural shape`).toBe(referenceIsPlural);
        if (typeof message === 'string') {
          expect(message.trim(), `${locale} ${key}`).not.toBe('');
        } else {
          for (const category of categories) expect(message[category] ?? message.other, `${locale} ${key} ${category}`).toBeTruthy();
          if (categories.includes('few')) expect(message.few, `${locale} ${key} few`).toBeTruthy();
        }
      }
    });
  }
});

describe('translator', () => {
  it('fills placeholders and picks the plural form by count', () => {
    expect(translator('ru')('publications.count', { count: 1 })).toBe('1 публикация');
    expect(translator('ru')('publications.count', { count: 3 })).toBe('3 публикации');
    expect(translator('ru')('publications.count', { count: 5 })).toBe('5 публикаций');
    expect(translator('bg')('publications.count', { count: 1 })).toBe('1 публикация');
    expect(translator('bg')('publications.count', { count: 12345 }).replace(/[\u00a0\u202f]/g, ' ')).toBe('12 345 публикации');
    expect(translator('en')('publications.count', { count: 2 })).toBe('2 publications');
  });
});

describe('formatters', () => {
  it('formats money, dates and numbers for the page locale', () => {
    const nbsp = /[\u00a0\u202f]/g;
    expect(formatters('bg').money(350280.08, 'BGN').replace(nbsp, ' ')).toBe('350 280,08 лв.');
    expect(formatters('en').money(350280.08, 'BGN').replace(nbsp, ' ')).toBe('BGN 350,280.08');
    expect(formatters('bg').date('2023-03-30')).toBe('30 март 2023 г.');
    expect(formatters('ru').date('2023-03-30')).toBe('30 марта 2023 г.');
    expect(formatters('en').date('2023-03-30')).toBe('March 30, 2023');
    expect(formatters('bg').number(1.25)).toBe('1,25');
    expect(formatters('en').number(1.25)).toBe('1.25');
  });

  it('shows a small value that is not zero with enough significant digits to be non-zero, and ordinary values as before', () => {
    const nbsp = /[\u00a0\u202f]/g;
    const shown = (locale: 'bg' | 'en' | 'ru', values: number[]) => values.map((value) => formatters(locale).number(value).replace(nbsp, ' '));
    expect(shown('bg', [0.0004, -0.0004, 0.00012345, 0.004999])).toEqual(['0,0004', '-0,0004', '0,00012', '0,005']);
    expect(shown('ru', [0.0004, -0.0004, 0.00012345, 0.004999])).toEqual(['0,0004', '-0,0004', '0,00012', '0,005']);
    expect(shown('en', [0.0004, -0.0004, 0.00012345, 0.004999])).toEqual(['0.0004', '-0.0004', '0.00012', '0.005']);
    // Ordinary values keep two decimals at most, grouped as the locale groups.
    expect(shown('bg', [0, 0.1, 0.005, 0.0149, 12.5, 1234.567, 12345.678, 1e21])).toEqual(['0', '0,1', '0,01', '0,01', '12,5', '1234,57', '12 345,68', '1 000 000 000 000 000 000 000']);
    expect(shown('ru', [0, 0.1, 0.005, 12.5, 1234.567])).toEqual(['0', '0,1', '0,01', '12,5', '1 234,57']);
    expect(shown('en', [0, 0.1, 0.005, 12.5, 1234.567])).toEqual(['0', '0.1', '0.01', '12.5', '1,234.57']);
  });

  it('keeps a calendar date whatever the time zone', () => {
    expect(formatters('bg').date('2023-12-31')).toBe('31 декември 2023 г.');
  });

  it('formats file sizes as "1,2 MB" in Bulgarian', () => {
    expect(formatBytes(1_234_567, 'bg', translator('bg'))).toBe('1,2 MB');
    expect(formatBytes(1_234_567, 'en', translator('en'))).toBe('1.2 MB');
    expect(formatBytes(45_600, 'ru', translator('ru'))).toBe('46 КБ');
    expect(formatBytes(512, 'bg', translator('bg'))).toBe('512 байта');
  });
});

describe('slugify', () => {
  it('transliterates Bulgarian by the official system', () => {
    expect(slugify('София', 'bg')).toBe('sofia');
    expect(slugify('Щастие', 'bg')).toBe('shtastie');
    expect(slugify('България', 'bg')).toBe('bulgaria');
    expect(slugify('Юрий Гагарин', 'bg')).toBe('yuriy-gagarin');
    expect(slugify('Община Перущица – анализ', 'bg')).toBe('obshtina-perushtitsa-analiz');
    expect(slugify('Мнения на гражданите и бизнеса', 'bg')).toBe('mnenia-na-grazhdanite-i-biznesa');
    expect(slugify('Информация', 'bg')).toBe('informatsia');
  });

  it('transliterates Russian by ICAO Doc 9303', () => {
    expect(slugify('Щука', 'ru')).toBe('shchuka');
    expect(slugify('Общественный мониторинг услуг', 'ru')).toBe('obshchestvennyi-monitoring-uslug');
    expect(slugify('Объявление', 'ru')).toBe('obieiavlenie');
    expect(slugify('Ёлка, Хлеб и Эхо', 'ru')).toBe('elka-khleb-i-ekho');
  });

  it('keeps Latin, digits and drops punctuation and accents', () => {
    expect(slugify('  Report 2023: Café & Co. ', 'en')).toBe('report-2023-cafe-co');
  });
});
