import { vitrinaConfig } from '../../../config/runtime';
import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetSite } from '../../../components/dataset/dataset-site';
import { getDatasets, getExports } from '../../../datasets/registry';

/**
 * Every download of every dataset at a stable, unlocalised URL: /data/<id>/<file>. The bytes come
 * from the dataset registry (one parse per process), so dev and build serve the same files.
 */
export const getStaticPaths = (async () => {
  const location = datasetSite();
  return getDatasets(vitrinaConfig.paths).flatMap((dataset) =>
    getExports(dataset.id, location, vitrinaConfig.paths).files.map((file) => ({ params: { id: dataset.id, file: file.name } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const file = getExports(params.id!, datasetSite(), vitrinaConfig.paths).byName.get(params.file!);
  if (!file) return new Response(null, { status: 404 });
  const text = file.mediaType.startsWith('text/') || file.mediaType === 'application/json';
  return new Response(file.bytes as Uint8Array<ArrayBuffer>, {
    headers: { 'Content-Type': text ? `${file.mediaType}; charset=utf-8` : file.mediaType },
  });
};
