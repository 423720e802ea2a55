import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkLinks, formatLinkProblem, nodeSiteFiles } from '../quality/links.ts';

/**
 * After the build, checks every internal link, source and #fragment of every page (see
 * src/quality/links.ts). A broken link fails the build, naming each page and link.
 *
 * By then Astro has written the output folder. So that a failed build never leaves a half-checked
 * site that a deploy step could publish, the output folder is deleted before the build fails
 * (Astro empties it at the start of every build anyway). Register this integration LAST: the
 * integrations before it (search index, dataset downloads) write files that pages link to.
 */
export function linkCheck(): AstroIntegration {
  let base = '/';
  let site: string | undefined;
  return {
    name: 'vitrina:link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        site = config.site;
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const problems = checkLinks(nodeSiteFiles(outDir), { base, site });
        const elapsed = Math.round(performance.now() - started);
        if (problems.length === 0) {
          logger.info(`all internal links resolve (${elapsed} ms)`);
          return;
        }
        fs.rmSync(outDir, { recursive: true, force: true });
        const lines = problems.map(formatLinkProblem);
        throw new Error(
          `${problems.length} broken link(s); the output folder was deleted so that nothing broken is deployed:\n` +
            lines.map((line) => `  ${line}`).join('\n'),
        );
      },
    },
  };
}
