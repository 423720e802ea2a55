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

/**
 * What a <meta> policy cannot say (frame-ancestors), what must never be loosened, and the other
 * headers. Both policies apply, so script-src and style-src stay out of the header's policy.
 */
export const SECURITY_HEADERS: readonly (readonly [name: string, value: string])[] = [
  ['Content-Security-Policy', "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'"],
  ['X-Frame-Options', 'DENY'],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()'],
  // A window of another site that opens a page gets no hold on it; a window the page opens may answer
  // it: the web editor's sign-in with GitHub (docs/web-editor.md) opens one. No reader page opens any.
  ['Cross-Origin-Opener-Policy', 'same-origin-allow-popups'],
  ['Strict-Transport-Security', 'max-age=31536000'],
];

/** Fingerprinted build assets never change under the same name. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** The file names written at the root of the output folder. */
export const HEADERS_FILE = '_headers';
export const NGINX_SNIPPET_FILE = 'nginx-security-headers.conf';

/**
 * `_headers` for Netlify and Cloudflare Pages. Its paths are those of the host, which serves the
 * output folder at its root.
 */
export function headersFile(): string {
  return [
    '# Security headers for Netlify and Cloudflare Pages (this file is copied to the root of dist/).',
    '# Explained in docs/security.md; the same headers for nginx are there too.',
    "# The Content-Security-Policy with the hashes of each page's own scripts and styles is in a <meta>",
    '# element of every page; this header adds what a <meta> policy cannot say (frame-ancestors) and',
    '# repeats what must never be loosened. Both policies apply, so keep script-src and style-src out of it.',
    '/*',
    ...SECURITY_HEADERS.map(([name, value]) => `  ${name}: ${value}`),
    '',
    '# Fingerprinted build assets never change under the same name.',
    '/_astro/*',
    `  Cache-Control: ${IMMUTABLE}`,
    '',
  ].join('\n');
}

/**
 * The nginx snippet with the same headers, for `include` in the site's `location` and again in a
 * nested `location` (nginx drops inherited add_header lines where a block adds its own).
 */
export function nginxSnippet(): string {
  return [
    '# Security headers of a Vitrina site for nginx (docs/security.md, docs/deploy.md).',
    '# Copy to /etc/nginx/snippets/vitrina-security-headers.conf and include it in the site\'s location.',
    ...SECURITY_HEADERS.map(([name, value]) => `add_header ${name} "${value}" always;`),
    '',
  ].join('\n');
}
