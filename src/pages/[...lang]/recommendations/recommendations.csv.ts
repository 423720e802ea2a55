import type { APIRoute } from 'astro';
import { getRecommendations } from '../../../monitoring/registry';
import { trackerCsv } from '../../../monitoring/tracker';

/** The whole tracker at a stable address, once for the site (built only for the default locale: /recommendations/recommendations.csv). */
export async function getStaticPaths() {
  return [{ params: { lang: undefined } }];
}

export const GET: APIRoute = () => {
  const recommendations = getRecommendations();
  return new Response(trackerCsv(recommendations), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
