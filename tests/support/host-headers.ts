/**
 * The site's header files read the way each host reads them, for tests: `_headers` as Netlify and
 * Cloudflare Pages apply it, and an nginx `server` block (from docs/deploy.md) with its `include`d
 * snippets as nginx applies `add_header`.
 */

export type Header = readonly [name: string, value: string];

/** One block of `_headers`: a path pattern and its headers. */
export interface HeaderRule {
  pattern: string;
  headers: Header[];
}

/** `_headers` as both hosts parse it: a line without indentation starts a block, indented lines are `Name: value`, `#` a comment. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers: a header outside a block or without a colon: ${line}`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** Whether a request path matches a pattern as both hosts match them: `*` any characters (slashes too), `:name` one segment. */
export function matchesPattern(pattern: string, pathname: string): boolean {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`).test(pathname);
}

/** The rules of `_headers` that apply to a request path. */
export function matchingRules(rules: readonly HeaderRule[], pathname: string): HeaderRule[] {
  return rules.filter((rule) => matchesPattern(rule.pattern, pathname));
}

/**
 * The headers a host sends for a path: every matching block applies (both hosts document this), and
 * a header named in two of them is joined with ", " (Cloudflare Pages; Netlify too sends both values).
 * Names are compared without case, as in HTTP.
 */
export function hostHeaders(rules: readonly HeaderRule[], pathname: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of matchingRules(rules, pathname)) {
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      headers.set(key, headers.has(key) ? `${headers.get(key)}, ${value}` : value);
    }
  }
  return headers;
}

/** A block of an nginx configuration: `server`, a `location` with its prefix, or another. */
interface NginxBlock {
  location?: string;
  headers: Header[];
  children: NginxBlock[];
}

/** Parses nginx directives into blocks, keeping only what decides headers: locations and add_header. */
function parseNginx(text: string): NginxBlock {
  const root: NginxBlock = { headers: [], children: [] };
  const stack = [root];
  // Statements end at `;`, blocks open at `{` and close at `}`, except inside quotes (a policy's
  // directives are separated by `;`); comments run to the end of the line.
  const tokens = text.replace(/^\s*#[^\n]*/gm, '').match(/(?:"[^"]*"|[^;{}"])+[;{]|\}/g) ?? [];
  for (const raw of tokens) {
    const token = raw.trim();
    const current = stack.at(-1)!;
    if (token === '}') {
      stack.pop();
      continue;
    }
    if (token.endsWith('{')) {
      const words = token.slice(0, -1).trim().split(/\s+/);
      const block: NginxBlock = { location: words[0] === 'location' ? words.at(-1) : undefined, headers: [], children: [] };
      current.children.push(block);
      stack.push(block);
      continue;
    }
    const header = /^add_header\s+(\S+)\s+"([^"]*)"(?:\s+always)?;$/.exec(token);
    if (header) current.headers.push([header[1]!, header[2]!]);
  }
  return root;
}

/**
 * The headers nginx sends for a path, from a configuration as docs/deploy.md writes it, with each
 * `include` resolved by `snippet`: nginx takes the matching location with the longest prefix, then
 * the same among the locations nested in it; a block inherits the add_header lines of the block
 * around it only when it has none of its own.
 */
export function nginxHeaders(config: string, snippet: (file: string) => string, pathname: string): Map<string, string> {
  const expand = (text: string): string => text.replace(/^\s*include\s+(\S+);/gm, (_, file: string) => expand(snippet(file)));
  let block = parseNginx(expand(config));
  let headers = block.headers;
  for (;;) {
    // Locations directly inside this block, or inside a block that is no location (a server).
    const locations = (function within(each: NginxBlock): NginxBlock[] {
      return each.children.flatMap((child) => (child.location ? [child] : within(child)));
    })(block);
    const inner = block;
    for (const child of inner.children) if (!child.location && child.headers.length) headers = child.headers;
    const next = locations.filter((each) => pathname.startsWith(each.location!)).sort((a, b) => b.location!.length - a.location!.length)[0];
    if (!next) break;
    if (next.headers.length) headers = next.headers;
    block = next;
  }
  return new Map(headers.map(([name, value]) => [name.toLowerCase(), value]));
}
