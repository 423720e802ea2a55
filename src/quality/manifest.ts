import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * A checksum manifest of a built site: one `sha256  path` line per file, sorted by path, in the
 * format `sha256sum -c` reads. Two builds are byte-identical exactly when their manifests are.
 */
export function siteManifest(dir: string): string {
  const files = (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
  return files.map((file) => `${createHash('sha256').update(fs.readFileSync(path.join(dir, file))).digest('hex')}  ${file}\n`).join('');
}

/** The paths whose lines differ between two manifests (added, removed or changed). */
export function manifestDifferences(a: string, b: string): string[] {
  const parse = (manifest: string) => new Map(manifest.split('\n').filter(Boolean).map((line) => [line.slice(66), line.slice(0, 64)] as const));
  const left = parse(a);
  const right = parse(b);
  const paths = [...new Set([...left.keys(), ...right.keys()])].sort();
  return paths.filter((file) => left.get(file) !== right.get(file));
}
