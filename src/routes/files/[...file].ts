import { vitrinaConfig } from '../../config/runtime';
import type { APIRoute, GetStaticPaths } from 'astro';
import fs from 'node:fs';
import path from 'node:path';
import { listContentFiles } from '../../entries/attachments';
import { publishedFiles } from '../../entries/published-files';
import { getPages, getPublications, getRecommendations } from '../../site/data';

/**
 * Copies to /files/… as they are the files of content/files that the content names (attachments,
 * evidence of recommendations, `/files/…` links in Markdown) and those under content/files/public/
 * (src/entries/published-files.ts). Drafts name nothing in a production build.
 */
export const getStaticPaths = (async () => {
  const dir = path.join(vitrinaConfig.paths.content, 'files');
  const publications = await getPublications();
  const named = [
    ...publications.flatMap((entry) => entry.data.attachments.map((attachment) => attachment.file)),
    ...(await getRecommendations()).flatMap((recommendation) => recommendation.history.flatMap((entry) => entry.evidence.flatMap((item) => (item.file ? [item.file] : [])))),
  ];
  const bodies = [...publications, ...(await getPages())].map((entry) => entry.body ?? '');
  return publishedFiles(listContentFiles(dir), { named, bodies }).map((file) => ({ params: { file }, props: { absolute: path.join(dir, file) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(fs.readFileSync(props.absolute as string));
