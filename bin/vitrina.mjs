#!/usr/bin/env node
// The `vitrina` command. Installed (under node_modules, where Node will not strip TypeScript types) it
// runs lib/vitrina.mjs, bundled from scripts/vitrina.ts at `npm pack` (scripts/build-cli.mjs); in
// Vitrina's own repository it runs the TypeScript source directly.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(`vitrina: Node.js 22.12 or later is needed; this is ${process.version}. Install Node.js 24 (https://nodejs.org/).`);
  process.exit(1);
}

const here = path.dirname(fileURLToPath(import.meta.url));
if (here.split(path.sep).includes('node_modules')) {
  const bundle = path.resolve(here, '../lib/vitrina.mjs');
  if (!fs.existsSync(bundle)) {
    console.error(`vitrina: ${bundle} is missing: this copy of the package was not built (npm pack runs scripts/build-cli.mjs).`);
    process.exit(1);
  }
  await import(pathToFileURL(bundle).href);
} else {
  if (!process.features.typescript) {
    console.error(`vitrina: running Vitrina from its source needs Node.js with TypeScript type stripping (22.18 or later); this is ${process.version}.`);
    process.exit(1);
  }
  // Adds `.ts` to the sources' extensionless relative imports, then runs the TypeScript entry.
  await import('../scripts/lib/resolve-ts.mjs');
  await import('../scripts/vitrina.ts');
}
