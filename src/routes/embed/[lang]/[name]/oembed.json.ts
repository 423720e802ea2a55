import type { APIRoute, GetStaticPaths } from 'astro';
import type { Locale } from '../../../../i18n/locales';
import { pageContext } from '../../../../site/context';
import { embedPaths, oembedAnswer, type EmbedEntry } from '../../../../site/embeds';

/**
 * A figure's oEmbed answer, /embed/<lang>/<name>/oembed.json (docs/embedding.md), which its embed page
 * names in `<link rel="alternate" type="application/json+oembed">`.
 */
export const getStaticPaths = (async () => embedPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { locale, entry } = props as { locale: Locale; entry: EmbedEntry };
  const ctx = await pageContext(locale);
  return new Response(`${JSON.stringify(oembedAnswer(entry, ctx), null, 2)}\n`, { headers: { 'Content-Type': 'application/json+oembed' } });
};
