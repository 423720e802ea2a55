import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeOldBuilds } from '../support/build-site.ts';

describe('what test builds leave behind (tests/support/build-site.ts)', () => {
  it('is removed by a later run once it is an hour old, and a build of now is kept', () => {
    const builds = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrina-builds-'));
    const old = fs.mkdtempSync(path.join(builds, 'build-'));
    const fresh = fs.mkdtempSync(path.join(builds, 'build-'));
    try {
      fs.writeFileSync(path.join(old, 'index.html'), 'old');
      const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
      fs.utimesSync(old, twoHoursAgo, twoHoursAgo);
      removeOldBuilds(builds);
      expect(fs.existsSync(old)).toBe(false);
      expect(fs.existsSync(fresh)).toBe(true);
    } finally {
      fs.rmSync(builds, { recursive: true, force: true });
    }
  });
});
