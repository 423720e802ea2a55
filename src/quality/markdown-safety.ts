/**
 * The one place where Markdown bodies are made safe. Astro's Markdown processor (satteri) copies
 * raw HTML in a Markdown file into the page as it is, and keeps any URL scheme in links. Editors
 * write Markdown, not HTML, so this plugin (a satteri HAST plugin: no remark/rehype pipeline)
 *   - shows raw HTML as text (escaped), so a `<script>` or an `onerror=` can never run,
 *     and drops HTML comments, which editors use for notes;
 *   - removes link URLs whose scheme is not http(s), mailto or tel (`javascript:`…), and images
 *     whose source is not http(s) or relative (they become their alt text);
 *   - turns GFM table alignment (`style="text-align: right"`) into classes, so that pages carry
 *     no inline style and the Content-Security-Policy needs no 'unsafe-inline' for styles;
 *   - puts each table in a box of its own that scrolls sideways on a narrow screen.
 * MDX files are code, not content: they are not sanitised here and need a developer's review.
 */

import type { HastParentContent } from 'satteri';

/** The parts of satteri's HAST node and context this plugin uses (kept structural on purpose). */
interface Node {
  type: string;
  value?: string;
  tagName?: string;
  properties?: Record<string, unknown>;
}
/** A node with the children the table's headings are read from. */
type Parent = Node & { children?: Parent[] };
interface Context {
  replaceNode(node: Node, replacement: Node | Node[]): void;
  wrapNode(node: Node, parent: HastParentContent): void;
  removeNode(node: Node): void;
  setProperty(node: Node, key: string, value: unknown): void;
  parent(node: Node): Node | undefined;
}

const ALLOWED_LINK = /^(https?|mailto|tel):$/;
const ALLOWED_SOURCE = /^https?:$/;
const ALIGN = /^\s*text-align:\s*(left|center|right)\s*;?\s*$/;

/**
 * Whether a URL is safe to keep: relative, a fragment, or one of the allowed schemes. Browsers
 * ignore control characters and whitespace inside a scheme (`java\tscript:`), so those are removed
 * before looking at it.
 */
export function isSafeUrl(url: string, allowed: RegExp = ALLOWED_LINK): boolean {
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact);
  return !scheme || allowed.test(`${scheme[1]!.toLowerCase()}:`);
}

/** The satteri plugin; add it to `markdown.processor` in astro.config.mjs. */
export function markdownSafety() {
  return {
    name: 'vitrina:markdown-safety',
    raw(node: Node, ctx: Context) {
      const html = node.value ?? '';
      if (/^\s*<!--[\s\S]*?-->\s*$/.test(html)) return ctx.removeNode(node);
      const text = { type: 'text', value: html };
      // A block of HTML on its own becomes a paragraph of text; inline HTML stays inline text.
      const block = ctx.parent(node)?.type === 'root';
      ctx.replaceNode(node, block ? ({ type: 'element', tagName: 'p', properties: {}, children: [text] } as Node) : text);
    },
    element: [
      {
        filter: ['a'],
        visit(node: Node, ctx: Context) {
          const href = node.properties?.href;
          if (typeof href === 'string' && !isSafeUrl(href)) ctx.setProperty(node, 'href', undefined);
        },
      },
      {
        filter: ['img'],
        visit(node: Node, ctx: Context) {
          const src = node.properties?.src;
          // An image that cannot load safely is replaced by its text alternative.
          if (typeof src === 'string' && !isSafeUrl(src, ALLOWED_SOURCE)) ctx.replaceNode(node, { type: 'text', value: String(node.properties?.alt ?? '') });
        },
      },
      {
        // A table in a text scrolls inside its own box on a narrow screen instead of widening the
        // page; the box can be focused, so keyboard users can scroll it, and is named by the table's
        // column headings (no sentence in a given language is needed for that).
        filter: ['table'],
        visit(node: Node, ctx: Context) {
          const headings = (find(node, 'tr')?.children ?? []).filter((cell) => cell.tagName === 'th' || cell.tagName === 'td').map(textOf).filter(Boolean);
          // A named <section> is a region, as ScrollTable's box is (src/components/site/ScrollTable.astro).
          ctx.wrapNode(node, { type: 'element', tagName: 'section', properties: { className: ['table-wrap'], tabIndex: 0, ariaLabel: headings.join(', ') || 'table' }, children: [] });
        },
      },
      {
        filter: ['th', 'td'],
        visit(node: Node, ctx: Context) {
          const style = node.properties?.style;
          if (typeof style !== 'string') return;
          const align = ALIGN.exec(style);
          ctx.setProperty(node, 'style', undefined);
          if (align) ctx.setProperty(node, 'className', [`align-${align[1]}`]);
        },
      },
    ],
  };
}

/** The first element named `tagName` under `node`, depth first. */
function find(node: Parent, tagName: string): Parent | undefined {
  for (const child of node.children ?? []) {
    if (child.tagName === tagName) return child;
    const found = find(child, tagName);
    if (found) return found;
  }
  return undefined;
}

/** The text of a node, whitespace collapsed. */
function textOf(node: Parent): string {
  const text = (part: Parent): string => (part.type === 'text' ? (part.value ?? '') : (part.children ?? []).map(text).join(''));
  return text(node).replace(/\s+/g, ' ').trim();
}
