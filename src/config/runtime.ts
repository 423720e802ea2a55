import config from 'virtual:vitrina/config';
import { createUrls, type Urls } from '../site/urls';
import type { VitrinaConfig } from './settings';

/**
 * The build's settings as pages, components and content loaders see them: validated once by the
 * integration (src/config/settings.ts) and served through Vite. Import from here, not from the
 * virtual module, so the type is in one place.
 */
export const vitrinaConfig: VitrinaConfig = config;

const urls = createUrls(vitrinaConfig.site);

/** The site's URL builder (src/site/urls.ts), made once per build from the settings. */
export function siteUrls(): Urls {
  return urls;
}
