// Lets Node run the TypeScript under src/ directly (Node 24 strips types itself): the sources import
// each other without extensions, as Vite and Astro expect, so this hook adds `.ts` (or `/index.ts`)
// to a relative import that has none. Registered with `node --import ./scripts/lib/resolve-ts.mjs`.
import fs from 'node:fs';
import { registerHooks } from 'node:module';
import { fileURLToPath } from 'node:url';

const HAS_EXTENSION = /\.(?:[cm]?[jt]s|json|mjs)$/;

registerHooks({
  resolve(specifier, context, next) {
    const relative = specifier.startsWith('./') || specifier.startsWith('../');
    if (relative && !HAS_EXTENSION.test(specifier) && context.parentURL?.startsWith('file:')) {
      for (const suffix of ['.ts', '/index.ts']) {
        const url = new URL(specifier + suffix, context.parentURL);
        if (fs.existsSync(fileURLToPath(url))) return next(url.href, context);
      }
    }
    return next(specifier, context);
  },
});
