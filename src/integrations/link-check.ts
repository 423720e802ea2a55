import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkLinksAsync, formatLinkProblem, nodeSiteFiles, type LinkProblem } from '../quality/links.ts';
import { settle } from './background.ts';

/**
 * After the build, checks every internal link, source and #fragment of every page (see
 * src/quality/links.ts). A broken link fails the build, naming each page and link.
 *
 * By then Astro has written the output folder. So that a failed build never leaves a half-checked
 * site that a deploy step could publish, the output folder is deleted before the build fails
 * (Astro empties it at the start of every build anyway). Register this integration LAST: the
 * integrations before it (search index, dataset downloads) write files that pages link to.
 * It also waits for the work those integrations left running (./background.ts): the build ends only
 * when that is done, and fails if it failed, deleting the output folder in that case too.
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
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        // The pagefind folder is written meanwhile; no page links into it (the search script loads it).
        let problems: LinkProblem[] = [];
        let failure: unknown;
        try {
          problems = await checkLinksAsync(nodeSiteFiles(outDir, ['pagefind']), { base, site });
        } catch (error) {
          failure = error;
        }
        try {
          await settle();
        } catch (error) {
          failure ??= error;
        }
        if (failure) {
          // The search index (or the check itself) failed: what is in the folder is half a site.
          fs.rmSync(outDir, { recursive: true, force: true });
          const message = failure instanceof Error ? failure.message : String(failure);
          throw new Error(`${message}\nThe output folder was deleted so that nothing half-built is deployed.`, { cause: failure });
        }
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
