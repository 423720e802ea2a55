import { formatLocale, precisionFixed, type FormatLocaleObject } from 'd3-format';
import type { Locale } from '../i18n/locales';

const cache = new Map<Locale, FormatLocaleObject>();

/**
 * A d3-format locale built from the platform's Intl data for `locale`, so chart numbers use the same
 * decimal mark, grouping and percent sign as the rest of the page (`12 345,6` and `42 %` in Russian).
 */
export function d3Locale(locale: Locale): FormatLocaleObject {
  let result = cache.get(locale);
  if (!result) {
    const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
    const percentParts = new Intl.NumberFormat(locale, { style: 'percent' }).formatToParts(0.42);
    const afterNumber = percentParts.slice(percentParts.findIndex((part) => part.type === 'integer') + 1);
    result = formatLocale({
      decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
      thousands: parts.find((part) => part.type === 'group')?.value ?? '',
      grouping: [3],
      currency: ['', ''],
      percent: afterNumber.map((part) => part.value).join('') || '%',
      // Hyphen-minus, as Intl writes it: the shipped font has no U+2212 glyph, and screen readers read it.
      minus: '-',
    });
    cache.set(locale, result);
  }
  return result;
}

/** Formats values of one chart: the spec's d3 specifier, or up to two decimals with grouping. */
export function valueFormatter(locale: Locale, specifier?: string): (value: number) => string {
  return d3Locale(locale).format(specifier ?? ',.2~f');
}

/** The exact value for the data table: every significant digit, no rounding for display. */
export function exactFormatter(locale: Locale): (value: number) => string {
  return d3Locale(locale).format(',.15~r');
}

/**
 * Values in the data table: exact for data as published (sums, counts); a mean is computed here, so
 * it is shown to two decimals rather than to fifteen digits of floating-point noise.
 */
export function tableFormatter(locale: Locale, aggregate: 'sum' | 'count' | 'mean' | undefined): (value: number) => string {
  return aggregate === 'mean' ? d3Locale(locale).format(',.2~f') : exactFormatter(locale);
}

/** Formats tick values: the spec's specifier, or as many decimals as the tick step needs. */
export function tickFormatter(locale: Locale, step: number, specifier?: string): (value: number) => string {
  // A percent format carries its meaning to the ticks; otherwise ticks need only the step's precision.
  if (specifier?.includes('%')) return d3Locale(locale).format(specifier);
  return d3Locale(locale).format(`,.${precisionFixed(Math.abs(step) || 1)}f`);
}

/** A formatted value and its unit, joined by a no-break space so that a line never ends between them. */
export function withUnit(value: string, unit: string | undefined): string {
  return unit ? `${value}\u00a0${unit}` : value;
}

/** A share 0–1 as a whole percentage in the locale. */
export function shareFormatter(locale: Locale): (share: number) => string {
  return d3Locale(locale).format('.0%');
}
