import type { APIRoute } from 'astro';
import type { Locale } from '../../../i18n/locales';
import { getRecommendations } from '../../../monitoring/registry';
import { historyCsv } from '../../../monitoring/tracker';
import { getSite } from '../../../site/data';
import { createUrls } from '../../../site/urls';

/** The whole tracker at a stable address, once for the site (built only for the default locale: /recommendations/recommendations-history.csv). */
export async function getStaticPaths() {
  return [{ params: { lang: undefined } }];
}

export const GET: APIRoute = async () => {
  const site = await getSite();
  const urls = createUrls({ base: import.meta.env.BASE_URL, defaultLocale: site.defaultLocale });
  const links = { file: (file: string) => urls.file(file), publication: (lang: string, slug: string) => urls.publication(lang as Locale, slug) };
  const recommendations = getRecommendations();
  return new Response(historyCsv(recommendations, links), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
