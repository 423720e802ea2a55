import type { GetStaticPaths } from 'astro';
import { exportPaths, exportResponse } from './_exports';

/** The PNG of each chart export (./_exports.ts). */
export const getStaticPaths = exportPaths('png') satisfies GetStaticPaths;
export const GET = exportResponse('image/png');
