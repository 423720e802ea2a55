import { Parser } from 'htmlparser2';

/**
 * The one reader of the HTML that Astro wrote (STYLE habit 13). After the build each page is parsed
 * once, by `readBuiltPage`, and the search index, the sitemap and the link check take what they need
 * from its facts; the quality gates read tags through `pageTags`, with the same parser.
 *
 * The parser is htmlparser2 (fb55, MIT, maintained; its entity decoder `entities` is the one the tree
 * already had through svgo). It streams: no tree is built, so a page costs one pass of its tokenizer
 * and the callbacks below, which matters at 5,000 pages of 20–90 KB. It decodes every character
 * reference of HTML (the full named table, numeric and legacy forms), reads attributes in every
 * quoting style, treats script, style, title and textarea as text and switches to foreign content
 * inside `<svg>` and `<math>` (self-closing tags, SVG's camel-case tag names). Passed over: parse5,
 * exact to the standard's tree construction (which this reader does not need: Astro's markup is well
 * formed), but even its streaming parser took about 1.6× htmlparser2's time on the example site;
 * and ultrahtml, already installed with Astro, a regular-expression tokenizer that leaves entities
 * in attribute values undecoded and takes a backslash in a quoted value for an escape.
 */

/** One start tag: its name, and its attributes with lower-case names and decoded values. */
export interface Tag {
  /** Lower-case tag name (SVG's camel-case names inside `<svg>`). */
  name: string;
  /** Attributes with lower-case names and entity-decoded values; a bare attribute has ''. */
  attributes: Record<string, string>;
  /** For `<script>`: the text inside it (empty for one that loads a file). */
  text?: string;
}

/** The page's `<main>`, located in its source, for the copy that pagefind reads. */
export interface MainElement {
  /** Offset just after the tag name of `<main` (where an attribute can be added). */
  nameEnd: number;
  /** Offset of its end tag `</main>`; -1 when it has none. */
  closeStart: number;
  /** Whether it carries `data-pagefind-body` already. */
  body: boolean;
  /** Its text without scripts, styles, templates and inline SVG; a tag or a comment separates words. */
  text: string;
}

/** What the steps after the build need to know about one built page. */
export interface PageFacts {
  /** Every URL the page links to or loads (`URL_ATTRIBUTES`), decoded and trimmed, srcset split, once each, in order. */
  links: string[];
  /** Every id, and the name of every `<a name>`: the page's #fragment targets. */
  anchors: string[];
  /** The href of the first `<link rel="canonical">` in `<head>` ('' when it has none); undefined without one. */
  canonical: string | undefined;
  /** The `<link rel="alternate" hreflang href>` of `<head>` that have both, in order. */
  alternates: { hreflang: string; url: string }[];
  /** Whether `<head>` has `<meta name="robots">` whose content says noindex. */
  noindex: boolean;
  /** The `lang` of `<html>` as written; undefined when missing or empty. */
  lang: string | undefined;
  /** Whether the page is marked for the search index: `SearchMeta` writes `<meta data-pagefind-filter="type[content]">`. */
  searchable: boolean;
  /** The first `<main>`; undefined when the page has none. */
  main: MainElement | undefined;
  /** Source ranges [start, end) of the outermost inline `<svg>` elements that have an end tag. */
  svg: [number, number][];
  /**
   * Offsets just after the end tag of each block element inside `<main>` (a paragraph, a list item,
   * a term, a cell…), outside `<svg>`: where the copy for the search index puts a space, so that the
   * text of two blocks written without one between them is not read as one word.
   */
  blockEnds: number[];
}

/**
 * The filter `SearchMeta.astro` writes on the meta element that marks a page for the index. Lists,
 * the search page and the 404 page do not carry it and are left out.
 */
export const SEARCH_FILTER = 'type[content]';

/** Attributes that load or link to a URL, by element. */
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  script: ['src'],
  iframe: ['src'],
  audio: ['src'],
  video: ['src', 'poster'],
  track: ['src'],
  embed: ['src'],
  object: ['data'],
  form: ['action'],
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
};

/** HTML as browsers read it: character references decoded, names lower-cased (htmlparser2's defaults, said out loud). */
const PARSER_OPTIONS = { decodeEntities: true, xmlMode: false };

/** Elements that end a block of text: their text and the next one's are separate words. */
const BLOCKS = new Set(['p', 'li', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'tr', 'caption', 'figcaption', 'blockquote', 'div', 'section', 'article', 'header', 'footer', 'ul', 'ol', 'dl', 'table', 'figure', 'nav', 'aside', 'pre', 'address', 'details', 'summary']);

/** Elements whose content is not words of the page (for the stems of `<main>`). */
const NOT_TEXT = new Set(['script', 'style', 'template', 'svg']);

