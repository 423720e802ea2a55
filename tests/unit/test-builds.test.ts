import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeOldBuilds } from '../support/build-site.ts';

const BUILDS = path.resolve(import.meta.dirname, '../../.vitrina/builds');

describe('what test builds leave behind (tests/support/build-site.ts)', () => {
  it('is removed by a later run once it is an hour old, and a build of now is kept', () => {
    fs.mkdirSync(BUILDS, { recursive: true });
    const old = fs.mkdtempSync(path.join(BUILDS, 'build-'));
    const fresh = fs.mkdtempSync(path.join(BUILDS, 'build-'));
    try {
      fs.writeFileSync(path.join(old, 'index.html'), 'old');
      const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
      fs.utimesSync(old, twoHoursAgo, twoHoursAgo);
      removeOldBuilds();
      expect(fs.existsSync(old)).toBe(false);
      expect(fs.existsSync(fresh)).toBe(true);
    } finally {
      fs.rmSync(old, { recursive: true, force: true });
      fs.rmSync(fresh, { recursive: true, force: true });
    }
  });
});
