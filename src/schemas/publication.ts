import { z } from 'astro/zod';
import { editorIssue, filePath, groupExample, isoDate, ownMessage, slug, text } from './common';

/** The kinds of publication, in the order the navigation lists them. */
export const PUBLICATION_TYPES = ['update', 'report', 'methodology', 'campaign', 'press-release', 'event'] as const;
export type PublicationType = (typeof PUBLICATION_TYPES)[number];

/**
 * The frontmatter of `content/publications/<lang>/<slug>.md|mdx`. The language comes from the folder
 * and the slug from the file name; translations of one publication share the slug.
 * `image` turns a path relative to the file into an image the build resizes; tools that check content
 * without building pass a plain string schema instead.
 */
export function publicationSchema<I extends z.ZodType>(image: () => I) {
  return z
    .strictObject({
      /** What kind of publication this is; decides where it is listed. */
      type: z.enum(PUBLICATION_TYPES),
      /** Headline, one line. */
      title: text,
      /** One or two sentences for lists, search results and share cards. */
      summary: text,
      /** Day of first publication, YYYY-MM-DD. */
      published: isoDate,
      /** Day of the last substantive change, YYYY-MM-DD; not before `published`. */
      updated: isoDate.optional(),
      /** The project (file name in content/projects without `.yaml`) this belongs to. */
      project: slug.optional(),
      /** The id of an activity of that project; needs `project`. */
      activity: z.string().trim().min(1).optional(),
      /** Free keywords, lower case; shown as tags. */
      tags: z.array(text).default([]),
      /** A picture shown at the top of the publication's page; `alt` is required (write "" only for pure decoration). */
      cover: z
        .strictObject(
          {
            /** Path to the image relative to this file, e.g. ../../files/images/survey.jpg. */
            src: image(),
            /** What the picture shows, for readers who cannot see it. */
            alt: z.string({ error: ownMessage('schema.cover.alt.hint') }),
            /** Who made the picture, shown under it. */
            credit: text.optional(),
          },
          { error: groupExample('schema.cover.example') },
        )
        .optional(),
      /** Documents to download; format and size are read from the file. */
      attachments: z
        .array(
          z.strictObject({
            /** Path inside content/files, e.g. perushtitsa/survey-report.pdf. */
            file: filePath,
            /** The document's title as readers should see it. */
            title: text,
          }),
        )
        .default([]),
      /** Ids of datasets (folder names in data/) this publication draws on. */
      datasets: z.array(slug).default([]),
      /** For a campaign post: the series it belongs to and its number in that series. */
      campaign: z
        .strictObject({
          /** Name of the series, e.g. "Граждани и услуги". */
          series: text,
          /** 1 for the first post, then 2, 3… */
          number: z.number().int().positive(),
        })
        .optional(),
      /** A draft is shown by `npm run dev` but never built for production. Default false. */
      draft: z.boolean().default(false),
    })
    .superRefine((value, ctx) => {
      if (value.updated && value.updated < value.published) {
        ctx.addIssue(editorIssue('schema.updated', { path: ['updated'], values: { date: value.published } }));
      }
      if (value.activity && !value.project) {
        ctx.addIssue(editorIssue('schema.activity.project', { path: ['activity'] }));
      }
      if (value.type === 'campaign' && !value.campaign) {
        ctx.addIssue(editorIssue('schema.campaign', { path: ['campaign'] }));
      }
    });
}

/** Publication frontmatter as the check tools see it (image paths as plain strings). */
export const publicationData = publicationSchema(() => z.string().min(1));
export type PublicationData = z.infer<typeof publicationData>;
