// @ts-check
import { defineConfig } from 'astro/config';
import vitrina from 'vitrina';

// The example site, built like any other Vitrina site: everything it says about itself is in
// content/site.yaml (or the vitrina() options), never in code.
export default defineConfig({ integrations: [vitrina()] });
