import { z } from 'astro/zod';
import { isoDate, text } from './common';

/** The standing pages every site has; each has a fixed place in the footer. */
export const PAGE_KINDS = ['about', 'contact', 'accessibility', 'privacy'] as const;

/**
 * The frontmatter of `content/pages/<lang>/<slug>.md`. The slug is the file name and the URL:
 * `about.md` becomes `/about/` (and `/en/about/` in English).
 */
export const pageData = z.strictObject({
  /** Heading and document title. */
  title: text,
  /** One sentence for search results and share cards. */
  summary: text.optional(),
  /** Day of the last change, YYYY-MM-DD; shown at the bottom. */
  updated: isoDate.optional(),
  /** A draft is shown by `npm run dev` but never built for production. Default false. */
  draft: z.boolean().default(false),
});
export type PageData = z.infer<typeof pageData>;
