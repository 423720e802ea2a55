/**
 * Links that editors write in Markdown start at the site's root: `[About](/about/)`,
 * `![Chart](/files/chart.png)`. When the site is served under a sub-path (`base: /vitrina/` in
 * site.yaml, or VITRINA_BASE), those links must carry it, or they lead out of the site. This module
 * adds the sub-path at build time, so the same content works at any address.
 */

/** `url` with the sub-path in front when it is root-relative and does not carry it yet. */
export function withBase(url: string, base: string): string {
  const prefix = base.replace(/\/+$/, '');
  if (!prefix || !url.startsWith('/') || url.startsWith('//')) return url;
  if (url === prefix || url.startsWith(`${prefix}/`) || url.startsWith(`${prefix}?`) || url.startsWith(`${prefix}#`)) return url;
  return `${prefix}${url}`;
}

/** The parts of satteri's HAST node and context this plugin uses (as in src/quality/markdown-safety.ts). */
interface Node {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
}
interface Context {
  setProperty(node: Node, key: string, value: unknown): void;
}

/** A satteri HAST plugin that puts the sub-path in front of root-relative links and image sources. */
export function markdownBase(base: string) {
  const rewrite = (key: 'href' | 'src') => (node: Node, ctx: Context) => {
    const url = node.properties?.[key];
    if (typeof url === 'string') {
      const next = withBase(url, base);
      if (next !== url) ctx.setProperty(node, key, next);
    }
  };
  return {
    name: 'vitrina:markdown-base',
    element: [
      { filter: ['a'], visit: rewrite('href') },
      { filter: ['img', 'source'], visit: rewrite('src') },
    ],
  };
}
