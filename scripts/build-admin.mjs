// Bundles the web editor (Sveltia CMS, the exact version in package.json's devDependencies) into
// lib/admin/, which the integration copies to every site's /admin/ (src/integrations/admin.ts). Runs
// with `npm install` and `npm pack` (prepare) after scripts/build-cli.mjs, so a site installed
// from the tarball gets the editor without Sveltia's own dependencies.
//
// The package's bundler build (npm/index.js) is used, not its CDN build (dist/), because the CDN
// build loads its fonts from jsdelivr and its chunks from unpkg; this one names its fonts and WebAssembly
// as files beside it (`new URL('assets/…', import.meta.url)`), which are copied as they are.
// What the editor only needs for widgets Vitrina's configuration never uses is left out: code
// highlighting (shiki's languages and themes), the map widget (leaflet, terra-draw) and SVG
// optimisation (svgo); their imports resolve to a module saying so, which the editor catches.
// `--outdir <dir>` writes elsewhere (the test). The editor is made in a folder beside it and takes its
// place only when it differs, so a server or a build that copies lib/admin/ meanwhile (`npm pack`
// while `astro dev` runs) never finds it half written.
import { cp, mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { outdir: { type: 'string', default: path.join(ROOT, 'lib', 'admin') } } });
const target = path.resolve(values.outdir);
const outdir = `${target}.building-${process.pid}`;

const require = createRequire(path.join(ROOT, 'package.json'));
const cmsRoot = path.resolve(path.dirname(require.resolve('@sveltia/cms')), '..');
const { version } = JSON.parse(await readFile(path.join(cmsRoot, 'package.json'), 'utf8'));

/** Imports of widgets Vitrina does not configure: they fail when called, never at start. */
const LEFT_OUT = /^(@shikijs\/(langs|themes)\/|leaflet|terra-draw|svgo)/;

function fail(reason) {
  throw new Error(`scripts/build-admin.mjs: in @sveltia/cms ${version}, ${reason}.`);
}

