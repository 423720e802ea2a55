/**
 * Which files of content/files are published (at /files/…): those the content names, and those in
 * the always-published folder. A file that nothing names stays in the repository only, so a file put
 * there by mistake (a draft, a working copy, a folder of someone's documents) is never on the site.
 */

/** Files under `content/files/public/` are published whether or not anything names them (e.g. a PDF linked from a newsletter). */
export const ALWAYS_PUBLISHED = 'public/';

/** What names files: attachments, evidence of recommendations, and the Markdown of publications and pages. */
export interface FileReferences {
  /** Paths inside content/files, as written in the content (attachments, evidence). */
  named: Iterable<string>;
  /** Markdown or MDX bodies, which may link `/files/…` (under the site's base or not). */
  bodies: Iterable<string>;
}

// `/files/<path>` in a link, up to what ends a link in Markdown or HTML.
const BODY_LINK = /\/files\/([^\s)"'<>#?\]]+)/g;

function decoded(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

/** The files of `available` (every regular file under content/files) to publish, sorted. */
export function publishedFiles(available: readonly string[], references: FileReferences): string[] {
  const wanted = new Set<string>();
  for (const file of references.named) wanted.add(file);
  for (const body of references.bodies) for (const match of body.matchAll(BODY_LINK)) wanted.add(decoded(match[1] ?? ''));
  return available.filter((file) => file.startsWith(ALWAYS_PUBLISHED) || wanted.has(file));
}
