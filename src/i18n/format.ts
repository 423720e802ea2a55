import type { Locale } from './locales';
import type { Translate } from './catalogue';

const made = new Map<Locale, ReturnType<typeof makeFormatters>>();

/**
 * Formatting for one locale, always through `Intl` with the page's locale. Dates are calendar days
 * (`YYYY-MM-DD`) and are formatted in UTC so that no machine's time zone can move them. Made once
 * per locale: an `Intl` formatter is costly to create, and every page and card asks for them.
 */
export function formatters(locale: Locale) {
  let result = made.get(locale);
  if (!result) made.set(locale, (result = makeFormatters(locale)));
  return result;
}

function makeFormatters(locale: Locale) {
  const longDate = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const shortDate = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeZone: 'UTC' });
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const small = new Intl.NumberFormat(locale, { maximumSignificantDigits: 2 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const oneDecimalFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const money = new Map<string, Intl.NumberFormat>();
  return {
    /** `30 март 2023 г.` */
    date: (iso: string) => longDate.format(new Date(`${iso}T00:00:00Z`)),
    /** `30.03.2023 г.` */
    shortDate: (iso: string) => shortDate.format(new Date(`${iso}T00:00:00Z`)),
    /** The year of an ISO date, formatted without a group separator. */
    year: (iso: string) => iso.slice(0, 4),
    /** A whole number with the locale's grouping: `12 345`. */
    integer: (value: number) => integer.format(value),
    /**
     * A number with up to two decimals: `1,25`. A value that two decimals would show as zero, but is
     * not, gets two significant digits instead (`0,0004`, `-0,00012`): a figure never reads "0" when
     * it is not.
     */
    number: (value: number) => {
      const text = decimal.format(value);
      return value !== 0 && Number.isFinite(value) && !/[1-9]/.test(text) ? small.format(value) : text;
    },
    /** A number with up to one decimal: `1,2`. */
    oneDecimal: (value: number) => oneDecimalFormat.format(value),
    /** A share from 0 to 1 as a percentage: `42 %`. */
    percent: (share: number) => percent.format(share),
    /** An amount of money: `350 280,08 лв.` */
    money: (amount: number, currency: string) => {
      let format = money.get(currency);
      if (!format) {
        format = new Intl.NumberFormat(locale, { style: 'currency', currency });
        money.set(currency, format);
      }
      return format.format(amount);
    },
  };
}

export type Formatters = ReturnType<typeof formatters>;

/** A file size for people: `1,2 MB`, `340 KB`, `512 байта`. */
export function formatBytes(bytes: number, locale: Locale, t: Translate): string {
  if (bytes >= 1_000_000) return t('format.mb', { value: formatters(locale).oneDecimal(bytes / 1_000_000) });
  if (bytes >= 1_000) return t('format.kb', { value: Math.round(bytes / 1_000) });
  return t('format.bytes', { count: bytes });
}
