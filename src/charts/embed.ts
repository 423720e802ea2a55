import { escapeMarkup } from '../text/markup';

/**
 * Embedding a figure on another site (docs/embedding.md): the `<iframe>` code its page offers, the
 * height written in it, the message an embed page sends when its height changes, and the script an
 * embedding page may add to follow that message.
 */

/** The width the iframe code is written for, and the height measured at: the wide drawing's. */
export const EMBED_WIDTH = 680;

/**
 * What an embed page posts to the page that frames it: `{ type, height }`, the height in CSS pixels
 * (src/components/embed/report-height.ts, which the reader's browser runs: this module imports nothing
 * heavy).
 */
export const EMBED_MESSAGE = 'vitrina:embed-height';

/** The iframe code to copy: full width up to the wide drawing's, the documented height, lazy. */
export function iframeCode(embed: { src: string; title: string; height: number }): string {
  return `<iframe src="${escapeMarkup(embed.src)}" title="${escapeMarkup(embed.title)}" width="100%" height="${embed.height}" style="border:0;max-width:${EMBED_WIDTH}px" loading="lazy"></iframe>`;
}

/**
 * The script an embedding page adds once, for any number of this site's frames: each frame takes the
 * height its page reports. Only messages from the site's own origin are followed.
 */
export function resizeScript(origin: string): string {
  return [
    '<script>',
    'addEventListener("message", function (e) {',
    `  if (e.origin !== ${JSON.stringify(origin)} || (e.data || {}).type !== ${JSON.stringify(EMBED_MESSAGE)}) return;`,
    '  for (const f of document.querySelectorAll("iframe")) if (f.contentWindow === e.source) f.style.height = e.data.height + "px";',
    '});',
    '</script>',
  ].join('\n');
}
