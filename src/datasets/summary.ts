import type { DatasetField } from '../schemas/dataset';
import type { LoadedResource } from './load';
import { cellText } from './values';

/** How many of the most frequent values a category summary lists. */
export const TOP_VALUES = 5;

/** What a field's values look like, for the dataset page. */
export interface FieldSummary {
  /** The field. */
  field: DatasetField;
  /** Cells with a value. */
  count: number;
  /** Cells without one. */
  missing: number;
  /** For numbers and years: smallest, largest, mean and median. */
  numeric?: { min: number; max: number; mean: number; median: number };
  /** For dates: earliest and latest (YYYY-MM-DD). */
  range?: { min: string; max: string };
  /** For text, codes and booleans whose values repeat: the most frequent values, most frequent first. */
  top?: { value: string; count: number }[];
  /** Distinct values, for coded and text fields. */
  distinct?: number;
}

/** Summarises each field of a table in one pass per field. */
export function summarise(table: LoadedResource): FieldSummary[] {
  return table.resource.schema.fields.map((field, column) => {
    const values = table.rows.map((row) => row[column] ?? null);
    const present = values.filter((value) => value !== null);
    const summary: FieldSummary = { field, count: present.length, missing: values.length - present.length };
    if ((field.type === 'number' || field.type === 'integer' || field.type === 'year') && !field.categories) {
      const numbers = (present as number[]).slice().sort((a, b) => a - b);
      if (numbers.length) {
        const middle = Math.floor(numbers.length / 2);
        const median = numbers.length % 2 ? numbers[middle]! : (numbers[middle - 1]! + numbers[middle]!) / 2;
        // Summed in sorted order so the mean is the same whatever the row order.
        const mean = numbers.reduce((sum, value) => sum + value, 0) / numbers.length;
        summary.numeric = { min: numbers[0]!, max: numbers.at(-1)!, mean, median };
      }
    } else if (field.type === 'date') {
      const dates = (present as string[]).slice().sort();
      if (dates.length) summary.range = { min: dates[0]!, max: dates.at(-1)! };
    } else {
      const counts = new Map<string, number>();
      for (const value of present) counts.set(cellText(value), (counts.get(cellText(value)) ?? 0) + 1);
      summary.distinct = counts.size;
      // Identifiers and free text where every value differs have no "most frequent" values.
      if (counts.size < present.length) summary.top = [...counts]
        .map(([value, count]) => ({ value, count }))
        .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'en'))
        .slice(0, TOP_VALUES);
    }
    return summary;
  });
}