await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });
await build({
  entryPoints: { 'sveltia-cms': path.join(cmsRoot, 'npm', 'index.js') },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  target: 'es2022',
  platform: 'browser',
  minify: true,
  // The licences of what it bundles, beside it (sveltia-cms.js.LEGAL.txt).
  legalComments: 'external',
  logLevel: 'warning',
  chunkNames: 'chunks/[name]-[hash]',
  plugins: [
    {
      name: 'vitrina-admin-left-out',
      setup(b) {
        // One module for all of them, so they make one small file.
        const leftOut = { path: 'left-out', namespace: 'left-out' };
        b.onResolve({ filter: LEFT_OUT }, () => leftOut);
        b.onLoad({ filter: /.*/, namespace: 'left-out' }, () => ({
          contents: `throw new Error("Not part of Vitrina's web editor (scripts/build-admin.mjs).");`,
          loader: 'js',
        }));
      },
    },
  ],
});
// The bundler build registers its own font files (document.fonts), yet one of its style sheets still
// declares the same fonts at cdn.jsdelivr.net: those rules go, so the editor asks no other origin.
const main = path.join(outdir, 'sveltia-cms.js');
const code = await readFile(main, 'utf8');
const CDN_FONT = /@font-face\s*\{[^}]*https:\/\/cdn\.jsdelivr\.net\/[^}]*\}/g;
let cleaned = code.replace(CDN_FONT, '');
if (cleaned.includes('cdn.jsdelivr.net')) fail('it still names cdn.jsdelivr.net; see how this version loads its fonts');
// Signed in to GitHub, the editor asks www.githubstatus.com every five minutes whether GitHub is
// down: the GitHub backend's `checkStatus` goes (the editor then shows no status), so api.github.com
// stays the one other origin it contacts.
const STATUS_URL = /([\w$]+)="https:\/\/www\.githubstatus\.com\/api\/[^"]*"/.exec(cleaned)?.[1];
const STATUS_CHECK = STATUS_URL && new RegExp(`([\\w$]+)=async\\(\\)=>\\{try\\{let\\{status:\\{indicator:[\\w$]+\\}\\}=await [\\w$]+\\(${STATUS_URL.replaceAll('$', '\\$')}\\)`).exec(cleaned)?.[1];
const checks = STATUS_CHECK ? cleaned.split(`checkStatus:${STATUS_CHECK},`).length - 1 : 0;
if (checks !== 1) fail(`found ${checks} GitHub status checks instead of 1; see how this version checks githubstatus.com`);
cleaned = cleaned.replace(`checkStatus:${STATUS_CHECK},`, 'checkStatus:void 0,');
// Saving an entry whose other languages are not written yet (a new publication in the default
// language only) throws in the language switcher, which reads the validity of every language:
// there is none for a language not written. Read as "no problems" until the editor mends it.
const VALIDITY = /Object\.values\(([\w$]+\([\w$]+\)\[[\w$]+\])\)\.some\(\(\{valid:/g;
const validity = cleaned.match(VALIDITY)?.length ?? 0;
if (validity !== 1) fail(`found ${validity} language-switcher validity reads instead of 1; see whether saving a new entry in one language still throws`);
cleaned = cleaned.replace(VALIDITY, 'Object.values($1??{}).some(({valid:');
// Its viewport forbids zooming past 100 % (maximum-scale=1), which WCAG 1.4.4 asks to allow: gone.
const NO_ZOOM = '"maximum-scale=1",';
const noZoom = cleaned.split(NO_ZOOM).length - 1;
if (noZoom !== 1) fail(`found ${noZoom} viewports with maximum-scale=1 instead of 1; see whether the editor still stops zooming`);
cleaned = cleaned.replace(NO_ZOOM, '');
await writeFile(main, cleaned);
await writeFile(
  path.join(outdir, 'start.js'),
  [
    '// Starts the editor, which reads config.yml beside this page. Written by scripts/build-admin.mjs.',
    "// The editor speaks the site's language (the page's lang, the language of the form's labels) until",
    '// the editor picks another in its settings. Its English is en-US.',
    "const PREFS = 'sveltia-cms.prefs';",
    "const locale = document.documentElement.lang === 'en' ? 'en-US' : document.documentElement.lang;",
    'try {',
    '  if (!localStorage.getItem(PREFS)) localStorage.setItem(PREFS, JSON.stringify({ locale }));',
    '} catch {',
    '  // No storage (a private window): the browser\'s language.',
    '}',
    "const { init } = await import('./sveltia-cms.js');",
    'init();',
    '',
  ].join('\n'),
);
await cp(path.join(cmsRoot, 'npm', 'assets'), path.join(outdir, 'assets'), {
  recursive: true,
  filter: (source) => !source.endsWith('.map'),
});
await cp(path.join(cmsRoot, 'LICENSE.txt'), path.join(outdir, 'LICENSE.txt'));
await writeFile(path.join(outdir, 'version.json'), `${JSON.stringify({ name: '@sveltia/cms', version })}\n`);

/** Every file of a folder with its bytes, by relative path; empty when there is no such folder. */
async function tree(dir) {
  const files = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const entries = await Promise.all(files.filter((file) => file.isFile()).map(async (file) => {
    const full = path.join(file.parentPath, file.name);
    return [path.relative(dir, full), (await readFile(full)).toString('base64')];
  }));
  return new Map(entries);
}

const made = await tree(outdir);
const there = await tree(target);
if (made.size === there.size && [...made].every(([file, bytes]) => there.get(file) === bytes)) {
  await rm(outdir, { recursive: true, force: true });
} else {
  const old = `${target}.old-${process.pid}`;
  await rename(target, old).catch(() => {});
  await rename(outdir, target);
  await rm(old, { recursive: true, force: true });
}
