import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { editorLanguage, say } from '../../src/i18n/editor-messages';
import { displayPath } from '../../src/site/paths';
import { discardStaging, publishStaging, readReceipt, RECEIPT_VARIABLE } from '../../src/integrations/staging';

/** What the command needs from outside; passed in so tests run it without a terminal. */
export interface BuildCliIo {
  /** Options for `astro build` (e.g. --outDir), passed on as they are. */
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  /** The site's root, where astro.config.mjs is. */
  root: string;
  print: (text: string) => void;
}

/**
 * Node's options for the `astro build` child. Run from Vitrina's TypeScript source (its repository and
 * its tests), the hook that lets this command run its source (scripts/lib/resolve-ts.mjs) lets Astro
 * import astro.config.mjs, and the engine with it, natively; without it Astro loads the config through
 * Vite, which first transforms the engine's TypeScript (a tenth of a small site's build, in
 * docs/performance.md). Installed, the command is the bundle (lib/vitrina.mjs) and the engine sits
 * under node_modules, where Node strips no types: Astro loads the config as it always has.
 */
export function astroNodeOptions(moduleUrl: string = import.meta.url): string[] {
  return moduleUrl.endsWith('.ts') ? ['--import', new URL('./resolve-ts.mjs', moduleUrl).href] : [];
}

/** The site's own Astro (its node_modules), which runs its astro.config.mjs. */
function astroBin(root: string): string {
  const require = createRequire(path.join(root, 'package.json'));
  return path.join(path.dirname(require.resolve('astro/package.json')), 'bin', 'astro.mjs');
}

/**
 * `vitrina build` (`npm run build`): `astro build` in a child process, writing into a staging folder
 * beside the output folder (src/integrations/staging.ts), which replaces the output folder only when
 * the build exits with 0 and says every step finished. On any failure (an editor's mistake, a page
 * that fails or ends the process, the search index, the sitemap, a broken link) the previous output
 * is left exactly as it was and the exit code is not 0. Returns the exit code.
 */
export async function buildCli(io: BuildCliIo): Promise<number> {
  const lang = editorLanguage(undefined, io.env);
  if (io.argv.includes('--help') || io.argv.includes('-h')) {
    io.print(say('build.usage', {}, lang));
    return 0;
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'vitrina-build-'));
  const receiptFile = path.join(work, 'receipt.json');
  try {
    const code = await new Promise<number>((resolve) => {
      const child = spawn(process.execPath, [...astroNodeOptions(), astroBin(io.root), 'build', ...io.argv], {
        cwd: io.root,
        env: { ...io.env, [RECEIPT_VARIABLE]: receiptFile },
        stdio: 'inherit',
      });
      child.on('error', () => resolve(1));
      child.on('close', (exit, signal) => resolve(exit ?? (signal ? 1 : 0)));
    });
    const receipt = readReceipt(receiptFile);
    if (code === 0 && receipt?.finished) {
      try {
        publishStaging(receipt);
      } catch (error) {
        // The new site is complete: it stays in the staging folder, and the message says where.
        io.print(say('build.swapFailed', { outDir: shown(io.root, receipt.outDir), staging: shown(io.root, receipt.staging), message: (error as Error).message }, lang));
        return 1;
      }
      io.print(say('build.published', { outDir: shown(io.root, receipt.outDir) }, lang));
      return 0;
    }
    discardStaging(receipt);
    const outDir = receipt ? shown(io.root, receipt.outDir) : '';
    if (!receipt) io.print(say('build.failed.early', {}, lang));
    else io.print(say(fs.existsSync(receipt.outDir) ? 'build.failed.kept' : 'build.failed.none', { outDir }, lang));
    return code === 0 ? 1 : code;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** A folder as messages name files (src/site/paths.ts), with a slash to say it is a folder. */
function shown(root: string, dir: string): string {
  return `${displayPath(dir, root)}/`;
}
