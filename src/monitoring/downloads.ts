import { vitrinaConfig } from '../config/runtime';
import type { APIRoute } from 'astro';
import { getSite } from '../site/data';
import { createUrls } from '../site/urls';
import { monitoringUrls } from './pages';
import { getRecommendations } from './registry';
import type { Recommendation } from './recommendations';
import type { EvidenceLinks } from './tracker';

/**
 * A static endpoint for one download of the whole tracker: built once for the site at
 * /recommendations/<file> (the default locale's path), since a download is the same in every language.
 */
export function trackerDownload(render: (recommendations: readonly Recommendation[], links: EvidenceLinks) => string, contentType: string) {
  return {
    getStaticPaths: async () => [{ params: { lang: undefined } }],
    GET: (async () => {
      const site = await getSite();
      const links = monitoringUrls(createUrls({ base: import.meta.env.BASE_URL, defaultLocale: site.defaultLocale })).evidence;
      return new Response(render(getRecommendations(vitrinaConfig.paths), links), { headers: { 'Content-Type': contentType } });
    }) satisfies APIRoute,
  };
}
