import type { LoadedDataset, LoadedResource } from './load';

/**
 * What changed between two versions of a dataset, table by table: columns added and removed, and
 * rows added, removed and changed, matched by the table's primary key (or, without one, compared
 * as whole rows). Values are compared as read (a number is a number, whatever its spelling; a date its ISO text).
 */

type Value = LoadedResource['rows'][number][number];

/** A row as its values by column. */
export type DiffRow = Record<string, Value>;

export interface ChangedRow {
  /** The row's primary key values. */
  key: Record<string, Value>;
  /** The columns whose value changed, with both values. */
  fields: { name: string; before: Value; after: Value }[];
}

export interface TableDiff {
  resource: string;
  /** The columns the rows were matched by; empty when the table has no primary key in both versions. */
  key: string[];
  columnsAdded: string[];
  columnsRemoved: string[];
  added: DiffRow[];
  removed: DiffRow[];
  changed: ChangedRow[];
  unchanged: number;
}

export interface VersionDiff {
  from: string;
  to: string;
  tablesAdded: string[];
  tablesRemoved: string[];
  tables: TableDiff[];
  /** Totals over the tables. */
  counts: { added: number; removed: number; changed: number; columnsAdded: number; columnsRemoved: number };
}

function primaryKey(table: LoadedResource): string[] {
  const key = table.resource.schema.primaryKey;
  return key === undefined ? [] : Array.isArray(key) ? key : [key];
}

const record = (names: readonly string[], row: readonly Value[]): DiffRow => Object.fromEntries(names.map((name, index) => [name, row[index] ?? null]));
const same = (a: Value, b: Value) => a === b;
const identity = (values: readonly Value[]) => JSON.stringify(values);

/** Compares one table in two versions. */
export function diffTable(before: LoadedResource, after: LoadedResource): TableDiff {
  const columnsAdded = after.names.filter((name) => !before.names.includes(name));
  const columnsRemoved = before.names.filter((name) => !after.names.includes(name));
  const shared = after.names.filter((name) => before.names.includes(name));
  const keyBefore = primaryKey(before);
  const keyAfter = primaryKey(after);
  const key = keyAfter.length && keyAfter.join() === keyBefore.join() && keyAfter.every((name) => shared.includes(name)) ? keyAfter : [];
  const rowsBefore = before.rows.map((row) => record(before.names, row));
  const rowsAfter = after.rows.map((row) => record(after.names, row));
  const diff: TableDiff = { resource: after.resource.name, key, columnsAdded, columnsRemoved, added: [], removed: [], changed: [], unchanged: 0 };
  if (key.length) {
    const keyOf = (row: DiffRow) => identity(key.map((name) => row[name] ?? null));
    const earlier = new Map(rowsBefore.map((row) => [keyOf(row), row]));
    const seen = new Set<string>();
    for (const row of rowsAfter) {
      const id = keyOf(row);
      const old = earlier.get(id);
      seen.add(id);
      if (!old) {
        diff.added.push(row);
        continue;
      }
      const fields = shared.filter((name) => !key.includes(name) && !same(old[name] ?? null, row[name] ?? null)).map((name) => ({ name, before: old[name] ?? null, after: row[name] ?? null }));
      if (fields.length) diff.changed.push({ key: Object.fromEntries(key.map((name) => [name, row[name] ?? null])), fields });
      else diff.unchanged++;
    }
    diff.removed = rowsBefore.filter((row) => !seen.has(keyOf(row)));
    return diff;
  }
  // Without a key, rows are compared whole (on the columns both versions have), as a multiset.
  const whole = (row: DiffRow) => identity(shared.map((name) => row[name] ?? null));
  const left = new Map<string, DiffRow[]>();
  for (const row of rowsBefore) left.set(whole(row), [...(left.get(whole(row)) ?? []), row]);
  for (const row of rowsAfter) {
    const matches = left.get(whole(row));
    if (matches?.length) {
      matches.pop();
      diff.unchanged++;
    } else diff.added.push(row);
  }
  diff.removed = [...left.values()].flat();
  return diff;
}

/** Compares two versions of a dataset, table by table (matched by resource name). */
export function diffVersions(before: { version: string; dataset: LoadedDataset }, after: { version: string; dataset: LoadedDataset }): VersionDiff {
  const names = (dataset: LoadedDataset) => dataset.resources.map((table) => table.resource.name);
  const tables = after.dataset.resources.flatMap((table) => {
    const old = before.dataset.resources.find((candidate) => candidate.resource.name === table.resource.name);
    return old ? [diffTable(old, table)] : [];
  });
  const sum = (pick: (table: TableDiff) => number) => tables.reduce((total, table) => total + pick(table), 0);
  return {
    from: before.version,
    to: after.version,
    tablesAdded: names(after.dataset).filter((name) => !names(before.dataset).includes(name)),
    tablesRemoved: names(before.dataset).filter((name) => !names(after.dataset).includes(name)),
    tables,
    counts: {
      added: sum((table) => table.added.length),
      removed: sum((table) => table.removed.length),
      changed: sum((table) => table.changed.length),
      columnsAdded: sum((table) => table.columnsAdded.length),
      columnsRemoved: sum((table) => table.columnsRemoved.length),
    },
  };
}

/** The diff as JSON for data users (`/data/<id>/<version>/changes.json`), values as read. */
export function diffJson(diff: VersionDiff, dataset: string): string {
  return `${JSON.stringify({ format: 'vitrina-dataset-changes/1', dataset, ...diff }, null, 2)}\n`;
}
