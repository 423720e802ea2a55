import type { AstroIntegration } from 'astro';
import { markdownBase } from '../site/base-path';

/**
 * Adds src/site/base-path.ts to Astro's Markdown processor (satteri), so root-relative links in
 * content follow the site's sub-path. Without a sub-path it adds nothing.
 */
export function markdownBaseIntegration(): AstroIntegration {
  return {
    name: 'vitrina:markdown-base',
    hooks: {
      'astro:config:setup': ({ config }) => {
        if (config.base.replace(/\/+$/, '') === '') return;
        const processor = config.markdown.processor as { name: string; options: { hastPlugins?: unknown[] } };
        if (!Array.isArray(processor.options.hastPlugins)) {
          throw new Error(`The Markdown processor "${processor.name}" takes no HAST plugins: links in content would not follow the sub-path ${config.base}.`);
        }
        processor.options.hastPlugins.push(markdownBase(config.base));
      },
    },
  };
}
