/**
 * The security policy of every Vitrina site, in one place (docs/security.md): the Content-Security-
 * Policy that Astro puts in a <meta> element of each page with the hashes of its own inline scripts
 * and styles, and the HTTP headers a host adds, written at the end of the build as `_headers`
 * (Netlify, Cloudflare Pages) and as an nginx snippet.
 */

/** Scripts: the site's own files, pagefind's WebAssembly; Astro adds the hashes of inline scripts. */
export const CSP_SCRIPT_RESOURCES = ["'self'", "'wasm-unsafe-eval'"];

/** Everything else a page may load: nothing from another origin. */
export const CSP_DIRECTIVES: `${'default-src' | 'img-src' | 'font-src' | 'connect-src' | 'worker-src' | 'object-src' | 'base-uri' | 'form-action'} ${string}`[] = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** The directives a header policy repeats on every page, framed or not: they must never be loosened. */
const NEVER_LOOSENED = "object-src 'none'; base-uri 'self'; form-action 'self'";

/** Headers every response gets, whether or not it may be framed. */
export const COMMON_HEADERS: readonly (readonly [name: string, value: string])[] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()'],
  // A window of another site that opens a page gets no hold on it; a window the page opens may answer
  // it: the web editor's sign-in with GitHub (docs/web-editor.md) opens one. No reader page opens any.
  ['Cross-Origin-Opener-Policy', 'same-origin-allow-popups'],
  ['Strict-Transport-Security', 'max-age=31536000'],
];

/**
 * What a <meta> policy cannot say (frame-ancestors): every page but an embed page refuses to be
 * framed, in the policy and, for older browsers, in X-Frame-Options. Both policies apply, so
 * script-src and style-src stay out of the header's policy.
 */
export const FRAMES_REFUSED: readonly (readonly [name: string, value: string])[] = [
  ['Content-Security-Policy', `frame-ancestors 'none'; ${NEVER_LOOSENED}`],
  ['X-Frame-Options', 'DENY'],
];

/** An embed page (/embed/, docs/embedding.md) may be framed by any site: no X-Frame-Options. */
export const FRAMES_ALLOWED: readonly (readonly [name: string, value: string])[] = [['Content-Security-Policy', `frame-ancestors *; ${NEVER_LOOSENED}`]];

/** Every header of a page that refuses frames, as one list. */
export const SECURITY_HEADERS = [...FRAMES_REFUSED, ...COMMON_HEADERS];
/** Every header of an embed page, as one list. */
export const EMBED_HEADERS = [...FRAMES_ALLOWED, ...COMMON_HEADERS];

/** The top-level folder of the embed pages, the one path other sites may frame. */
export const EMBED_DIR = 'embed';

/** Fingerprinted build assets never change under the same name. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** How many rules of `_headers` Cloudflare Pages reads; the rest are ignored there. */
export const HOST_RULE_LIMIT = 100;

/** The rules (path blocks) of a `_headers` file. */
export const headerRules = (text: string) => text.split('\n').filter((line) => line.startsWith('/')).length;

/** The file names written at the root of the output folder. */
export const HEADERS_FILE = '_headers';
export const NGINX_SNIPPET_FILE = 'nginx-security-headers.conf';
export const NGINX_EMBED_SNIPPET_FILE = 'nginx-embed-headers.conf';

/** A top-level entry of the output folder: a file or a folder. */
export interface TopLevelEntry {
  name: string;
  folder: boolean;
}

/**
 * `_headers` for Netlify and Cloudflare Pages, under the site's base path. Both hosts apply every
 * block whose path matches a request, and join or override the values of a header named in two of
 * them, each its own way; so no header is named in two blocks that match one path. The headers of
 * every response are in one block for the whole site; the framing headers are written once per
 * top-level file and folder, which is how the embed folder gets its own without a rule to undo.
 * A path that is no file of the site (the 404 page) gets the common headers only.
 */
export function headersFile(entries: readonly TopLevelEntry[], base = '/'): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const block = (pattern: string, headers: readonly (readonly [string, string])[]) => [pattern, ...headers.map(([name, value]) => `  ${name}: ${value}`), ''];
  const sorted = [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const paths = sorted.flatMap((entry) => (entry.name === EMBED_DIR && entry.folder ? [] : entry.folder ? [`${root}${entry.name}/*`] : entry.name === 'index.html' ? [root, `${root}index.html`] : [`${root}${entry.name}`]));
  return [
    '# Security headers for Netlify and Cloudflare Pages (this file is copied to the root of dist/).',
    '# Explained in docs/security.md and docs/embedding.md; the same headers for nginx are there too.',
    "# The Content-Security-Policy with the hashes of each page's own scripts and styles is in a <meta>",
    '# element of every page; these headers add what a <meta> policy cannot say (frame-ancestors) and',
    '# repeat what must never be loosened. Both policies apply, so keep script-src and style-src out.',
    '# Both hosts apply every block whose path matches, so no header is named in two blocks that match',
    `# one path: every response gets the first block; every path but ${root}${EMBED_DIR}/ refuses frames.`,
    ...block(`${root}*`, COMMON_HEADERS),
    ...paths.flatMap((pattern) => block(pattern, FRAMES_REFUSED)),
    `# Embed pages: any site may frame them (docs/embedding.md).`,
    ...block(`${root}${EMBED_DIR}/*`, FRAMES_ALLOWED),
    '# Fingerprinted build assets never change under the same name.',
    ...block(`${root}_astro/*`, [['Cache-Control', IMMUTABLE]]),
  ].join('\n');
}

/** An nginx snippet: two lines that say what it is and where it goes, then one add_header per header. */
function nginxLines(about: readonly [string, string], headers: readonly (readonly [string, string])[]): string {
  return [...about.map((line) => `# ${line}`), ...headers.map(([name, value]) => `add_header ${name} "${value}" always;`), ''].join('\n');
}

/**
 * The nginx snippet with the headers of every page, for `include` in the site's `location` and again
 * in a nested `location` (nginx drops inherited add_header lines where a block adds its own).
 */
export function nginxSnippet(): string {
  return nginxLines(
    ['Security headers of a Vitrina site for nginx (docs/security.md, docs/deploy.md).', "Copy to /etc/nginx/snippets/vitrina-security-headers.conf and include it in the site's location."],
    SECURITY_HEADERS,
  );
}

/**
 * The nginx snippet of the embed pages' location: every header of the other snippet, since nginx
 * drops the inherited ones in a location with its own, but any site may frame these pages.
 */
export function nginxEmbedSnippet(): string {
  return nginxLines(
    ['Security headers of the embed pages of a Vitrina site for nginx (docs/embedding.md, docs/deploy.md).', 'Copy to /etc/nginx/snippets/vitrina-embed-headers.conf and include it in the location of /embed/.'],
    EMBED_HEADERS,
  );
}
