import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetSite } from '../../../../components/dataset/dataset-site';
import { getDatasetReleases } from '../../../../site/data';
import { versionEntries, versionExports } from '../../../../datasets/versions';

/**
 * The files of every released version of every dataset: /data/<id>/<version>/<file> (canonical
 * CSVs, datapackage.json, changes.json, SHA256SUMS; src/datasets/versions.ts). They never change once
 * released: the check refuses a released file changed afterwards.
 */
export const getStaticPaths = (async () => {
  const site = datasetSite();
  return (await getDatasetReleases()).flatMap(({ dataset, releases }) =>
    versionEntries(releases).flatMap((entry) =>
      versionExports(entry, site).files.map((file) => ({ params: { id: dataset.id, version: entry.release.version, file: file.name }, props: { file } })),
    ),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { file } = props as { file: ReturnType<typeof versionExports>['files'][number] };
  const text = file.mediaType.startsWith('text/') || file.mediaType === 'application/json';
  return new Response(file.bytes as Uint8Array<ArrayBuffer>, {
    headers: { 'Content-Type': text ? `${file.mediaType}; charset=utf-8` : file.mediaType },
  });
};
