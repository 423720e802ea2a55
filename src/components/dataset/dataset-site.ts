import { siteUrls, vitrinaConfig } from '../../config/runtime';
import type { DatasetSite } from '../../datasets/links';

/** The site as the dataset modules need it (URLs in downloads, DCAT and JSON-LD; the fallback languages). */
export function datasetSite(): DatasetSite {
  const { defaultLocale, locales } = vitrinaConfig.site;
  return { urls: siteUrls(), defaultLocale, locales };
}
