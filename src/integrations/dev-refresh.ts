import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';

/** Where `astro dev` keeps the content store, in the site's `.astro/` folder. */
export function devDataStoreFile(root: string): string {
  return path.join(root, '.astro', 'data-store.json');
}

/** The id of Astro's module that holds the content store (`astro:data-layer-content`, resolved). */
export const DATA_STORE_MODULE = '\0astro:data-layer-content';

/**
 * Makes the server read the content store anew, as Astro does when it writes the store: the module
 * that holds it is dropped in every server environment, each is told the content changed (which
 * empties its cache of each page's paths), and open pages reload.
 */
function readStoreAgain(server: ViteDevServer): void {
  const timestamp = Date.now();
  for (const environment of Object.values(server.environments)) {
    if (environment.name === 'client') continue;
    const module = environment.moduleGraph.getModuleById(DATA_STORE_MODULE);
    if (module) environment.moduleGraph.invalidateModule(module, undefined, timestamp, true);
    const runner = 'runner' in environment ? (environment.runner as { evaluatedModules: { getModuleById(id: string): unknown; invalidateModule(module: unknown): void } }) : undefined;
    const evaluated = runner?.evaluatedModules.getModuleById(DATA_STORE_MODULE);
    if (evaluated) runner!.evaluatedModules.invalidateModule(evaluated);
    environment.hot.send('astro:content-changed', {});
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
 * corrected after a mistake stayed "not found" (seen on a busy machine). So once every request that
 * was under way when the store was written has ended (or after `LONGEST_WAIT_MS`), the store is read
 * again, and open pages reload.
 */
export function devRefreshPlugin(root: string): Plugin {
  const storeFile = devDataStoreFile(root);
  /** The requests under way, each until its response is closed. */
  const underWay = new Set<object>();
  /** Requests under way when the store was last written, and not yet ended. */
  let waitingFor = new Set<object>();
  let pending = false;
  let timer: NodeJS.Timeout | undefined;
  return {
    name: 'vitrina:dev-refresh',
    apply: 'serve',
    configureServer(server: ViteDevServer) {
      const settle = () => {
        if (!pending || waitingFor.size) return;
        pending = false;
        clearTimeout(timer);
        readStoreAgain(server);
      };
      server.middlewares.use((_request, response, next) => {
        underWay.add(response);
        response.once('close', () => {
          underWay.delete(response);
          if (waitingFor.delete(response)) settle();
        });
        next();
      });
      const written = (file: string) => {
        if (path.resolve(file) !== storeFile) return;
        pending = true;
        waitingFor = new Set(underWay);
        clearTimeout(timer);
        timer = setTimeout(() => {
          waitingFor.clear();
          settle();
        }, LONGEST_WAIT_MS).unref();
        settle();
      };
      server.watcher.on('change', written);
      server.watcher.on('add', written);
    },
  };
}
