/**
 * One value per Node process, however many copies of the calling module are loaded: Astro loads a
 * module once for astro.config (the integrations, the content check) and once more in Vite's bundle
 * for the pages, and both must share caches and counters. The value lives on `globalThis` under
 * `Symbol.for(name)`, made by `make` the first time.
 */
export function processWide<T>(name: string, make: () => T): T {
  const store = globalThis as Record<symbol, unknown>;
  const key = Symbol.for(name);
  if (!(key in store)) store[key] = make();
  return store[key] as T;
}
