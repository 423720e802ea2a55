import fs from 'node:fs';
import path from 'node:path';

/**
 * Astro writes the code that renders the pages into `<outDir>/.prerender/` and runs it from there,
 * importing the site's dependencies by name. Node finds them only from inside the project, so code
 * written elsewhere must still see the project's node_modules. Astro falls back to a folder inside
 * the working directory when the output folder is outside it, but decides "outside" by the start of
 * the path: `/work/site-out` passes for inside `/work/site`, and the build then crashes ("Cannot find
 * package '@oslojs/encoding' imported from /work/site-out/.prerender/…").
 */
export function outsideProject(dir: string, root: string): boolean {
  const relative = path.relative(root, dir);
  return relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
}

/**
 * A Vite plugin that, once the prerender code is written outside the project, links the project's
 * node_modules into its folder, so that Node resolves its imports as from inside. Astro deletes the
 * folder, and the link with it, when the pages are written.
 */
export function prerenderModulesPlugin(root: string) {
  return {
    name: 'vitrina:prerender-modules',
    applyToEnvironment: (environment: { name: string }) => environment.name === 'prerender',
    writeBundle(options: { dir?: string }) {
      if (!options.dir || !outsideProject(options.dir, root)) return;
      const link = path.join(options.dir, 'node_modules');
      fs.rmSync(link, { recursive: true, force: true });
      fs.symlinkSync(path.join(root, 'node_modules'), link, 'junction');
    },
  };
}
