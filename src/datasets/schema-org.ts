import type { Locale } from '../i18n/locales';
import { LICENCES } from '../schemas/dataset';
import { modified } from './dcat';
import type { DatasetExports } from './exports';
import { absolute, datasetPagePath, downloadPath, pick, type SiteLocation } from './links';
import type { LoadedDataset } from './load';

/**
 * schema.org `Dataset` for the dataset page's head (what search engines read): name, description,
 * licence, creator, the downloads as `DataDownload`, coverage, date modified, version, identifier.
 */
export function schemaOrgDataset(dataset: LoadedDataset, exports: DatasetExports, site: SiteLocation, locale: Locale) {
  const d = dataset.descriptor;
  const page = absolute(site, datasetPagePath(site, dataset.id, locale));
  const keywords = d.keywords[locale] ?? [];
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    '@id': `${absolute(site, datasetPagePath(site, dataset.id, site.defaultLocale))}#dataset`,
    name: pick(d.title, locale),
    description: pick(d.description, locale),
    url: page,
    identifier: dataset.id,
    version: d.version,
    inLanguage: locale,
    license: LICENCES[d.licenses[0]!.name].url,
    isAccessibleForFree: true,
    ...(keywords.length ? { keywords } : {}),
    creator: { '@type': 'Organization', name: pick(d.publisher.name, locale), ...(d.publisher.url ? { url: d.publisher.url } : {}) },
    publisher: { '@type': 'Organization', name: pick(d.publisher.name, locale) },
    datePublished: d.issued,
    dateModified: modified(dataset),
    temporalCoverage: `${d.temporal.start}/${d.temporal.end ?? '..'}`,
    spatialCoverage: { '@type': 'Place', name: pick(d.spatial.places, locale) },
    distribution: exports.files
      .filter((file) => file.kind !== 'sums')
      .map((file) => ({
        '@type': 'DataDownload',
        name: file.name,
        encodingFormat: file.mediaType,
        contentUrl: absolute(site, downloadPath(site, dataset.id, file.name)),
        contentSize: `${file.bytes.length} B`,
        sha256: file.sha256,
      })),
  };
}
