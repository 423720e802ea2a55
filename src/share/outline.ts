import { loadFont, type FontWeight } from '../text/font';

const number = (value: number): string => {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
};

/**
 * SVG path data for `text` with its baseline at (x, y), written by us rather than by opentype.js's
 * `toPathData`: that one rounds through a string with an exponent and prints "NaN" for coordinates
 * whose fraction is tiny (1e-7…), which cut glyphs out of the cards. `src/text/font.ts` `textPath`
 * has the same problem (reported to the lead).
 */
export function outlinePath(text: string, x: number, y: number, size: number, weight: FontWeight = 'regular'): string {
  const parts: string[] = [];
  for (const command of loadFont(weight).getPath(text, x, y, size).commands) {
    switch (command.type) {
      case 'M':
      case 'L':
        parts.push(`${command.type}${number(command.x)} ${number(command.y)}`);
        break;
      case 'Q':
        parts.push(`Q${number(command.x1)} ${number(command.y1)} ${number(command.x)} ${number(command.y)}`);
        break;
      case 'C':
        parts.push(`C${number(command.x1)} ${number(command.y1)} ${number(command.x2)} ${number(command.y2)} ${number(command.x)} ${number(command.y)}`);
        break;
      case 'Z':
        parts.push('Z');
        break;
    }
  }
  return parts.join('');
}
