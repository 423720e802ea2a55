import type { GetStaticPaths } from 'astro';
import { exportPaths, exportResponse } from './_exports';

/** The SVG of each chart export (./_exports.ts). */
export const getStaticPaths = exportPaths('svg') satisfies GetStaticPaths;
export const GET = exportResponse('image/svg+xml');
