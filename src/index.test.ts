import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import vitrina, { engineRoutes } from './index';

const SRC = import.meta.dirname;

describe('the vitrina() integration', () => {
  it('injects every file under src/routes as Astro would route it, and nothing is file-routed', () => {
    const routes = engineRoutes();
    const patterns = routes.map((route) => route.pattern);
    expect(fs.existsSync(path.join(SRC, 'pages'))).toBe(false);
    expect(patterns).toContain('/404');
    expect(patterns).toContain('/[...lang]');
    expect(patterns).toContain('/[...lang]/data/[id]');
    expect(patterns).toContain('/[...lang]/recommendations/recommendations.csv');
    expect(patterns).toContain('/charts/[name].svg');
    expect(patterns).toContain('/favicon.svg');
    // Helpers beside the routes (names starting with _) are not routes.
    expect(patterns.some((pattern) => pattern.includes('_downloads'))).toBe(false);
    expect(new Set(patterns).size).toBe(patterns.length);
    for (const route of routes) expect(fs.existsSync(route.entrypoint), route.entrypoint).toBe(true);
    const files = (fs.readdirSync(path.join(SRC, 'routes'), { recursive: true }) as string[]).filter((file) => /\.(astro|ts)$/.test(file) && !/(^|\/)_/.test(file));
    expect(routes).toHaveLength(files.length);
  });

  it('validates its options when astro.config.mjs calls it', () => {
    expect(vitrina().name).toBe('vitrina');
    expect(() => vitrina({ data: 42 } as never)).toThrow(/Invalid options passed to vitrina\(\) in astro\.config\.mjs:\n {2}data: must be a folder name/);
  });
});
