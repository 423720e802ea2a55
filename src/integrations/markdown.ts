import { markdownBase } from '../site/base-path';
import { markdownSafety } from '../quality/markdown-safety';

interface MarkdownProcessor {
  name: string;
  options: { hastPlugins?: unknown[] };
}

/**
 * Adds Vitrina's two HAST plugins to Astro's default Markdown processor, satteri, the way satteri
 * expects integrations to (its options are mutable during config setup): the safety plugin
 * (src/quality/markdown-safety.ts), and under a sub-path the one that makes root-relative links in
 * content follow it (src/site/base-path.ts). Fails if another processor is configured, because raw
 * HTML in Markdown would then reach the pages unchecked.
 */
export function addMarkdownPlugins(processor: MarkdownProcessor, base: string): void {
  if (processor.name !== 'satteri' || !Array.isArray(processor.options.hastPlugins)) {
    throw new Error(
      `The Markdown processor "${processor.name}" is not satteri: src/quality/markdown-safety.ts cannot sanitise Markdown. ` +
        'Port the plugin to the new processor before switching.',
    );
  }
  processor.options.hastPlugins.push(markdownSafety());
  if (base.replace(/\/+$/, '') !== '') processor.options.hastPlugins.push(markdownBase(base));
}
