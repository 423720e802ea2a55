import type { PathCommand } from 'opentype.js';
import { loadFont, type FontWeight } from '../text/font';

function n(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/**
 * The outline of `text` as SVG path data with its baseline starting at (x, y). Written from the glyph
 * commands here because opentype.js 2's `toPathData(decimals)` emits `NaN` for some coordinates (e.g.
 * "Нито" at x = 197.33), which makes renderers drop the rest of the path.
 */
export function outlinePath(text: string, x: number, y: number, size: number, weight: FontWeight = 'regular'): string {
  return commandsToPath(loadFont(weight).getPath(text, x, y, size).commands);
}

function commandsToPath(commands: readonly PathCommand[]): string {
  const parts: string[] = [];
  for (const command of commands) {
    switch (command.type) {
      case 'M':
      case 'L':
        parts.push(`${command.type}${n(command.x)} ${n(command.y)}`);
        break;
      case 'Q':
        parts.push(`Q${n(command.x1)} ${n(command.y1)} ${n(command.x)} ${n(command.y)}`);
        break;
      case 'C':
        parts.push(`C${n(command.x1)} ${n(command.y1)} ${n(command.x2)} ${n(command.y2)} ${n(command.x)} ${n(command.y)}`);
        break;
      case 'Z':
        parts.push('Z');
        break;
    }
  }
  return parts.join('');
}

/**
 * Glyph outlines shared within one SVG file: each glyph of each size and weight is drawn once in
 * `<defs>` and placed with `<use>`, which makes an outlined export several times smaller.
 */
export class GlyphSet {
  /** Path data by id, in the order glyphs were first used (deterministic). */
  readonly paths = new Map<string, string>();

  /** The glyphs of `text` with their ids and positions, its baseline starting at (x, y). */
  place(text: string, x: number, y: number, size: number, weight: FontWeight = 'regular'): { id: string; x: number; y: number }[] {
    const font = loadFont(weight);
    const placed: { id: string; x: number; y: number }[] = [];
    font.forEachGlyph(text, x, y, size, undefined, (glyph, gx, gy) => {
      if (!glyph.path || glyph.index === 0 && !glyph.unicode) return;
      const id = `g${weight === 'bold' ? 'b' : 'r'}${size}-${glyph.index}`;
      if (!this.paths.has(id)) {
        const d = commandsToPath(glyph.getPath(0, 0, size).commands);
        if (!d) return;
        this.paths.set(id, d);
      }
      placed.push({ id, x: Math.round(gx * 100) / 100, y: Math.round(gy * 100) / 100 });
    });
    return placed;
  }
}
