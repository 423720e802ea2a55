import type { APIRoute } from 'astro';
import type { MessageKey } from '../../../../i18n/catalogue';
import { vitrinaConfig } from '../../../../config/runtime';
import { renderCard } from '../../../../share/card';
import { pageContext } from '../../../../site/context';
import { getPublications, getSite, type PublicationEntry } from '../../../../site/data';

/** The share card of each publication version: /cards/<lang>/publications/<slug>.png. */
export async function getStaticPaths() {
  const site = await getSite();
  return (await getPublications())
    .filter((entry) => site.locales.includes(entry.lang))
    .map((entry) => ({ params: { lang: entry.lang, slug: entry.slug }, props: { entry } }));
}

export const GET: APIRoute = async ({ props }) => {
  const { entry } = props as { entry: PublicationEntry };
  const ctx = await pageContext(entry.lang);
  const png = await renderCard({
    title: entry.data.title,
    kind: ctx.t(`publication.typeOne.${entry.data.type}` as MessageKey),
    date: ctx.f.date(entry.data.published),
    siteName: ctx.text(ctx.site.name),
  }, vitrinaConfig.cacheDir);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
