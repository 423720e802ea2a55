import { z } from 'astro/zod';
import { SUPPORTED_LOCALES } from '../i18n/locales';

/** One non-empty line of text, trimmed. */
export const text = z.string().trim().min(1, 'must not be empty');

/** A locale code that Vitrina has a UI catalogue for. */
export const locale = z.enum(SUPPORTED_LOCALES);

/**
 * A text with one translation per locale, for example `{ bg: "Проект", en: "Project" }`.
 * At least one translation is required; a missing one falls back to another, marked with its language.
 */
export const localized = z
  .strictObject({
    /** Bulgarian. */
    bg: text.optional(),
    /** English. */
    en: text.optional(),
    /** Russian. */
    ru: text.optional(),
  })
  .refine((value) => Object.values(value).some(Boolean), {
    message: 'needs at least one translation (bg, en or ru)',
  });

export type Localized = z.infer<typeof localized>;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDate(iso: string): boolean {
  const match = ISO_DATE.exec(iso);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A calendar date written `YYYY-MM-DD`. YAML turns an unquoted date into a timestamp; both forms are
 * accepted and kept as the ISO string, so no time zone can shift a day.
 */
export const isoDate = z
  .union([z.string(), z.date()])
  .transform((value, ctx) => {
    const iso = value instanceof Date ? (Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10)) : value.trim();
    if (!isRealDate(iso)) {
      ctx.addIssue({
        code: 'custom',
        message: `"${String(value instanceof Date ? 'an invalid date' : value)}" is not a real date in the form YYYY-MM-DD`,
        params: { hint: 'write the date as year-month-day with hyphens, e.g. 2023-03-30' },
      });
      return z.NEVER;
    }
    return iso;
  });

/** A period with a start date and an optional end date (open-ended when missing). */
export const period = z
  .strictObject({
    /** First day, YYYY-MM-DD. */
    start: isoDate,
    /** Last day, YYYY-MM-DD; missing while the period is open. */
    end: isoDate.optional(),
  })
  .refine((value) => !value.end || value.end >= value.start, {
    message: 'end must not be before start',
    path: ['end'],
  });

/** A lower-case ASCII identifier used in file names and URLs: letters, digits and hyphens. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case ASCII letters, digits and single hyphens');

/** An absolute http(s) URL. */
export const url = z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' });

/** An ISO 4217 currency code such as BGN, EUR or KGS. */
export const currency = z.string().regex(/^[A-Z]{3}$/, 'must be a three-letter ISO 4217 code such as BGN or EUR');

/** A path to a file under the content `files/` folder, written without a leading slash. */
export const filePath = z
  .string()
  .regex(/^(?!\/)(?!.*\.\.)[A-Za-z0-9._\-/]+$/, 'must be a path inside content/files, such as reports/survey.pdf');
