import fs from 'node:fs';
import path from 'node:path';

/**
 * One value per Node process, however many copies of the calling module are loaded: Astro loads a
 * module once for astro.config (the integration, the content check) and once more through Vite (the
 * content config and its loaders, the pages), and both must share one read and one counter. The
 * value lives on `globalThis` under `Symbol.for(name)`, made by `make` the first time.
 */
export function processWide<T>(name: string, make: () => T): T {
  const store = globalThis as Record<symbol, unknown>;
  const key = Symbol.for(name);
  if (!(key in store)) store[key] = make();
  return store[key] as T;
}

/** The state of some files (name, modification time and size of each): equal while none changed. */
export function filesSignature(files: readonly string[]): string {
  return files
    .map((file) => {
      const stat = fs.statSync(file);
      return `${path.basename(file)}:${stat.mtimeMs}:${stat.size}`;
    })
    .join('|');
}

const reads = processWide('vitrina.reads', () => new Map<string, { signature: string; value: unknown }>());

/**
 * The one cache of what Vitrina reads from a site's files (a dataset, a monitoring built from it, the
 * recommendations): `read()` runs again only when `signature` (the state of what it reads) differs
 * from the last one kept under `key`. The content check, the content-layer loaders and, in
 * `astro dev`, every re-check and re-sync after an edit share the result; one value per key is kept.
 */
export function readOnce<T>(key: string, signature: string, read: () => T): T {
  const kept = reads.get(key);
  if (kept && kept.signature === signature) return kept.value as T;
  const value = read();
  reads.set(key, { signature, value });
  return value;
}

/**
 * Lets go of every read: `astro build` calls it once the content layer holds them (its loaders ran
 * before `astro:build:start`), so the pages' copy from the store is the only one in memory.
 */
export function forgetReads(): void {
  reads.clear();
}

/**
 * A keeper of what is worked out from a read value (a table's rows as records, a monitoring's index):
 * `make()` runs once per object, and what it made is kept as long as that object is, and goes with
 * it. The object's identity is its version: the content store gives the pages one object per entry,
 * and a new one after an edit.
 */
export function madeFrom<K extends object, V>(): (from: K, make: () => V) => V {
  const made = new WeakMap<K, V>();
  return (from, make) => {
    if (made.has(from)) return made.get(from)!;
    const value = make();
    made.set(from, value);
    return value;
  };
}

/**
 * The id of the one entry a collection holds when it has nothing else (a site without datasets or
 * monitoring): Astro warns, on every read, of a collection that "does not exist or is empty", which
 * would alarm a new site's editors for nothing. No dataset or recommendation can have it (a folder
 * starting with a dot is no dataset; a recommendation's id is lowercase letters, digits and hyphens).
 * The loaders write it (src/integrations/loaders.ts); the accessors of src/site/data.ts leave it out.
 */
export const NOTHING = '.nothing';
