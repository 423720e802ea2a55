/**
 * schema.org descriptions of the organisation, publications and projects, as plain objects; pages
 * serialise them with `serializeJsonLd` into a `<script type="application/ld+json">`.
 */

export type JsonLd = Record<string, unknown>;

/**
 * JSON for a `<script>` element: `<`, `>` and `&` become \u escapes, so no text inside (a title
 * with `</script>`) can end the element, and U+2028/2029 are escaped for old parsers.
 */
export function serializeJsonLd(value: JsonLd | JsonLd[]): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Drops undefined and empty-array properties, so the output carries only what is known. */
function compact(value: JsonLd): JsonLd {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)));
}

export interface OrganizationInput {
  name: string;
  description?: string | undefined;
  /** The site's home page, absolute. */
  url: string;
  email?: string | undefined;
  /** Profiles elsewhere. */
  sameAs?: string[] | undefined;
}

/** The organisation that runs the site. Its `@id` is the home page with `#organization`. */
export function organizationLd(input: OrganizationInput): JsonLd {
  return compact({
    '@context': 'https://schema.org',
    '@type': 'Organization',
    '@id': `${input.url}#organization`,
    name: input.name,
    description: input.description,
    url: input.url,
    email: input.email,
    sameAs: input.sameAs,
  });
}

export interface PublicationInput {
  /** Publication type from the schema (report, methodology, update…). */
  type: string;
  url: string;
  title: string;
  summary: string;
  lang: string;
  published: string;
  updated?: string | undefined;
  /** Absolute URL of the share card. */
  image?: string | undefined;
  /** The site's home page (publisher's @id is derived from it). */
  siteUrl: string;
  publisherName: string;
  /** The project's page and title, when it belongs to one. */
  project?: { url: string; name: string } | undefined;
  keywords?: string[] | undefined;
  licence?: string | undefined;
}

/** Reports and methods are `Report`; news, campaigns, press releases and events are `Article`. */
export function publicationLd(input: PublicationInput): JsonLd {
  const publisher = { '@type': 'Organization', '@id': `${input.siteUrl}#organization`, name: input.publisherName };
  return compact({
    '@context': 'https://schema.org',
    '@type': input.type === 'report' || input.type === 'methodology' ? 'Report' : 'Article',
    '@id': input.url,
    url: input.url,
    mainEntityOfPage: input.url,
    headline: input.title,
    description: input.summary,
    inLanguage: input.lang,
    datePublished: input.published,
    dateModified: input.updated ?? input.published,
    image: input.image,
    author: publisher,
    publisher,
    keywords: input.keywords?.length ? input.keywords.join(', ') : undefined,
    license: input.licence,
    isPartOf: input.project ? { '@type': 'Project', '@id': input.project.url, name: input.project.name } : undefined,
  });
}

export interface ProjectInput {
  url: string;
  name: string;
  description: string;
  lang: string;
  code: string;
  start: string;
  end?: string | undefined;
  image?: string | undefined;
  beneficiary: string;
  partners?: string[] | undefined;
  funder?: string | undefined;
  areaServed?: string[] | undefined;
  website?: string | undefined;
}

/**
 * A project as schema.org `Project` (an organisation-like enterprise with an aim). Its dates go in
 * `foundingDate`/`dissolutionDate`, the properties `Project` inherits from Organization.
 */
export function projectLd(input: ProjectInput): JsonLd {
  const org = (name: string) => ({ '@type': 'Organization', name });
  return compact({
    '@context': 'https://schema.org',
    '@type': 'Project',
    '@id': input.url,
    url: input.url,
    name: input.name,
    description: input.description,
    inLanguage: input.lang,
    identifier: input.code,
    foundingDate: input.start,
    dissolutionDate: input.end,
    image: input.image,
    member: [org(input.beneficiary), ...(input.partners ?? []).map(org)],
    funder: input.funder ? org(input.funder) : undefined,
    areaServed: input.areaServed,
    sameAs: input.website ? [input.website] : undefined,
  });
}
