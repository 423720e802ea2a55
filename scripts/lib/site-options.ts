import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { VITRINA_OPTIONS } from '../../src/config/options';

const CONFIG_FILES = ['astro.config.mjs', 'astro.config.js', 'astro.config.ts', 'astro.config.mts'];

/**
 * The options the site passes to `vitrina()` in its astro.config, so that `vitrina check` and
 * `vitrina new` read the folders the build reads. A config that calls `vitrina()` once and with no
 * arguments (what `vitrina init` writes) gives the defaults without being run; any other is run
 * through Vite, as Astro runs it (a second or two), and the options are taken from the integration.
 */
export async function readSiteOptions(root: string): Promise<unknown> {
  const file = CONFIG_FILES.map((name) => path.join(root, name)).find((candidate) => fs.existsSync(candidate));
  if (!file) return {};
  // Comments left out, so that a mention of vitrina() in one is not taken for the call.
  const code = fs.readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|(^|[^:])\/\/.*$/gm, '$1');
  const calls = code.match(/\bvitrina\s*\([^)]*\)/g) ?? [];
  if (calls.length === 1 && /^vitrina\s*\(\s*\)$/.test(calls[0]!)) return {};
  // Vite is Astro's: take the copy Astro itself would use.
  const fromAstro = createRequire(createRequire(path.join(root, 'package.json')).resolve('astro/package.json'));
  const { runnerImport } = (await import(pathToFileURL(fromAstro.resolve('vite')).href)) as typeof import('vite');
  const { module } = await runnerImport<{ default?: { integrations?: unknown[] } }>(file, { root, configFile: false, logLevel: 'silent' });
  const integrations = (module.default?.integrations ?? []).flat(Infinity) as Record<PropertyKey, unknown>[];
  return integrations.find((integration) => integration?.name === 'vitrina')?.[VITRINA_OPTIONS] ?? {};
}
