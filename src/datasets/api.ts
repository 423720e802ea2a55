import type { Locale } from '../i18n/locales';
import type { Localized } from '../schemas/common';
import { LICENCES } from '../schemas/dataset';
import { modified, type CatalogueInput } from './dcat';
import type { ExportFile } from './exports';

/**
 * The static API for data users (docs/api.md): `/api/datasets.json`, every dataset with its
 * versions, tables, file addresses, sizes and hashes, licence and DCAT link, made from the same
 * input as the DCAT catalogue. Its shape is `vitrina-api/1`: fields are only ever added; a field that
 * changes meaning or goes away raises the number.
 */
export const API_FORMAT = 'vitrina-api/1';

/** One downloadable file as the API describes it. */
export interface ApiFile {
  name: string;
  url: string;
  mediaType: string;
  bytes: number;
  sha256: string;
}

export function apiJson(input: CatalogueInput): string {
  const { site } = input;
  const { urls } = site;
  const absolute = (address: string) => urls.absolute(address);
  const perLocale = (page: (locale: Locale) => string) => Object.fromEntries(site.locales.map((locale) => [locale, absolute(page(locale))])) as Localized;
  const file = (item: ExportFile, url: string): ApiFile => ({ name: item.name, url, mediaType: item.mediaType, bytes: item.bytes.length, sha256: item.sha256 });
  const datasets = input.datasets.map(({ dataset, exports, versions = [] }) => {
    const d = dataset.descriptor;
    const licence = d.licenses[0]!.name;
    const download = (item: ExportFile) => file(item, absolute(urls.download(dataset.id, item.name)));
    const page = absolute(urls.dataset(site.defaultLocale, dataset.id));
    return {
      id: dataset.id,
      title: d.title,
      description: d.description,
      illustrative: d.illustrative,
      version: d.version,
      issued: d.issued,
      modified: modified(dataset),
      licence: { id: licence, title: LICENCES[licence].title, url: LICENCES[licence].url },
      themes: d.themes,
      keywords: d.keywords,
      page: perLocale((locale) => urls.dataset(locale, dataset.id)),
      dcat: `${page}#dataset`,
      tables: dataset.resources.map((table) => ({
        name: table.resource.name,
        ...(table.resource.title ? { title: table.resource.title } : {}),
        rows: table.rows.length,
        primaryKey: table.resource.schema.primaryKey === undefined ? [] : [table.resource.schema.primaryKey].flat(),
        fields: table.resource.schema.fields.map((field) => ({ name: field.name, type: field.type, title: field.title, ...(field.unit ? { unit: field.unit } : {}) })),
        files: exports.files.filter((item) => item.resource === table.resource.name).map(download),
      })),
      files: exports.files.filter((item) => item.resource === undefined).map(download),
      versions: versions.map((version) => ({
        version: version.version,
        ...(version.date ? { date: version.date } : {}),
        ...(version.note ? { note: version.note } : {}),
        page: perLocale((locale) => urls.version(locale, dataset.id, version.version)),
        dcat: `${page}#version-${version.version}`,
        files: version.exports.files.map((item) => file(item, absolute(urls.versionFile(dataset.id, version.version, item.name)))),
      })),
    };
  });
  return `${JSON.stringify(
    {
      format: API_FORMAT,
      site: absolute(urls.home(site.defaultLocale)),
      catalogue: { jsonld: absolute(urls.catalogueFile('jsonld')), turtle: absolute(urls.catalogueFile('ttl')) },
      datasets,
    },
    null,
    2,
  )}\n`;
}
