/**
 * Where the page generation spends its time, from the build's own log: Astro prints each file it
 * writes as `├─ /path/ (+12ms)`. Paths are grouped into routes (locale prefixes dropped, slugs as *).
 */

/** Second path segments that name a kind of list page rather than an entry. */
const LIST_WORDS = new Set(['page', 'type', 'project', 'year', 'theme', 'tag', 'publications', 'projects']);

export function routeOf(urlPath: string): string {
  const segments = urlPath
    .replace(/^\/(en|ru|bg)(?=\/)/, '')
    .replace(/^\/cards\/(en|ru|bg)(?=\/)/, '/cards')
    .split('/')
    .filter(Boolean);
  if (segments.length === 0) return '/';
  const [first, second, third] = segments;
  if (first === 'cards') return `/cards/${second}/*`;
  if (!second) return `/${first}`;
  if (LIST_WORDS.has(second)) return third ? `/${first}/${second}/*` : `/${first}/${second}`;
  return `/${first}/*${segments.length > 2 ? '/…' : ''}`;
}

export interface RouteTime {
  route: string;
  files: number;
  totalMs: number;
}

/** Total milliseconds per route, largest first. */
export function routeTimes(log: string): RouteTime[] {
  const totals = new Map<string, RouteTime>();
  for (const match of log.matchAll(/[├└]─ (\S+) \(\+(\d+)ms\)/g)) {
    const route = routeOf(match[1]!);
    const entry = totals.get(route) ?? { route, files: 0, totalMs: 0 };
    entry.files += 1;
    entry.totalMs += Number(match[2]);
    totals.set(route, entry);
  }
  return [...totals.values()].sort((a, b) => b.totalMs - a.totalMs);
}
