import type { APIRoute } from 'astro';
import icon from '../../assets/favicon.svg?raw';

/** The default icon, for a site without a `public/favicon.svg` of its own (see src/index.ts). */
export const GET: APIRoute = () => new Response(icon, { headers: { 'Content-Type': 'image/svg+xml' } });
