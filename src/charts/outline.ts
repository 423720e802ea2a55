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
  const parts: string[] = [];
  for (const command of loadFont(weight).getPath(text, x, y, size).commands) {
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
