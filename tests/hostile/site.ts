import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** What a case puts into a copy of the small fixture site (tests/fixtures/basic-site). */
export type CaseFile =
  | string
  | Buffer
  /** A symbolic link to `link`, a path from the site's root. */
  | { link: string }
  /** A symbolic link to a folder outside the site holding these files (shown as <outside> in messages). */
  | { linkOutside: Record<string, string> }
  /** The first bytes of a PNG of this size: all a header reader sees. */
  | { png: [number, number] };

export interface HostileCase {
  /** What the editor or the contributor did. */
  input: string;
  /** Files added to (or replacing those of) the fixture site, by path from its root. */
  files: Record<string, CaseFile>;
  /** Every problem `npm run check` reports, in English, as it prints them; [] for a safe result. */
  says: string[];
}

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/basic-site');

/** A PNG signature and IHDR chunk declaring `width`×`height`: what image headers are read from. */
export function pngHeader(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(25);
  ihdr.writeUInt32BE(13, 0);
  ihdr.write('IHDR', 4, 'ascii');
  ihdr.writeUInt32BE(width, 8);
  ihdr.writeUInt32BE(height, 12);
  ihdr.writeUInt8(8, 16);
  ihdr.writeUInt8(6, 17);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), ihdr]);
}

/** A copy of the fixture site with the case's files, in a temporary folder; returns its root. */
export function caseSite(files: Record<string, CaseFile>): { root: string; outside: string; remove: () => void } {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrina-hostile-'));
  const root = path.join(work, 'site');
  fs.cpSync(FIXTURE, root, { recursive: true });
  for (const [file, content] of Object.entries(files)) {
    const target = path.join(root, file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    if (typeof content === 'string' || Buffer.isBuffer(content)) fs.writeFileSync(target, content);
    else if ('png' in content) fs.writeFileSync(target, pngHeader(...content.png));
    else if ('link' in content) fs.symlinkSync(path.join(root, content.link), target);
    else {
      const outside = path.join(work, 'outside');
      for (const [name, text] of Object.entries(content.linkOutside)) {
        fs.mkdirSync(path.dirname(path.join(outside, name)), { recursive: true });
        fs.writeFileSync(path.join(outside, name), text);
      }
      fs.symlinkSync(outside, target);
    }
  }
  return { root, outside: path.join(work, 'outside'), remove: () => fs.rmSync(work, { recursive: true, force: true }) };
}
