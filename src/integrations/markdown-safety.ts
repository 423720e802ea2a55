import type { AstroIntegration } from 'astro';
import { markdownSafety } from '../quality/markdown-safety.ts';

/**
 * Adds the Markdown safety plugin (src/quality/markdown-safety.ts) to Astro's default Markdown
 * processor, satteri, the way satteri expects integrations to (its options are mutable during
 * config setup). Fails the build if another processor is configured, because raw HTML in
 * Markdown would then reach the pages unchecked.
 */
export function markdownSafetyIntegration(): AstroIntegration {
  return {
    name: 'vitrina:markdown-safety',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const processor = config.markdown.processor as { name: string; options: { hastPlugins?: unknown[] } };
        if (processor.name !== 'satteri' || !Array.isArray(processor.options.hastPlugins)) {
          throw new Error(
            `The Markdown processor "${processor.name}" is not satteri: src/quality/markdown-safety.ts cannot sanitise Markdown. ` +
              'Port the plugin to the new processor before switching.',
          );
        }
        processor.options.hastPlugins.push(markdownSafety());
      },
    },
  };
}
