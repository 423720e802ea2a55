import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** What the `vitrina` command tells about the package it runs from. */
export interface PackageFacts {
  /** Vitrina's exact version, e.g. 0.1.0. */
  version: string;
  /** The range of Astro a site must install beside it, e.g. ^7.3.5. */
  astro: string;
}

/**
 * Reads Vitrina's package.json, the first one named "vitrina" above `from` (a file URL of the running
 * code). The command runs as scripts/vitrina.ts in the repository and as lib/vitrina.mjs once
 * installed, so walking up finds it from either, and from a bundle written elsewhere in a test.
 */
export function readPackageFacts(from: string): PackageFacts {
  let dir = path.dirname(fileURLToPath(from));
  for (;;) {
    const file = path.join(dir, 'package.json');
    if (fs.existsSync(file)) {
      const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string; version?: string; peerDependencies?: Record<string, string>; dependencies?: Record<string, string> };
      if (manifest.name === 'vitrina') {
        const astro = manifest.peerDependencies?.astro ?? manifest.dependencies?.astro;
        if (!manifest.version || !astro) throw new Error(`${file} gives no version or no astro dependency`);
        return { version: manifest.version, astro };
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json of vitrina above ${fileURLToPath(from)}`);
    dir = parent;
  }
}
