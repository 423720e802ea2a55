/** A `<meta>` element for the page head: Open Graph uses `property`, Twitter cards use `name`. */
export interface MetaTag {
  property?: string;
  name?: string;
  content: string;
}

export interface SocialInput {
  title: string;
  description?: string | undefined;
  /** Absolute canonical URL. */
  /** The page's canonical address; none for the 404 page, which answers at every missing address. */
  url?: string | undefined;
  siteName: string;
  /** BCP 47 language of the page, e.g. bg. */
  lang: string;
  /** Other languages the page exists in. */
  alternateLangs?: string[] | undefined;
  /** `article` for publications, `website` otherwise. */
  type: 'article' | 'website';
  /** Absolute URL of a 1200×630 image, what it shows, and its media type (default image/png). */
  image?: { url: string; alt: string; type?: 'image/png' | 'image/jpeg' | undefined } | undefined;
  published?: string | undefined;
  modified?: string | undefined;
}

/**
 * Open Graph's locale form (bg_BG) from a language tag, with the region Intl considers likely, so no
 * locale is written out here.
 */
export function ogLocale(lang: string): string {
  const locale = new Intl.Locale(lang).maximize();
  return locale.region ? `${locale.language}_${locale.region}` : locale.language;
}

/** The Open Graph and Twitter card tags of a page, in a fixed order. */
export function socialMeta(input: SocialInput): MetaTag[] {
  const tags: MetaTag[] = [
    { property: 'og:type', content: input.type },
    { property: 'og:site_name', content: input.siteName },
    { property: 'og:title', content: input.title },
    ...(input.url ? [{ property: 'og:url', content: input.url }] : []),
    { property: 'og:locale', content: ogLocale(input.lang) },
    ...(input.alternateLangs ?? []).map((lang) => ({ property: 'og:locale:alternate', content: ogLocale(lang) })),
  ];
  if (input.description) tags.push({ property: 'og:description', content: input.description });
  if (input.image) {
    tags.push(
      { property: 'og:image', content: input.image.url },
      { property: 'og:image:type', content: input.image.type ?? 'image/png' },
      { property: 'og:image:width', content: '1200' },
      { property: 'og:image:height', content: '630' },
      { property: 'og:image:alt', content: input.image.alt },
    );
  }
  if (input.type === 'article' && input.published) tags.push({ property: 'article:published_time', content: input.published });
  if (input.type === 'article' && input.modified) tags.push({ property: 'article:modified_time', content: input.modified });
  tags.push({ name: 'twitter:card', content: input.image ? 'summary_large_image' : 'summary' });
  tags.push({ name: 'twitter:title', content: input.title });
  if (input.description) tags.push({ name: 'twitter:description', content: input.description });
  if (input.image) tags.push({ name: 'twitter:image', content: input.image.url }, { name: 'twitter:image:alt', content: input.image.alt });
  return tags;
}
