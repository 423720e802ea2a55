import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import type { ViteDevServer } from 'vite';
import { describe, expect, it, vi } from 'vitest';
import { DATA_STORE_MODULE, devDataStoreFile, devRefreshPlugin, LONGEST_WAIT_MS } from '../../src/integrations/dev-refresh';

const ROOT = path.resolve('/sites/example');
const STORE_MODULE = '\0astro:data-layer-content';

/** The dev server as far as the plugin uses it, recording what it is asked to do. */
function devServer() {
  const done: string[] = [];
  const middlewares: ((request: unknown, response: EventEmitter, next: () => void) => void)[] = [];
  const environment = (name: string) => ({
    name,
    moduleGraph: {
      getModuleById: (id: string) => (id === STORE_MODULE ? { id } : undefined),
      invalidateModule: (module: { id: string }) => done.push(`${name}: drop ${JSON.stringify(module.id)}`),
    },
    runner: {
      evaluatedModules: {
        getModuleById: (id: string) => (id === STORE_MODULE ? { id } : undefined),
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
  const plugin = devRefreshPlugin(ROOT);
  (plugin.configureServer as (server: ViteDevServer) => void)(server as unknown as ViteDevServer);
  /** A request that reaches the server: it is under way until `end()`. */
  const request = () => {
    const response = new EventEmitter();
    let passed = false;
    for (const handler of middlewares) handler({}, response, () => (passed = true));
    expect(passed).toBe(true);
    return { end: () => response.emit('close') };
  };
  return { done, watcher, request };
}

const READ_AGAIN = ['ssr: drop "\\u0000astro:data-layer-content"', 'ssr: drop the evaluated module', 'ssr: astro:content-changed', 'browser: full-reload'];

describe('astro dev after the content store is written', () => {
  it('reads the store again at once when no request is under way, in the server environments only', () => {
    const { done, watcher } = devServer();
    watcher.emit('change', devDataStoreFile(ROOT));
    expect(done).toEqual(READ_AGAIN);
  });

  it('waits for every request under way when the store was written, and no longer', () => {
    const { done, watcher, request } = devServer();
    const first = request();
    const second = request();
    watcher.emit('add', devDataStoreFile(ROOT));
    const later = request();
    first.end();
    expect(done).toEqual([]);
    second.end();
    expect(done).toEqual(READ_AGAIN);
    // A request that began after the store was written read the new one: its end changes nothing.
    later.end();
    expect(done).toEqual(READ_AGAIN);
  });

  it('waits no longer than LONGEST_WAIT_MS for a request that never ends', () => {
    vi.useFakeTimers();
    try {
      const { done, watcher, request } = devServer();
      request();
      watcher.emit('change', devDataStoreFile(ROOT));
      vi.advanceTimersByTime(LONGEST_WAIT_MS - 1);
      expect(done).toEqual([]);
      vi.advanceTimersByTime(1);
      expect(done).toEqual(READ_AGAIN);
    } finally {
      vi.useRealTimers();
    }
  });

  it('names the store module as the installed Astro does (an upgrade that renames it fails here)', () => {
    const consts = fs.readFileSync(path.resolve(import.meta.dirname, '../../node_modules/astro/dist/content/consts.js'), 'utf8');
    const id = /const DATA_STORE_VIRTUAL_ID = "([^"]+)"/.exec(consts)?.[1];
    expect(`\0${id}`).toBe(DATA_STORE_MODULE);
    expect(consts).toMatch(/const RESOLVED_DATA_STORE_VIRTUAL_ID = "\\0" \+ DATA_STORE_VIRTUAL_ID/);
  });

  it('leaves other files alone', () => {
    const { done, watcher } = devServer();
    watcher.emit('change', path.join(ROOT, 'data/answers/answers.csv'));
    watcher.emit('change', path.join(ROOT, '.astro/content.d.ts'));
    expect(done).toEqual([]);
  });
});