/** A srcset candidate: white space and commas before it, then its URL, which runs to white space. */
const CANDIDATE_URL = /[\s,]*(\S+)/y;
/** A candidate's descriptors (`2x`, `480w`), up to the comma that ends it (not one in parentheses). */
const DESCRIPTORS = /[^,(]*(?:\([^)]*\)[^,(]*)*/y;

/** The URLs of a srcset, split as the HTML standard splits it (a URL may hold a comma: `data:`). */
function srcsetUrls(value: string): string[] {
  const urls: string[] = [];
  CANDIDATE_URL.lastIndex = 0;
  for (let match = CANDIDATE_URL.exec(value); match; match = CANDIDATE_URL.exec(value)) {
    let url = match[1]!;
    if (url.endsWith(',')) url = url.replace(/,+$/, '');
    else {
      DESCRIPTORS.lastIndex = CANDIDATE_URL.lastIndex;
      DESCRIPTORS.exec(value);
      CANDIDATE_URL.lastIndex = DESCRIPTORS.lastIndex;
    }
    if (url) urls.push(url);
  }
  return urls;
}

/**
 * Reads one built page: the facts the search index, the sitemap and the link check need, in one
 * pass of the parser. Offsets (`main`, `svg`) index `html` itself. Content inside `<template>` is
 * not part of the document and is left out, as a browser leaves it out.
 */
export function readBuiltPage(html: string): PageFacts {
  const facts: PageFacts = { links: [], anchors: [], canonical: undefined, alternates: [], noindex: false, lang: undefined, searchable: false, main: undefined, svg: [], blockEnds: [] };
  const seen = new Set<string>();
  let templates = 0;
  let inHead = false;
  let svgDepth = 0;
  let svgStart = 0;
  // Inside the first <main>: its depth (main in main is not HTML, but counted all the same), and
  // how deep inside elements whose content is not text.
  let mainDepth = 0;
  let skipDepth = 0;
  let text = '';
  const parser: Parser = new Parser(
    {
      onopentag(name, attributes) {
        if (templates > 0) {
          if (name === 'template') templates++;
          return;
        }
        if (mainDepth > 0) {
          text += ' ';
          if (name === 'main') mainDepth++;
          if (skipDepth > 0 || NOT_TEXT.has(name)) skipDepth++;
        } else if (name === 'main' && !facts.main) {
          facts.main = { nameEnd: parser.startIndex + 1 + name.length, closeStart: -1, body: 'data-pagefind-body' in attributes, text: '' };
          mainDepth = 1;
        }
        if (name === 'svg' && svgDepth++ === 0) svgStart = parser.startIndex;
        const id = attributes.id;
        if (id) facts.anchors.push(id);
        if (name === 'a' && attributes.name) facts.anchors.push(attributes.name);
        for (const attribute of URL_ATTRIBUTES[name] ?? []) {
          const value = attributes[attribute];
          if (value === undefined) continue;
          for (const url of attribute === 'srcset' ? srcsetUrls(value) : [value.trim()]) {
            if (seen.has(url)) continue;
            seen.add(url);
            facts.links.push(url);
          }
        }
        if (name === 'html') facts.lang = attributes.lang || undefined;
        else if (name === 'head') inHead = true;
        else if (name === 'meta') {
          if (attributes['data-pagefind-filter'] === SEARCH_FILTER) facts.searchable = true;
          if (inHead && attributes.name === 'robots' && /noindex/i.test(attributes.content ?? '')) facts.noindex = true;
        } else if (name === 'link' && inHead) {
          const { rel, href, hreflang } = attributes;
          if (rel === 'canonical' && facts.canonical === undefined) facts.canonical = href ?? '';
          if (rel === 'alternate' && hreflang && href) facts.alternates.push({ hreflang, url: href });
        } else if (name === 'template') templates++;
      },
      onclosetag(name, implied) {
        // Inside a template only its end counts; the outermost one's end is an element's end below.
        if (templates > 0 && (name !== 'template' || --templates > 0)) return;
        if (name === 'head') inHead = false;
        if (name === 'svg' && --svgDepth === 0 && !implied) facts.svg.push([svgStart, parser.endIndex + 1]);
        if (mainDepth === 0) return;
        if (skipDepth > 0) skipDepth--;
        if (BLOCKS.has(name) && !implied && svgDepth === 0) facts.blockEnds.push(parser.endIndex + 1);
        if (name === 'main' && --mainDepth === 0) {
          facts.main!.text = text;
          if (!implied) facts.main!.closeStart = parser.startIndex;
          return;
        }
        text += ' ';
      },
      ontext(data) {
        if (mainDepth > 0 && skipDepth === 0 && templates === 0) text += data;
      },
      oncomment() {
        if (mainDepth > 0) text += ' ';
      },
    },
    PARSER_OPTIONS,
  );
  parser.end(html);
  // The parser hands out slices of the page, and V8 keeps a whole string alive for any slice of it:
  // facts kept for every page until the link check would keep every page. The copy is small.
  return structuredClone(facts);
}

/**
 * Every start tag of a page in document order, outside `<template>` content, with the text of each
 * `<script>`: what the quality gates (src/quality/page-facts.ts) look at.
 */
export function pageTags(html: string): Tag[] {
  const tags: Tag[] = [];
  let templates = 0;
  let script: Tag | undefined;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (templates === 0) {
          const tag: Tag = name === 'script' ? { name, attributes, text: '' } : { name, attributes };
          if (name === 'script') script = tag;
          tags.push(tag);
        }
        if (name === 'template') templates++;
      },
      onclosetag(name) {
        if (name === 'template' && templates > 0) templates--;
        if (name === 'script') script = undefined;
      },
      ontext(data) {
        if (script) script.text += data;
      },
    },
    PARSER_OPTIONS,
  );
  parser.end(html);
  return tags;
}
