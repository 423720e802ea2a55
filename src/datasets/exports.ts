import { createHash } from 'node:crypto';
import { zipSync } from 'fflate';
import { pick } from '../i18n/localized';
import type { Localized } from '../schemas/common';
import { LICENCES, type DatasetField } from '../schemas/dataset';
import { canonicalCsv, jsonRecords, spreadsheetCsv } from './csv-write';
import type { DatasetSite } from './links';
import type { LoadedDataset } from './load';

/** The kinds of download, in the order the page lists them. */
export type ExportKind = 'csv' | 'json' | 'spreadsheet' | 'datapackage' | 'zip' | 'sums';

/** One downloadable file. */
export interface ExportFile {
  /** File name under /data/<id>/. */
  name: string;
  /** What it is. */
  kind: ExportKind;
  /** The resource it holds, for per-table files. */
  resource?: string;
  /** IANA media type. */
  mediaType: string;
  /** Short format name (CSV, JSON, ZIP…). */
  format: string;
  /** Its exact bytes. */
  bytes: Uint8Array;
  /** Lower-case hex SHA-256 of the bytes. */
  sha256: string;
}

/** Every download of a dataset. */
export interface DatasetExports {
  files: ExportFile[];
  /** Look a file up by name. */
  byName: Map<string, ExportFile>;
}

const encoder = new TextEncoder();

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** One download file, its hash computed. */
export function exportFile(name: string, kind: ExportKind, mediaType: string, format: string, content: string | Uint8Array, resource?: string): ExportFile {
  const bytes = typeof content === 'string' ? encoder.encode(content) : content;
  return { name, kind, resource, mediaType, format, bytes, sha256: sha256(bytes) };
}

/** Builds every download of a dataset: per table CSV, JSON and spreadsheet CSV; datapackage.json; a zip; SHA256SUMS. */
export function buildExports(dataset: LoadedDataset, site: DatasetSite): DatasetExports {
  const files: ExportFile[] = [];
  for (const table of dataset.resources) {
    const name = table.resource.name;
    files.push(exportFile(`${name}.csv`, 'csv', 'text/csv', 'CSV', canonicalCsv(table), name));
    files.push(exportFile(`${name}.json`, 'json', 'application/json', 'JSON', jsonRecords(table), name));
    files.push(exportFile(`${name}-spreadsheet.csv`, 'spreadsheet', 'text/csv', 'CSV', spreadsheetCsv(table), name));
  }
  const pkg = dataPackage(dataset, site, files);
  files.push(exportFile('datapackage.json', 'datapackage', 'application/json', 'JSON', `${JSON.stringify(pkg, null, 2)}\n`));
  // fflate writes DOS times from local-time getters; a date built from local parts (at call time, in
  // the current zone) gives the same fields, hence the same bytes, in every time zone.
  const zipTime = new Date(2000, 0, 1, 12, 0, 0);
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const item of files) entries[`${dataset.id}/${item.name}`] = [item.bytes, { mtime: zipTime }];
  files.push(exportFile(`${dataset.id}.zip`, 'zip', 'application/zip', 'ZIP', zipSync(entries, { level: 6, mtime: zipTime })));
  return withSums(files);
}

/** `SHA256SUMS` as `sha256sum -c` reads it: one line per file, `<hex>  <name>`, sorted by name. */
export function sumsText(files: readonly { name: string; sha256: string }[]): string {
  return [...files].sort((a, b) => (a.name < b.name ? -1 : 1)).map((item) => `${item.sha256}  ${item.name}\n`).join('');
}

/** The files with their `SHA256SUMS` added last, looked up by name. */
export function withSums(files: readonly ExportFile[]): DatasetExports {
  const all = [...files, exportFile('SHA256SUMS', 'sums', 'text/plain', 'TXT', sumsText(files))];
  return { files: all, byName: new Map(all.map((item) => [item.name, item])) };
}

function fieldDescriptor(field: DatasetField, text: (value: Localized) => string) {
  const { required, unique, ...limits } = field.constraints;
  const constraints = { ...(required ? { required } : {}), ...(unique ? { unique } : {}), ...limits };
  return {
    name: field.name,
    type: field.type,
    title: text(field.title),
    ...(field.description ? { description: text(field.description) } : {}),
    ...(field.unit ? { 'vitrina:unit': field.unit } : {}),
    ...(field.categories ? { categories: field.categories.map((item) => ({ value: item.value, label: text(item.label) })) } : {}),
    ...(Object.keys(constraints).length ? { constraints } : {}),
  };
}

/**
 * The Frictionless Data Package v2 descriptor of the published files (canonical CSVs: UTF-8,
 * comma, dot decimals), with each file's size and SHA-256. Texts are in the site's default locale;
 * the translations go in `vitrina:` properties.
 */
export function dataPackage(dataset: LoadedDataset, site: DatasetSite, files: ExportFile[]) {
  const d = dataset.descriptor;
  const locale = site.defaultLocale;
  const text = (value: Localized) => pick(value, locale, site).text;
  const licence = d.licenses[0]!;
  const page = site.urls.absolute(site.urls.dataset(locale, dataset.id));
  // Every keyword once: the site's languages first, in its order, then any other there is.
  const keywords = [...new Set([...[locale, ...site.locales].flatMap((lang) => d.keywords[lang] ?? []), ...Object.values(d.keywords).flat()])];
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: dataset.id,
    id: page,
    title: text(d.title),
    description: text(d.description),
    'vitrina:title': d.title,
    'vitrina:description': d.description,
    homepage: page,
    version: d.version,
    created: `${d.issued}T00:00:00Z`,
    licenses: [{ name: licence.name, path: LICENCES[licence.name].url, title: LICENCES[licence.name].title }],
    ...(d.sources.length ? { sources: d.sources.map((source) => ({ title: text(source.title), ...(source.path ? { path: source.path } : {}) })) } : {}),
    contributors: [
      { title: text(d.publisher.name), roles: ['publisher'], ...(d.publisher.url ? { path: d.publisher.url } : {}), ...(d.publisher.email ? { email: d.publisher.email } : {}) },
      { title: text(d.contact.name), roles: ['contact'], email: d.contact.email },
    ],
    ...(keywords.length ? { keywords } : {}),
    'vitrina:illustrative': d.illustrative,
    'vitrina:themes': d.themes,
    'vitrina:temporal': d.temporal,
    'vitrina:spatial': d.spatial,
    resources: dataset.resources.map((table) => {
      const csv = files.find((item) => item.kind === 'csv' && item.resource === table.resource.name)!;
      const key = table.resource.schema.primaryKey;
      return {
        name: table.resource.name,
        type: 'table',
        path: csv.name,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        bytes: csv.bytes.length,
        hash: `sha256:${csv.sha256}`,
        ...(table.resource.title ? { title: text(table.resource.title) } : {}),
        ...(table.resource.description ? { description: text(table.resource.description) } : {}),
        dialect: { header: true, delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true },
        schema: {
          fields: table.resource.schema.fields.map((field) => fieldDescriptor(field, text)),
          ...(key === undefined ? {} : { primaryKey: [key].flat() }),
          missingValues: [''],
        },
      };
    }),
  };
}
