import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import type { ViteDevServer } from 'vite';
import { describe, expect, it, vi } from 'vitest';
import { CONTENT_CHANGED, DATA_STORE_MODULE, devDataStoreFile, devRefreshPlugin, LONGEST_WAIT_MS } from '../../src/integrations/dev-refresh';

const ROOT = path.resolve('/sites/example');
const ASTRO = path.resolve(import.meta.dirname, '../../node_modules/astro/dist');

/** A response as Node's server gives it: closed at once when the browser gives up, answered by `end()`. */
class Response extends EventEmitter {
  end() {
    this.emit('finish');
    return this;
  }
}

/** The dev server as far as the plugin uses it, recording what it is asked to do. */
function devServer({ failing = false } = {}) {
  const done: string[] = [];
  const logged: string[] = [];
  const middlewares: ((request: unknown, response: Response, next: () => void) => void)[] = [];
  const environment = (name: string) => ({
    name,
    moduleGraph: {
      getModuleById: (id: string) => (id === DATA_STORE_MODULE ? { id } : undefined),
      invalidateModule: (module: { id: string }) => {
        if (failing) throw new Error('the module graph is gone');
        done.push(`${name}: drop ${JSON.stringify(module.id)}`);
      },
    },
    runner: {
      evaluatedModules: {
        getModuleById: (id: string) => (id === DATA_STORE_MODULE ? { id } : undefined),
        invalidateModule: () => done.push(`${name}: drop the evaluated module`),
      },
    },
    hot: { send: (event: string) => done.push(`${name}: ${event}`) },
  });
  const watcher = new EventEmitter();
  const server = {
    environments: { client: environment('client'), ssr: environment('ssr') },
    watcher,
    ws: { send: (payload: { type: string }) => done.push(`browser: ${payload.type}`) },
    middlewares: { use: (handler: (typeof middlewares)[number]) => middlewares.push(handler) },
  };
  const plugin = devRefreshPlugin(ROOT, (message) => logged.push(message));
  (plugin.configureServer as (server: ViteDevServer) => void)(server as unknown as ViteDevServer);
  /** A request that reaches the server: under way until it is answered. */
  const request = () => {
    const response = new Response();
    let passed = false;
    for (const handler of middlewares) handler({}, response, () => (passed = true));
    expect(passed).toBe(true);
    return { answer: () => response.end(), giveUp: () => response.emit('close') };
  };
  return { done, logged, watcher, request };
}

const READ_AGAIN = ['ssr: drop "\\u0000astro:data-layer-content"', 'ssr: drop the evaluated module', 'ssr: astro:content-changed', 'browser: full-reload'];

describe('astro dev after the content store is written', () => {
  it('reads the store again at once when no request is under way, in the environments that render pages', () => {
    const { done, watcher } = devServer();
    watcher.emit('change', devDataStoreFile(ROOT));
    expect(done).toEqual(READ_AGAIN);
  });

  it('waits for every request under way when the store was written to be answered, and no longer', () => {
    const { done, watcher, request } = devServer();
    const first = request();
    const second = request();
    watcher.emit('add', devDataStoreFile(ROOT));
    const later = request();
    first.answer();
    // A request the browser gave up on is still being rendered, with what it read before.
    second.giveUp();
    expect(done).toEqual([]);
    second.answer();
    expect(done).toEqual(READ_AGAIN);
    // A request that began after the store was written read the new one: its answer changes nothing.
    later.answer();
    expect(done).toEqual(READ_AGAIN);
  });

  it('waits no longer than LONGEST_WAIT_MS from the first write for a request that is never answered', () => {
    vi.useFakeTimers();
    try {
      const { done, watcher, request } = devServer();
      request();
      watcher.emit('change', devDataStoreFile(ROOT));
      vi.advanceTimersByTime(LONGEST_WAIT_MS / 2);
      // Another write while it waits does not put the re-read off.
      watcher.emit('change', devDataStoreFile(ROOT));
      vi.advanceTimersByTime(LONGEST_WAIT_MS / 2 - 1);
      expect(done).toEqual([]);
      vi.advanceTimersByTime(1);
      expect(done).toEqual(READ_AGAIN);
    } finally {
      vi.useRealTimers();
    }
  });

  it('says so, and keeps the server running, when the re-read fails', () => {
    const { done, logged, watcher } = devServer({ failing: true });
    expect(() => watcher.emit('change', devDataStoreFile(ROOT))).not.toThrow();
    expect(logged).toEqual(['the module graph is gone']);
    expect(done).toEqual([]);
  });

  it('names the store’s file, module and event as the installed Astro does (an upgrade that renames one fails here)', () => {
    const consts = fs.readFileSync(path.join(ASTRO, 'content/consts.js'), 'utf8');
    expect(`\0${/const DATA_STORE_VIRTUAL_ID = "([^"]+)"/.exec(consts)?.[1]}`).toBe(DATA_STORE_MODULE);
    expect(consts).toMatch(/const RESOLVED_DATA_STORE_VIRTUAL_ID = "\\0" \+ DATA_STORE_VIRTUAL_ID/);
    expect(path.basename(devDataStoreFile(ROOT))).toBe(/const DATA_STORE_FILE = "([^"]+)"/.exec(consts)?.[1]);
    const renderer = fs.readFileSync(path.join(ASTRO, 'vite-plugin-app/createAstroServerApp.js'), 'utf8');
    expect(renderer).toMatch(new RegExp(`import\\.meta\\.hot\\.on\\("${CONTENT_CHANGED}", \\(\\) => \\{\\s*getRouteCache\\(manifest\\)\\.clearAll\\(\\)`));
  });

  it('leaves other files alone', () => {
    const { done, watcher } = devServer();
    watcher.emit('change', path.join(ROOT, 'data/answers/answers.csv'));
    watcher.emit('change', path.join(ROOT, '.astro/content.d.ts'));
    expect(done).toEqual([]);
  });
});
