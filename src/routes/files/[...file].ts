import { vitrinaConfig } from '../../config/runtime';
import type { APIRoute, GetStaticPaths } from 'astro';
import fs from 'node:fs';
import path from 'node:path';
import { listContentFiles } from '../../entries/attachments';

/** Copies every file in content/files to /files/… as it is (attachments, logos referenced by URL). */
export const getStaticPaths = (() => {
  const dir = path.join(vitrinaConfig.paths.content, 'files');
  return listContentFiles(dir).map((file) => ({ params: { file }, props: { absolute: path.join(dir, file) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(fs.readFileSync(props.absolute as string));
