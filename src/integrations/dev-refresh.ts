import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';

/** Where `astro dev` keeps the content store, in the site's `.astro/` folder. */
export function devDataStoreFile(root: string): string {
  return path.join(root, '.astro', 'data-store.json');
}

/** The id of Astro's module that holds the content store (`astro:data-layer-content`, resolved). */
export const DATA_STORE_MODULE = '\0astro:data-layer-content';

/** The event on which Astro's page renderer empties its cache of each page's paths. */
export const CONTENT_CHANGED = 'astro:content-changed';

/** The server environments that render pages, whose cache of the store Astro drops (and so does this). */
const RENDERING = ['ssr', 'prerender'];

/**
 * Makes the server read the content store anew, as Astro does when it writes the store: the module
 * that holds it is dropped in each environment that renders pages, each is told the content changed
 * (which empties its cache of each page's paths), and open pages reload.
 */
function readStoreAgain(server: ViteDevServer): void {
  const timestamp = Date.now();
  for (const name of RENDERING) {
    const environment = server.environments[name];
    if (!environment) continue;
    const module = environment.moduleGraph.getModuleById(DATA_STORE_MODULE);
    if (module) environment.moduleGraph.invalidateModule(module, undefined, timestamp, true);
    const runner = 'runner' in environment ? (environment.runner as { evaluatedModules: { getModuleById(id: string): unknown; invalidateModule(module: unknown): void } }) : undefined;
    const evaluated = runner?.evaluatedModules.getModuleById(DATA_STORE_MODULE);
    if (evaluated) runner!.evaluatedModules.invalidateModule(evaluated);
    environment.hot.send(CONTENT_CHANGED, {});
  }
  server.ws.send({ type: 'full-reload' });
}

/** The longest the re-read waits for a request under way: one that never ends must not stop it. */
export const LONGEST_WAIT_MS = 10_000;

/**
 * `astro dev` after an edit under data/: the loaders read the files again, Astro writes the content
 * store and, in the same moment, drops what it kept of the old one: the module that holds the store
 * and the cache of each page's paths. A request already under way then finishes with what it had
 * read, and puts the old paths back in the cache, where they stay until the next edit: a dataset
 * corrected after a mistake stayed "not found" (seen on a busy machine). So when the watcher reports
 * the store written (a moment after Astro wrote it), once every request then under way has been
 * answered (its `end()` called: a request the browser gave up on is still rendered to the end), or
 * after `LONGEST_WAIT_MS` from the first such report, the store is read again and open pages reload.
 * Pages open in the browser thus reload twice after such an edit: once by Astro, once by this.
 */
export function devRefreshPlugin(root: string, log: (message: string) => void): Plugin {
  const storeFile = devDataStoreFile(root);
  /** The requests under way, each until it is answered. */
  const underWay = new Set<object>();
  /** Requests under way when the store was last written, and not yet answered. */
  let waitingFor = new Set<object>();
  let timer: NodeJS.Timeout | undefined;
  return {
    name: 'vitrina:dev-refresh',
    apply: 'serve',
    configureServer(server: ViteDevServer) {
      const settle = (force = false) => {
        if (!timer || (waitingFor.size && !force)) return;
        clearTimeout(timer);
        timer = undefined;
        waitingFor = new Set();
        try {
          readStoreAgain(server);
        } catch (error) {
          // A failed re-read must not end the server: the next edit reads the store again.
          log(error instanceof Error ? error.message : String(error));
        }
      };
      server.middlewares.use((_request, response, next) => {
        underWay.add(response);
        const answered = () => {
          if (!underWay.delete(response)) return;
          if (waitingFor.delete(response)) settle();
        };
        const end = response.end;
        response.end = function (this: typeof response, ...args: Parameters<typeof end>) {
          const result = end.apply(this, args);
          answered();
          return result;
        } as typeof end;
        next();
      });
      const written = (file: string) => {
        if (path.resolve(file) !== storeFile) return;
        for (const request of underWay) waitingFor.add(request);
        // The first report sets the deadline: writes that follow one another cannot put it off.
        timer ??= setTimeout(() => settle(true), LONGEST_WAIT_MS).unref();
        settle();
      };
      server.watcher.on('change', written);
      server.watcher.on('add', written);
      server.httpServer?.once('close', () => clearTimeout(timer));
    },
  };
}
