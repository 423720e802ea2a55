import { sharedSite } from '../support/shared-sites.ts';

// Every browser test file reads the example site or the search fixture, which the global setup has
// started building (tests/e2e/global-setup.ts): each waits here until both are there.
await Promise.all([sharedSite('example'), sharedSite('search')]);
