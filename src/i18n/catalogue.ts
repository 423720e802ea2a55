import bg from './catalogues/bg';
import en from './catalogues/en';
import ru from './catalogues/ru';
import type { Locale } from './locales';

/** A message that varies by number: one entry per `Intl.PluralRules` category the locale uses. */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralMessage;
/** Every key of the reference (Bulgarian) catalogue. */
export type MessageKey = keyof typeof bg;
export type Catalogue = Record<MessageKey, Message>;

export const CATALOGUES: Record<Locale, Catalogue> = { bg, en, ru };

export type Params = Record<string, string | number>;

/**
 * A translator bound to one locale: `t('publications.count', { count: 3 })`. A plural message picks
 * its form by `count`; `{name}` placeholders take the params, numbers formatted for the locale.
 */
export function translator(locale: Locale): Translate {
  let t = translators.get(locale);
  if (!t) translators.set(locale, (t = makeTranslator(locale)));
  return t;
}

// One per locale: `Intl.PluralRules` and `Intl.NumberFormat` are costly to create, and every page,
// card and chart asks for a translator.
const translators = new Map<Locale, (key: MessageKey, params?: Params) => string>();

function makeTranslator(locale: Locale) {
  const catalogue = CATALOGUES[locale];
  const plurals = new Intl.PluralRules(locale);
  const numbers = new Intl.NumberFormat(locale);
  return function t(key: MessageKey, params: Params = {}): string {
    const message = catalogue[key];
    const template =
      typeof message === 'string'
        ? message
        : (message[plurals.select(Number(params.count ?? 0))] ?? message.other);
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? numbers.format(value) : value;
    });
  };
}

export type Translate = ReturnType<typeof makeTranslator>;
