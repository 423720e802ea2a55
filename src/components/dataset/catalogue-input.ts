import type { CatalogueInput } from '../../datasets/dcat';
import { catalogueVersions } from '../../datasets/versions';
import { getDatasetReleases, getExports, getSite } from '../../site/data';
import { translator } from '../../i18n/catalogue';
import type { Localized } from '../../schemas/common';
import { THEMES, type Theme } from '../../schemas/dataset';
import { datasetSite } from './dataset-site';

/** Everything the DCAT catalogue needs, gathered from the site settings, the catalogues and the content store. */
export async function catalogueInput(): Promise<CatalogueInput> {
  const site = await getSite();
  const location = datasetSite();
  const perLocale = (make: (t: ReturnType<typeof translator>) => string): Localized =>
    Object.fromEntries(site.locales.map((locale) => [locale, make(translator(locale))])) as Localized;
  return {
    site: location,
    title: perLocale((t) => t('catalogue.title')),
    description: perLocale((t) => t('catalogue.intro')),
    publisher: { name: site.name, email: site.contact.email },
    themeLabels: Object.fromEntries(THEMES.map((theme) => [theme, perLocale((t) => t(`dataset.theme.${theme}`))])) as Record<Theme, Localized>,
    datasets: await Promise.all(
      (await getDatasetReleases()).map(async ({ dataset, releases }) => ({
        dataset,
        exports: await getExports(dataset.id, location),
        versions: catalogueVersions(dataset, releases, location),
      })),
    ),
  };
}
