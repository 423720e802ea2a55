import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetSite } from '../../../components/dataset/dataset-site';
import { getDatasets, getExports } from '../../../site/data';

/**
 * Every download of every dataset at a stable, unlocalised URL: /data/<id>/<file>. The bytes come
 * from the `datasets` collection (made once per version of the dataset's files), so dev and build serve the same files.
 */
export const getStaticPaths = (async () => {
  const location = datasetSite();
  const datasets = await getDatasets();
  const exports = await Promise.all(datasets.map((dataset) => getExports(dataset.id, location)));
  return datasets.flatMap((dataset, index) => exports[index]!.files.map((file) => ({ params: { id: dataset.id, file: file.name } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const file = (await getExports(params.id!, datasetSite())).byName.get(params.file!);
  if (!file) return new Response(null, { status: 404 });
  const text = file.mediaType.startsWith('text/') || file.mediaType === 'application/json';
  return new Response(file.bytes as Uint8Array<ArrayBuffer>, {
    headers: { 'Content-Type': text ? `${file.mediaType}; charset=utf-8` : file.mediaType },
  });
};
