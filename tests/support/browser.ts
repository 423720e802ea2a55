import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Flags that keep Chromium from calling home, which this closed network refuses. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * Where the browser is: CHROMIUM_PATH, then Debian's headless shell (package chromium-headless-shell,
 * the same Blink without the windowed browser around it, which Playwright too drives for headless
 * runs: the accessibility test's page loads take half the time, 70 against 130 ms), then Debian's
 * /usr/bin/chromium, then Playwright's own download if one is installed. Undefined when there is none.
 * Lighthouse, which measures a browser as readers have it, asks for it without the shell.
 */
export function findBrowser(env: NodeJS.ProcessEnv = process.env, { shell = true } = {}): string | undefined {
  const candidates = [env.CHROMIUM_PATH, ...(shell ? ['/usr/bin/chromium-headless-shell'] : []), '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  for (const candidate of candidates) if (candidate && fs.existsSync(candidate)) return candidate;
  try {
    const bundled = chromium.executablePath();
    if (bundled && fs.existsSync(bundled)) return bundled;
  } catch {
    // No Playwright browser download: fine, we looked.
  }
  return undefined;
}

/**
 * Whether browser tests can run. On a developer's machine without a browser they are skipped with
 * a loud message; in CI (CI=true) a missing browser is an error, so CI can never skip them silently.
 */
export function browserAvailability(env: NodeJS.ProcessEnv = process.env): { path?: string; skip: boolean } {
  const path = findBrowser(env);
  if (path) return { path, skip: false };
  if (env.CI === 'true' || env.CI === '1') {
    throw new Error('No Chromium found (set CHROMIUM_PATH or apt-get install chromium-headless-shell); CI must run the browser tests.');
  }
  console.warn('\n⚠⚠⚠ No Chromium found: browser tests are SKIPPED. Install Debian\'s chromium-headless-shell (or chromium) or set CHROMIUM_PATH. ⚠⚠⚠\n');
  return { skip: true };
}

/**
 * For a test that only loads pages and reads them (`readOnly`): Chromium composites on each page's own
 * thread instead of a thread of its own, which takes a third off a page load's processor time here
 * (100 pages of the example site: 23 s of both cores against 15.6 s, loaded at 1280 px and read at 320).
 * Layout, styles and the DOM are the same; but headless, such a page draws no animation frame, and
 * Playwright waits for frames before a click, a hover or typing, which then never come.
 */
export const READ_ONLY_ARGS = ['--disable-threaded-compositing'];

export function launchBrowser(executablePath: string, { readOnly = false } = {}): Promise<Browser> {
  return chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, ...(readOnly ? READ_ONLY_ARGS : [])], headless: true });
}
