import type { SiteLocation } from '../../datasets/links';
import { getSite } from '../../site/data';

/** Where the site lives, as the dataset modules need it (URLs in downloads, DCAT and JSON-LD). */
export async function siteLocation(): Promise<SiteLocation> {
  const site = await getSite();
  return { url: site.url, base: site.base, defaultLocale: site.defaultLocale };
}
