import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.jsonld': 'application/ld+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.pdf': 'application/pdf',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.yml': 'text/yaml; charset=utf-8',
  '.woff2': 'font/woff2',
  '.pf_meta': 'application/octet-stream',
  '.zip': 'application/zip',
};

export interface StaticServer {
  /** The site's address including the base path, ending with a slash. */
  url: string;
  close(): Promise<void>;
}

/** A script the test server adds to every HTML page it serves, from its own address. */
export interface ExtraScript {
  /** Where it is served, an absolute path outside the site's base (e.g. /__axe.min.js). */
  path: string;
  source: string;
}

/**
 * Serves a built site from `dir` on 127.0.0.1 under `base` (as a static host would: directory
 * index.html, 404.html for anything missing). For tests only: what pages load is kept by the browser
 * for an hour, as a host keeps hashed assets, and the pages are asked for each time; gzip only when asked
 * (`{ gzip: true }`, as real hosts do, for Lighthouse's transfer timings). With `script`, every HTML
 * page loads that script at its end, from the same origin and kept in the browser's cache, so that
 * Chromium compiles it once for the whole run (tests/support/e2e.ts, the accessibility test). With
 * `headers`, every response also carries the headers that function gives for its path (the site's
 * `_headers` as a host reads it: tests/support/host-headers.ts).
 */
export async function serveStatic(dir: string, base = '/', options: { gzip?: boolean; script?: ExtraScript; headers?: (pathname: string) => Map<string, string> } = {}): Promise<StaticServer> {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const script = options.script;
  const server = http.createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (options.headers) for (const [name, value] of options.headers(pathname)) response.setHeader(name, value);
    if (script && pathname === script.path) {
      response.writeHead(200, { 'content-type': TYPES['.js']!, 'cache-control': 'max-age=3600' });
      return response.end(script.source);
    }
    const notFound = () => {
      const page = path.join(dir, '404.html');
      response.writeHead(404, { 'content-type': TYPES['.html']! });
      response.end(fs.existsSync(page) ? fs.readFileSync(page) : 'Not found');
    };
    if (!pathname.startsWith(prefix)) return notFound();
    let file = path.join(dir, pathname.slice(prefix.length));
    if (!file.startsWith(dir)) return notFound();
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) return notFound();
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    let body = fs.readFileSync(file);
    if (script && type === TYPES['.html']) body = Buffer.from(body.toString('utf8').replace(/<\/body>(?![\s\S]*<\/body>)/, `<script src="${script.path}"></script></body>`));
    if (options.gzip && /text|json|xml|svg|javascript/.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      response.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
      return response.end(gzipSync(body));
    }
    // What the pages load (styles, fonts, images, scripts) the browser keeps, as from a real host;
    // the pages themselves are asked for every time.
    response.writeHead(200, { 'content-type': type, ...(type === TYPES['.html'] ? {} : { 'cache-control': 'max-age=3600' }) });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    // A browser keeps its connections alive; close them too, or close() waits for them forever.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
