import { editorMessage } from '../i18n/editor-messages';
import { isRealDate } from '../schemas/common';
import type { DateFormat } from '../schemas/dataset';
import type { CellResult } from './values';

/** Each date format Vitrina reads: its pattern and how the day, month and year are picked out. */
const FORMATS: Record<DateFormat, { pattern: RegExp; example: string; shown: string }> = {
  '%d.%m.%Y': { pattern: /^(?<d>\d{2})\.(?<m>\d{2})\.(?<y>\d{4})$/, example: '27.07.2023', shown: 'DD.MM.YYYY' },
};

/**
 * The reader of a date field with a `format` (a Bulgarian or Russian Excel export writes 31.05.2011):
 * the value becomes YYYY-MM-DD, as the canonical CSV and JSON publish every date.
 */
export function dateReader(format: DateFormat): (raw: string) => CellResult {
  const { pattern, example, shown } = FORMATS[format];
  return (raw) => {
    const parts = pattern.exec(raw)?.groups;
    const iso = parts ? `${parts.y}-${parts.m}-${parts.d}` : '';
    return isRealDate(iso)
      ? { ok: true, value: iso }
      : { ok: false, expected: editorMessage('dataset.phrase.dateFormat', { format: shown }), hint: editorMessage('dataset.dateFormat.hint', { example }) };
  };
}

/** The format of a column of dates as an office export writes them, if every value is one. */
export function dateFormatOf(values: readonly string[]): DateFormat | undefined {
  return (Object.keys(FORMATS) as DateFormat[]).find((format) => values.length > 0 && values.every((value) => dateReader(format)(value).ok));
}
