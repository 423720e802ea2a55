/**
 * `npm run manifest [-- <dir>] [-- --write]`: prints the SHA-256 manifest of a built site (dist/ by
 * default), one `sha256  path` line per file, sorted; with --write, saves it as manifest.sha256
 * beside the folder (outside it, so the manifest does not list itself). Check a copy of the site
 * with `cd dist && sha256sum -c ../manifest.sha256`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { siteManifest } from '../src/quality/manifest.ts';

const args = process.argv.slice(2);
const dir = path.resolve(args.find((arg) => !arg.startsWith('--')) ?? 'dist');
if (!fs.existsSync(dir)) {
  console.error(`${dir} does not exist: build the site first (npm run build)`);
  process.exit(1);
}
const manifest = siteManifest(dir);
if (args.includes('--write')) {
  const file = path.join(path.dirname(dir), 'manifest.sha256');
  fs.writeFileSync(file, manifest);
  console.log(`${manifest.split('\n').length - 1} files → ${file}`);
} else {
  process.stdout.write(manifest);
}
