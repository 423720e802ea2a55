import type { TestProject } from 'vitest/node';
import { removeOldBuilds } from '../support/build-site.ts';
import { removeSharedBuilds, startSharedBuilds } from '../support/shared-sites.ts';

/** Starts the shared sites' builds, once for every build test (tests/support/shared-sites.ts). */
export default function setup(project: TestProject) {
  removeOldBuilds();
  project.provide('sharedSites', startSharedBuilds());
  return removeSharedBuilds;
}
