import type { VitrinaConfig } from './settings';

/** The module through which pages, components and content loaders receive the build's settings. */
export const VIRTUAL_CONFIG = 'virtual:vitrina/config';
const RESOLVED = `\0${VIRTUAL_CONFIG}`;

/**
 * A Vite plugin that serves `config` (read once by the integration) as `virtual:vitrina/config`,
 * the way Starlight serves its user config: pages never read files or the environment for settings.
 */
export function vitrinaConfigPlugin(config: VitrinaConfig) {
  return {
    name: 'vitrina:config',
    resolveId(id: string) {
      return id === VIRTUAL_CONFIG ? RESOLVED : undefined;
    },
    load(id: string) {
      return id === RESOLVED ? `export default ${JSON.stringify(config)};` : undefined;
    },
  };
}
