import type { z } from 'astro/zod';
import type { LoadedResource } from '../datasets/load';
import type { Cell } from '../datasets/values';
import type { EditorError } from '../errors/editor-error';
import { describeIssue } from '../errors/zod-issues';
import { editorMessage, orList } from '../i18n/editor-messages';
import { SUPPORTED_LOCALES } from '../i18n/locales';

/** A record read from a CSV row, with the line it starts on. */
export interface SourceRow<T> {
  line: number;
  data: T;
}

const LOCALIZED_COLUMN = new RegExp(`^(.+)_(${SUPPORTED_LOCALES.join('|')})$`);

/**
 * The line each row starts on. The datasets module keeps rows only when the whole table is valid
 * (no blank lines, header on line 1), so a row starts one line after the previous one plus the line
 * breaks inside its quoted cells.
 */
export function rowLines(rows: readonly Cell[][]): number[] {
  let line = 2;
  return rows.map((row) => {
    const start = line;
    for (const cell of row) if (typeof cell === 'string') line += cell.split('\n').length - 1;
    line++;
    return start;
  });
}

/**
 * A row as a record: `name_bg`, `name_en`, `name_ru` become `name: { bg, en, ru }` (empty cells left
 * out), other columns keep their typed value. Only the keys in `keys` are kept: a table may carry
 * more columns, which are published but not used by the scorecards.
 */
export function rowRecord(names: readonly string[], row: readonly Cell[], keys: ReadonlySet<string>): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  names.forEach((name, index) => {
    const value = row[index] ?? null;
    const localized = LOCALIZED_COLUMN.exec(name);
    if (localized && keys.has(localized[1]!) && !keys.has(name)) {
      const key = localized[1]!;
      const texts = (record[key] ??= {}) as Record<string, unknown>;
      if (value !== null && String(value).trim() !== '') texts[localized[2]!] = String(value).trim();
      return;
    }
    if (keys.has(name)) record[name] = value;
  });
  // A localised key whose columns are all empty is absent, so optional texts stay optional.
  for (const [key, value] of Object.entries(record)) {
    if (value && typeof value === 'object' && Object.keys(value).length === 0) delete record[key];
  }
  return record;
}

/** The columns a key is read from: itself, or its per-locale columns. */
function columnsOf(key: string, names: readonly string[]): string[] {
  return names.filter((name) => name === key || LOCALIZED_COLUMN.exec(name)?.[1] === key);
}

type RowSchema = z.ZodObject<z.ZodRawShape>;

const isOptional = (schema: RowSchema, key: string) => (schema.shape[key] as z.ZodType).isOptional();

/**
 * Reads every row of a table into records checked by `schema`. A column the schema requires but the
 * table lacks is reported once, at the place of `missingAt`; a bad value at its row, column and field.
 */
export function readRows<S extends RowSchema>(
  table: LoadedResource,
  schema: S,
  file: string,
  missingAt: EditorError,
): { rows: SourceRow<z.infer<S>>[]; errors: EditorError[] } {
  const keys = new Set(Object.keys(schema.shape));
  const errors: EditorError[] = [];
  const missing = [...keys].filter((key) => !isOptional(schema, key) && columnsOf(key, table.names).length === 0);
  if (missing.length) {
    errors.push({
      ...missingAt,
      message: editorMessage(missing.length > 1 ? 'monitoring.columns.missing' : 'monitoring.column.missing', { table: table.resource.name, columns: missing.map((key) => `"${key}"`).join(', ') }),
      hint: editorMessage('monitoring.columns.missing.hint', { role: table.resource.role ?? '', columns: [...keys].filter((key) => !isOptional(schema, key)).join(', ') }),
    });
    return { rows: [], errors };
  }
  const lines = rowLines(table.rows);
  const rows: SourceRow<z.infer<S>>[] = [];
  table.rows.forEach((row, index) => {
    const line = lines[index]!;
    const parsed = schema.safeParse(rowRecord(table.names, row, keys), { reportInput: true });
    if (parsed.success) {
      rows.push({ line, data: parsed.data });
      return;
    }
    for (const issue of parsed.error.issues) {
      const [key, locale] = issue.path.map(String);
      const column = key === undefined ? undefined : locale && table.names.includes(`${key}_${locale}`) ? `${key}_${locale}` : columnsOf(key, table.names)[0] ?? key;
      const index_ = column === undefined ? -1 : table.names.indexOf(column);
      const empty = issue.code === 'invalid_type' && issue.input === undefined && key !== undefined;
      const words = empty
        ? { message: editorMessage('dataset.cell.required'), hint: editorMessage('monitoring.cell.fill.hint', { columns: orList(columnsOf(key, table.names)) || key }) }
        : describeIssue(issue);
      errors.push({ file, line, column: index_ >= 0 ? index_ + 1 : undefined, field: column, ...words });
    }
  });
  return { rows, errors };
}
