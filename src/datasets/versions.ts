import { canonicalCsv } from './csv-write';
import { diffJson, diffVersions, type VersionDiff } from './diff';
import { dataPackage, exportFile, withSums, type DatasetExports, type ExportFile } from './exports';
import type { DatasetSite } from './links';
import type { CatalogueVersion } from './dcat';
import type { LoadedDataset } from './load';
import type { Release } from './releases';

/**
 * What the site publishes of each released version (docs/datasets.md, "Versions"), under
 * `/data/<id>/<version>/`: the canonical CSV of each table, `datapackage.json`, what changed since
 * the version before as `changes.json`, and `SHA256SUMS` over them, which `sha256sum -c` checks in
 * a folder of the downloaded files. Only the canonical CSV: the JSON and spreadsheet variants and
 * the zip are made from it by anyone, and would triple what each version costs in `dist/`.
 */

/** A released version with what changed since the one before it (none for the first). */
export interface VersionEntry {
  release: Release;
  previous?: Release;
  diff?: VersionDiff;
}

/** Each release with the one before it and the diff between them, oldest first. */
export function versionEntries(releases: readonly Release[]): VersionEntry[] {
  return releases.map((release, index) => {
    const previous = index > 0 ? releases[index - 1] : undefined;
    return { release, ...(previous ? { previous, diff: diffVersions(previous, release) } : {}) };
  });
}

/** The files of one released version. */
export function versionExports(entry: VersionEntry, site: DatasetSite): DatasetExports {
  const { dataset } = entry.release;
  const files: ExportFile[] = dataset.resources.map((table) => exportFile(`${table.resource.name}.csv`, 'csv', 'text/csv', 'CSV', canonicalCsv(table), table.resource.name));
  files.push(exportFile('datapackage.json', 'datapackage', 'application/json', 'JSON', `${JSON.stringify(dataPackage(dataset, site, files), null, 2)}\n`));
  if (entry.diff) files.push(exportFile('changes.json', 'json', 'application/json', 'JSON', diffJson(entry.diff, dataset.id)));
  return withSums(files);
}

/** The released versions of a dataset as the DCAT catalogue describes them, oldest first. */
export function catalogueVersions(dataset: LoadedDataset, releases: readonly Release[], site: DatasetSite): CatalogueVersion[] {
  return versionEntries(releases).map((entry) => {
    const change = dataset.descriptor.changes.find((item) => item.version === entry.release.version);
    return { version: entry.release.version, date: change?.date, note: change?.note, exports: versionExports(entry, site) };
  });
}
