import type { Locale } from '../i18n/locales';
import { pick } from '../i18n/localized';
import type { Localized } from '../schemas/common';
import { LICENCES } from '../schemas/dataset';
import { modified } from './dcat';
import type { DatasetExports } from './exports';
import type { DatasetSite } from './links';
import type { LoadedDataset } from './load';

/**
 * schema.org `Dataset` for the dataset page's head (what search engines read): name, description,
 * licence, creator, the downloads as `DataDownload`, coverage, date modified, version, identifier.
 */
export function schemaOrgDataset(dataset: LoadedDataset, exports: DatasetExports, site: DatasetSite, locale: Locale) {
  const { urls } = site;
  const d = dataset.descriptor;
  const text = (value: Localized) => pick(value, locale, site).text;
  const page = urls.absolute(urls.dataset(locale, dataset.id));
  const keywords = d.keywords[locale] ?? [];
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    '@id': `${urls.absolute(urls.dataset(site.defaultLocale, dataset.id))}#dataset`,
    name: text(d.title),
    description: text(d.description),
    url: page,
    identifier: dataset.id,
    version: d.version,
    inLanguage: locale,
    license: LICENCES[d.licenses[0]!.name].url,
    isAccessibleForFree: true,
    ...(keywords.length ? { keywords } : {}),
    creator: { '@type': 'Organization', name: text(d.publisher.name), ...(d.publisher.url ? { url: d.publisher.url } : {}) },
    publisher: { '@type': 'Organization', name: text(d.publisher.name) },
    datePublished: d.issued,
    dateModified: modified(dataset),
    temporalCoverage: `${d.temporal.start}/${d.temporal.end ?? '..'}`,
    spatialCoverage: { '@type': 'Place', name: text(d.spatial.places) },
    distribution: exports.files
      .filter((file) => file.kind !== 'sums')
      .map((file) => ({
        '@type': 'DataDownload',
        name: file.name,
        encodingFormat: file.mediaType,
        contentUrl: urls.absolute(urls.download(dataset.id, file.name)),
        contentSize: `${file.bytes.length} B`,
        sha256: file.sha256,
      })),
  };
}
