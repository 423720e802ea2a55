import type { TestProject } from 'vitest/node';
import { removeOldBuilds } from '../support/build-site.ts';
import { removeSharedBuilds, sharedBuilds } from '../support/shared-sites.ts';

/** Builds the shared sites once for every build test (tests/support/shared-sites.ts). */
export default async function setup(project: TestProject) {
  removeOldBuilds();
  project.provide('sharedSites', await sharedBuilds());
  return removeSharedBuilds;
}
