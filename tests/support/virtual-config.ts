import os from 'node:os';
import path from 'node:path';
import { loadVitrinaConfig } from '../../src/config/settings';

/**
 * What `virtual:vitrina/config` holds in a build of the example site, for unit tests that import a
 * module reading it (vitest.config.ts aliases the virtual module here). The environment counts as
 * in a build: VITRINA_CACHE_DIR (set per unit run) and SOURCE_DATE_EPOCH.
 */
const root = path.resolve(import.meta.dirname, '../..');
export default loadVitrinaConfig({ root, env: process.env, cacheDir: path.join(os.tmpdir(), 'vitrina-unit-cache') });
