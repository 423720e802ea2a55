import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastRatio as contrast } from '../../src/charts/palette';

/**
 * The colour tokens of src/styles/global.css keep the contrast docs/design.md promises: every text
 * colour on every surface it is used on at least 4.5:1 (WCAG 1.4.3), focus and form edges at least
 * 3:1 (WCAG 1.4.11). The tokens are read from the stylesheet itself, so a changed colour is checked.
 */
const css = fs.readFileSync(path.join(import.meta.dirname, '../../src/styles/global.css'), 'utf8');
const root = /:root\s*\{([\s\S]*?)\n\}/.exec(css)?.[1] ?? '';
const tokens = new Map([...root.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((match) => [match[1]!, match[2]!]));
const token = (name: string): string => {
  const value = tokens.get(name);
  if (!value) throw new Error(`no colour token --${name} in global.css`);
  return value;
};

const TEXT_PAIRS: [text: string, surface: string][] = [
  ['ink', 'paper'],
  ['ink', 'paper-alt'],
  ['ink', 'paper-accent'],
  ['ink-muted', 'paper'],
  ['ink-muted', 'paper-alt'],
  ['accent', 'paper'],
  ['accent', 'paper-alt'],
  ['accent', 'paper-accent'],
  ['accent-strong', 'paper'],
  ['accent-ink', 'accent'],
  ['accent-ink', 'accent-strong'],
  ['ok', 'ok-tint'],
  ['warn', 'warn-tint'],
  ['bad', 'bad-tint'],
  ['info', 'info-tint'],
  ['ink', 'warn-tint'],
  ['ink', 'info-tint'],
  ['ok', 'paper'],
  ['warn', 'paper'],
  ['bad', 'paper'],
];
const EDGE_PAIRS: [edge: string, surface: string][] = [
  ['focus', 'paper'],
  ['focus', 'paper-alt'],
  ['line-strong', 'paper'],
  ['ink-muted', 'paper'],
];

describe('the colour tokens', () => {
  it('are read from the stylesheet', () => {
    expect(tokens.size).toBeGreaterThan(15);
  });

  it.each(TEXT_PAIRS)('--%s text on --%s reaches 4.5:1', (text, surface) => {
    expect(contrast(token(text), token(surface))).toBeGreaterThanOrEqual(4.5);
  });

  it.each(EDGE_PAIRS)('--%s as an edge on --%s reaches 3:1', (edge, surface) => {
    expect(contrast(token(edge), token(surface))).toBeGreaterThanOrEqual(3);
  });
});
