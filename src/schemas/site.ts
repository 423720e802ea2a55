import { z } from 'astro/zod';
import { editorIssue, isoDate, locale, localized, ownMessage, text, url } from './common';

/** `content/site.yaml`: who publishes, in which languages, where the site lives. */
export const siteData = z
  .strictObject({
    /** The organisation's name, per locale; the site title. */
    name: localized,
    /** One sentence on who runs the site and why; the home page's introduction. */
    description: localized,
    /** What the site offers, in one short line; the home page's heading. Default: the name. */
    tagline: localized.optional(),
    /** The published locales, in the order the language switcher lists them. */
    locales: z.array(locale).min(1, ownMessage('schema.locales.min')),
    /** The locale served without a URL prefix; must be one of `locales`. */
    defaultLocale: locale,
    /** The public address of the site without a sub-path, e.g. https://monitoring.example.org. Overridden by VITRINA_SITE. */
    url,
    /** The sub-path the site lives under, e.g. /vitrina; "/" at the root. Overridden by VITRINA_BASE. */
    base: z
      .string()
      .regex(/^\/(?:[a-z0-9\-_.~]+\/?)*$/, ownMessage('schema.base'))
      .default('/'),
    /** The licence of the site's texts and data unless a dataset says otherwise. */
    licence: z.strictObject({
      /** SPDX identifier, e.g. CC-BY-4.0. */
      id: text,
      /** Human-readable name per locale. */
      title: localized,
      /** The licence text's address. */
      url,
    }),
    /** How to reach the publisher. */
    contact: z.strictObject({
      /** E-mail address. */
      email: z.email({ error: ownMessage('schema.email') }),
      /** Phone number as it should be dialled, e.g. +359 32 000 000. */
      phone: text.optional(),
      /** Postal address per locale. */
      address: localized.optional(),
    }),
    /** Profiles elsewhere; shown as plain links in the footer (no third-party scripts). */
    social: z
      .array(
        z.strictObject({
          /** The network's name as shown, e.g. Facebook. */
          name: text,
          /** The profile's address. */
          url,
        }),
      )
      .default([]),
    /** Facts for the accessibility statement. */
    accessibility: z.strictObject({
      /** Day the statement was last reviewed, YYYY-MM-DD. `npm run check` warns when it is over a year old. */
      reviewed: isoDate,
      /** How far the site conforms: full, partial or none. */
      conformance: z.enum(['full', 'partial', 'none']),
      /** The standard assessed against. Default "WCAG 2.2 AA". */
      standard: text.default('WCAG 2.2 AA'),
      /** Where readers report barriers. */
      contact: z.email({ error: ownMessage('schema.email') }),
    }),
  })
  .superRefine((value, ctx) => {
    if (!value.locales.includes(value.defaultLocale)) {
      ctx.addIssue(editorIssue('schema.defaultLocale', { path: ['defaultLocale'], values: { locales: value.locales.join(', ') } }));
    }
    if (new Set(value.locales).size !== value.locales.length) {
      ctx.addIssue(editorIssue('schema.locales.twice', { path: ['locales'] }));
    }
  });

export type SiteData = z.infer<typeof siteData>;
