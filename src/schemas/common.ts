import { z } from 'astro/zod';
import type { EditorParams } from '../errors/editor-error';
import type { EditorIssueParams } from '../errors/zod-issues';
import type { EditorMessageId } from '../i18n/editor-messages';
import { SUPPORTED_LOCALES } from '../i18n/locales';

/**
 * A rule's own message: an id of the catalogue of editors' messages (src/i18n/editor-catalogues),
 * said in the editor's language when it is printed (src/errors/zod-issues.ts).
 */
export function ownMessage(id: EditorMessageId): string {
  return id;
}

/** A broken rule between fields, for `ctx.addIssue`: its message id, the values put in and a hint. */
export function editorIssue(id: EditorMessageId, where: { path?: PropertyKey[]; values?: EditorParams; hint?: EditorMessageId } = {}) {
  const params: EditorIssueParams = { ...(where.values ? { values: where.values } : {}), ...(where.hint ? { hint: where.hint } : {}) };
  return { code: 'custom' as const, message: id, params, ...(where.path ? { path: where.path } : {}) };
}

/**
 * The message of a group of fields written as something else (`unit: "%"`): an example of the group,
 * which src/errors/zod-issues.ts fills with the field's name and the value written. Other issues
 * (an unknown field) keep their own message.
 */
export function groupExample(id: EditorMessageId) {
  return (issue: { code?: string }) => (issue.code === 'invalid_type' ? id : undefined);
}

/** One non-empty line of text, trimmed. */
export const text = z.string().trim().min(1, ownMessage('zod.empty'));

/** A locale code that Vitrina has a UI catalogue for. */
export const locale = z.enum(SUPPORTED_LOCALES);

/**
 * A text with one translation per locale, for example `{ bg: "Проект", en: "Project" }`.
 * At least one translation is required; a missing one falls back to another, marked with its language.
 */
export const localized = z
  .strictObject(
    {
      /** Bulgarian. */
      bg: text.optional(),
      /** English. */
      en: text.optional(),
      /** Russian. */
      ru: text.optional(),
    },
    { error: groupExample('schema.localized.example') },
  )
  .refine((value) => Object.values(value).some(Boolean), {
    message: ownMessage('schema.localized'),
  });

export type Localized = z.infer<typeof localized>;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `iso` is YYYY-MM-DD and a day of the calendar (no 2023-02-30); datasets check dates with it too. */
export function isRealDate(iso: string): boolean {
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
      const shown = value instanceof Date ? { id: ownMessage('schema.date.invalid') } : value;
      ctx.addIssue(editorIssue('schema.date', { values: { value: shown }, hint: 'schema.date.hint' }));
      return z.NEVER;
    }
    return iso;
  });

/** A period with a start date and an optional end date (open-ended when missing). */
export const period = z
  .strictObject(
    {
      /** First day, YYYY-MM-DD. */
      start: isoDate,
      /** Last day, YYYY-MM-DD; missing while the period is open. */
      end: isoDate.optional(),
    },
    { error: groupExample('schema.period.example') },
  )
  .refine((value) => !value.end || value.end >= value.start, {
    message: ownMessage('schema.period.end'),
    path: ['end'],
  });

/** A lower-case ASCII identifier used in file names and URLs: letters, digits and hyphens. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, ownMessage('schema.slug'));

/** An absolute http(s) URL. */
export const url = z.url({ protocol: /^https?$/, error: ownMessage('schema.url') });

/** An ISO 4217 currency code such as BGN, EUR or KGS. */
export const currency = z.string().regex(/^[A-Z]{3}$/, ownMessage('schema.currency'));

/**
 * A path to a file under the content `files/` folder, written without a leading slash: any letters
 * (Cyrillic, spaces: office files are named so; addresses encode them), but no `..` part, no
 * backslash, no control character and none of the characters Windows forbids in names.
 */
export const filePath = z
  .string()
  .regex(/^(?![\/\\])(?!(?:.*\/)?\.\.(?:\/|$))[^\u0000-\u001f\\<>:"|?*]+$/u, ownMessage('schema.filePath'));
