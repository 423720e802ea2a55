import fs from 'node:fs';
import path from 'node:path';

/**
 * Atomic output, the build's side of it. `vitrina build` (scripts/lib/build-cli.ts) runs
 * `astro build` with VITRINA_BUILD_RECEIPT naming a file; the integration then builds into a staging
 * folder beside the output folder (same parent, so the same file system and a plain rename) and
 * writes in the receipt where both are and whether every step finished. The command puts the staging
 * folder in place only on a finished receipt and a zero exit code; otherwise the previous output
 * stays as it was. Without the variable (a bare `astro build`) nothing changes here.
 */
export const RECEIPT_VARIABLE = 'VITRINA_BUILD_RECEIPT';

/** What the build tells the command, as JSON in the receipt file. */
export interface BuildReceipt {
  /** The output folder the site asked for (astro.config.mjs or --outDir). */
  outDir: string;
  /** Where this build writes instead. */
  staging: string;
  /** True once every step after the pages (search index, sitemap, link check) has succeeded. */
  finished: boolean;
}

/**
 * What `astro dev` need not watch: the output folder, its staging and previous copies, and work under
 * the site's own `.vitrina/` (a site that itself lives in another's `.vitrina/`, as a test's does, is
 * watched).
 */
export function devWatchIgnored(outDir: string, root: string): string[] {
  return [outDir, stagingDir(outDir), previousDir(outDir), path.join(root, '.vitrina')].map((folder) => `${folder.split(path.sep).join('/')}/**`);
}

/** The staging folder for `outDir`: a hidden sibling, so that moving it into place is a rename. */
export function stagingDir(outDir: string): string {
  return path.join(path.dirname(outDir), `.${path.basename(outDir)}.staging`);
}

/** Where the previous output waits while the new one is moved in (removed right after). */
export function previousDir(outDir: string): string {
  return path.join(path.dirname(outDir), `.${path.basename(outDir)}.previous`);
}

export function readReceipt(file: string): BuildReceipt | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as BuildReceipt;
  } catch {
    return undefined;
  }
}

function writeReceipt(file: string, receipt: BuildReceipt): void {
  fs.writeFileSync(file, JSON.stringify(receipt));
}

/**
 * At config setup: when the command asked for a receipt, the staging folder to build into (emptied
 * first: a staging folder left by a killed build is never published), with the receipt written at
 * once so the command can clean up after a crash. Undefined for a bare `astro build`.
 */
export function startStaging(outDirAsked: string, env: NodeJS.ProcessEnv): { staging: string; finish: () => void } | undefined {
  const receipt = env[RECEIPT_VARIABLE];
  if (!receipt) return undefined;
  const outDir = path.resolve(outDirAsked);
  restorePrevious(outDir);
  const staging = stagingDir(outDir);
  fs.rmSync(staging, { recursive: true, force: true });
  writeReceipt(receipt, { outDir, staging, finished: false });
  return { staging, finish: () => writeReceipt(receipt, { outDir, staging, finished: true }) };
}

/**
 * Puts a finished build in place of `outDir`: the old folder is renamed aside, the new one renamed
 * in, the old one deleted. Only the moment between the two renames has no output folder; if the
 * second rename fails, the old folder is renamed back.
 */
export function publishStaging(receipt: BuildReceipt): void {
  const { outDir, staging } = receipt;
  const previous = previousDir(outDir);
  restorePrevious(outDir);
  fs.rmSync(previous, { recursive: true, force: true });
  const hadOutput = fs.existsSync(outDir);
  if (hadOutput) fs.renameSync(outDir, previous);
  try {
    fs.renameSync(staging, outDir);
  } catch (error) {
    if (hadOutput) fs.renameSync(previous, outDir);
    throw error;
  }
  fs.rmSync(previous, { recursive: true, force: true });
}

/**
 * A build killed between the two renames of `publishStaging` leaves no output folder and the previous
 * site aside: put it back (called before every build and every swap).
 */
export function restorePrevious(outDir: string): void {
  const previous = previousDir(outDir);
  if (!fs.existsSync(outDir) && fs.existsSync(previous)) fs.renameSync(previous, outDir);
}

/** After a failed build: the staging folder goes, the output folder is not touched. */
export function discardStaging(receipt: BuildReceipt | undefined): void {
  if (receipt) fs.rmSync(receipt.staging, { recursive: true, force: true });
}
