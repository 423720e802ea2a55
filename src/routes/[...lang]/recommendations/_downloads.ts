import type { APIRoute } from 'astro';
import { siteUrls } from '../../../config/runtime';
import { getRecommendations } from '../../../site/data';
import type { Recommendation } from '../../../monitoring/recommendations';
import type { EvidenceLinks } from '../../../monitoring/tracker';

/**
 * A static endpoint for one download of the whole tracker: built once for the site at
 * /recommendations/<file> (the default locale's path), since a download is the same in every language.
 */
export function trackerDownload(render: (recommendations: readonly Recommendation[], links: EvidenceLinks) => string, contentType: string) {
  return {
    getStaticPaths: async () => [{ params: { lang: undefined } }],
    GET: (async () => new Response(render(await getRecommendations(), siteUrls().monitoring.evidence), { headers: { 'Content-Type': contentType } })) satisfies APIRoute,
  };
}
