/**
 * A small, dependency-free scanner for the HTML that Astro writes: the start tags with their
 * attributes, outside comments, scripts and styles. It is not a full HTML parser: it needs to be
 * right only for well-formed, generated markup, and fast over a few thousand pages.
 */

export interface Tag {
  /** Lower-case tag name. */
  name: string;
  /** Attributes with lower-case names and entity-decoded values (a bare attribute has ''). */
  attributes: Record<string, string>;
}

const TAG = /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references that can appear in attribute values. */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/** The markup without comments and without the bodies of script, style and template elements. */
function stripOpaque(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(<(script|style|template)\b[^>]*>)[\s\S]*?(<\/\2\s*>)/gi, '$1$3');
}

/** Every start tag of a document, in order. */
export function scanTags(html: string): Tag[] {
  const tags: Tag[] = [];
  for (const match of stripOpaque(html).matchAll(TAG)) {
    const attributes: Record<string, string> = {};
    for (const attribute of (match[2] ?? '').matchAll(ATTRIBUTE)) {
      const name = attribute[1]!.toLowerCase();
      if (name in attributes) continue;
      attributes[name] = decodeEntities(attribute[2] ?? attribute[3] ?? attribute[4] ?? '');
    }
    tags.push({ name: match[1]!.toLowerCase(), attributes });
  }
  return tags;
}

/** The inline `<script>` elements of a document (no `src`): their attributes and their text. */
export function inlineScripts(html: string): { attributes: Record<string, string>; text: string }[] {
  const found: { attributes: Record<string, string>; text: string }[] = [];
  const tag = new RegExp(TAG.source, 'g');
  let match: RegExpExecArray | null;
  while ((match = tag.exec(html))) {
    if (match[1]!.toLowerCase() !== 'script') continue;
    const end = html.indexOf('</script', tag.lastIndex);
    const text = html.slice(tag.lastIndex, end === -1 ? html.length : end);
    tag.lastIndex = end === -1 ? html.length : end;
    const attributes: Record<string, string> = {};
    for (const attribute of (match[2] ?? '').matchAll(ATTRIBUTE)) {
      attributes[attribute[1]!.toLowerCase()] ??= decodeEntities(attribute[2] ?? attribute[3] ?? attribute[4] ?? '');
    }
    if (attributes.src === undefined) found.push({ attributes, text });
  }
  return found;
}
