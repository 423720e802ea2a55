import { z } from 'astro/zod';
import { EDITOR_LANGUAGES } from '../i18n/editor-messages';

/** A folder of the site, relative to the project root (where astro.config.mjs is) or absolute. */
const folder = z.string({ error: 'must be a folder name, e.g. "content"' }).trim().min(1, 'must not be empty');

/**
 * The options a site passes to `vitrina()` in astro.config.mjs. Every one is optional: a site that
 * keeps its content in `content/` and `data/` and its address in `content/site.yaml` passes none.
 * Deploy-time variables (VITRINA_SITE, VITRINA_BASE) override `site` and `base`; these override
 * `url` and `base` in `content/site.yaml` (src/config/settings.ts).
 */
export const vitrinaOptions = z
  .strictObject({
    /** The editors' folder: site.yaml, projects/, publications/, pages/, recommendations/, files/. Default "content". */
    content: folder.default('content'),
    /** The datasets' folder: one sub-folder per dataset. Default "data". */
    data: folder.default('data'),
    /** The public address without a sub-path, e.g. https://monitoring.example.org; over `url` in site.yaml. */
    site: z.url({ protocol: /^https?$/, error: 'must be an http(s) address, e.g. https://monitoring.example.org' }).optional(),
    /** The sub-path the site lives under, e.g. /monitoring/; over `base` in site.yaml. */
    base: z
      .string()
      .regex(/^\/(?:[a-z0-9\-_.~]+\/?)*$/, 'must start with / and hold lower-case path segments, e.g. /monitoring/')
      .optional(),
    /** The language of the build's messages to editors: en (default), bg or ru; VITRINA_LANG overrides it. */
    messages: z.enum(EDITOR_LANGUAGES).optional(),
    /**
     * What editors' MDX may do. "safe" (default): Markdown, the components Vitrina provides and props
     * that are literals; `import`, `export` and every other JavaScript expression are refused by the
     * check and the build. "trusted": any MDX, which runs as JavaScript on the machine that builds;
     * only for a site whose every editor is a developer it trusts with that machine (docs/security.md).
     */
    mdx: z.enum(['safe', 'trusted'], { error: 'must be "safe" (the default) or "trusted"' }).default('safe'),
    /** The web editor at /admin/ (docs/web-editor.md). */
    editor: z
      .strictObject({
        /** false: no /admin/ on this site. Default true. */
        enabled: z.boolean({ error: 'must be true or false' }).default(true),
        /** The GitHub repository editors commit to, "owner/name"; default GITHUB_REPOSITORY (set on GitHub Actions). */
        repo: z
          .string()
          .regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, 'must be a GitHub repository as owner/name, e.g. my-ngo/monitoring-site')
          .optional(),
        /** The branch the site is built from. Default "main". */
        branch: z.string().trim().min(1, 'must not be empty').default('main'),
        /** The address of the small service that signs editors in with GitHub (OAuth, docs/web-editor.md); without it, a token. */
        oauth: z.url({ protocol: /^https$/, error: 'must be an https address, e.g. https://sveltia-cms-auth.my-ngo.workers.dev' }).optional(),
        /** "editorial" (default): every change is a pull request to review and publish; "direct": a commit to the branch. */
        workflow: z.enum(['editorial', 'direct'], { error: 'must be "editorial" (the default) or "direct"' }).default('editorial'),
      })
      .default({ enabled: true, branch: 'main', workflow: 'editorial' }),
  })
  .default({ content: 'content', data: 'data', mdx: 'safe', editor: { enabled: true, branch: 'main', workflow: 'editorial' } });

/** What a site may pass to `vitrina()`. */
export type VitrinaUserOptions = z.input<typeof vitrinaOptions>;
/** The options after validation and defaults. */
export type VitrinaOptions = z.output<typeof vitrinaOptions>;
/** What editors' MDX may do (src/check/mdx.ts). */
export type MdxMode = VitrinaOptions['mdx'];

/** Where `vitrina()` keeps its validated options on the integration, for the `vitrina` command. */
export const VITRINA_OPTIONS = Symbol.for('vitrina.options');

/** A mistake in the options: names each option and what was wrong, without a stack trace. */
export class VitrinaOptionsError extends Error {
  constructor(issues: readonly { code?: string; path: readonly PropertyKey[]; message: string; keys?: readonly string[] }[]) {
    const known = Object.keys(vitrinaOptions.unwrap().shape).join(', ');
    const lines = issues.flatMap((issue) =>
      issue.code === 'unrecognized_keys' && issue.keys
        ? issue.keys.map((key) => `  ${key}: not an option of vitrina() (the options are ${known})`)
        : [`  ${issue.path.length ? issue.path.map(String).join('.') : '(the options)'}: ${issue.message}`],
    );
    super(`Invalid options passed to vitrina() in astro.config.mjs:\n${lines.join('\n')}`);
    this.name = 'VitrinaOptionsError';
    // The message says all there is (where, which option, what is wrong): no stack trace.
    this.stack = '';
  }
}

/** Validates `vitrina()`'s options; throws `VitrinaOptionsError` naming every wrong option. */
export function parseVitrinaOptions(input: unknown): VitrinaOptions {
  const result = vitrinaOptions.safeParse(input);
  if (!result.success) throw new VitrinaOptionsError(result.error.issues);
  return result.data;
}
