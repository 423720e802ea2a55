import type { SiteLocales } from '../i18n/localized';
import type { Urls } from '../site/urls';

/**
 * What the dataset modules need of the site they are published on: its URL builder (pages,
 * downloads, absolute addresses) and its languages, through which a missing translation falls back.
 */
export interface DatasetSite extends SiteLocales {
  urls: Urls;
}
