/**
 * Colour science for checking the chart palette: how a colour looks to people with the common
 * colour-vision deficiencies, and how far apart two colours look. Used by the palette's tests, never
 * at build time. Sources: Machado, Oliveira and Fernandes (2009), "A physiologically-based model for
 * simulation of color vision deficiency"; Sharma, Wu and Dalal (2005), "The CIEDE2000 color-difference
 * formula: implementation notes, supplementary test data and mathematical observations".
 */

/** A colour in CIELAB (D65 white). */
export interface Lab {
  l: number;
  a: number;
  b: number;
}

export type Deficiency = 'protanopia' | 'deuteranopia' | 'tritanopia';

/** Machado et al. 2009 at severity 1.0: linear-RGB matrices, rows giving R, G and B. */
const MACHADO: Record<Deficiency, readonly (readonly [number, number, number])[]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

type Rgb = [number, number, number];

/** A `#rrggbb` colour as linear RGB, each channel 0–1. */
function linearRgb(hex: string): Rgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [1, 2, 3].map((index) => {
    const value = Number.parseInt(match[index]!, 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
}

/** CIELAB of linear RGB (sRGB primaries, D65); channels outside 0–1 are clamped, as a screen would. */
function labOfLinear([r, g, b]: Rgb): Lab {
  const [cr, cg, cb] = [r, g, b].map((value) => Math.min(1, Math.max(0, value))) as Rgb;
  const x = (0.4124564 * cr + 0.3575761 * cg + 0.1804375 * cb) / 0.95047;
  const y = 0.2126729 * cr + 0.7151522 * cg + 0.072175 * cb;
  const z = (0.0193339 * cr + 0.119192 * cg + 0.9503041 * cb) / 1.08883;
  const f = (t: number) => (t > (6 / 29) ** 3 ? Math.cbrt(t) : t / (3 * (6 / 29) ** 2) + 4 / 29);
  return { l: 116 * f(y) - 16, a: 500 * (f(x) - f(y)), b: 200 * (f(y) - f(z)) };
}

/** CIELAB of a `#rrggbb` colour. */
export function toLab(hex: string): Lab {
  return labOfLinear(linearRgb(hex));
}

/** CIELAB of a `#rrggbb` colour as seen with `deficiency` (full severity), or with normal vision. */
export function seenLab(hex: string, deficiency?: Deficiency): Lab {
  const rgb = linearRgb(hex);
  if (!deficiency) return labOfLinear(rgb);
  const simulated = MACHADO[deficiency].map((row) => row[0] * rgb[0] + row[1] * rgb[1] + row[2] * rgb[2]) as Rgb;
  return labOfLinear(simulated);
}

const degrees = (radians: number) => (radians * 180) / Math.PI;
const radians = (value: number) => (value * Math.PI) / 180;

/** CIEDE2000 colour difference (kL = kC = kH = 1): about 1 is just noticeable, 10 plainly different. */
export function ciede2000(first: Lab, second: Lab): number {
  const c1 = Math.hypot(first.a, first.b);
  const c2 = Math.hypot(second.a, second.b);
  const meanC7 = ((c1 + c2) / 2) ** 7;
  const g = 0.5 * (1 - Math.sqrt(meanC7 / (meanC7 + 25 ** 7)));
  const a1 = first.a * (1 + g);
  const a2 = second.a * (1 + g);
  const cp1 = Math.hypot(a1, first.b);
  const cp2 = Math.hypot(a2, second.b);
  const hue = (a: number, b: number) => (a === 0 && b === 0 ? 0 : (degrees(Math.atan2(b, a)) + 360) % 360);
  const h1 = hue(a1, first.b);
  const h2 = hue(a2, second.b);

  const deltaL = second.l - first.l;
  const deltaC = cp2 - cp1;
  let deltaH = 0;
  if (cp1 * cp2 !== 0) {
    deltaH = h2 - h1;
    if (deltaH > 180) deltaH -= 360;
    else if (deltaH < -180) deltaH += 360;
  }
  const deltaBigH = 2 * Math.sqrt(cp1 * cp2) * Math.sin(radians(deltaH / 2));

  const meanL = (first.l + second.l) / 2;
  const meanC = (cp1 + cp2) / 2;
  let meanH = h1 + h2;
  if (cp1 * cp2 !== 0) {
    if (Math.abs(h1 - h2) <= 180) meanH = (h1 + h2) / 2;
    else meanH = h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2;
  }
  const t =
    1 -
    0.17 * Math.cos(radians(meanH - 30)) +
    0.24 * Math.cos(radians(2 * meanH)) +
    0.32 * Math.cos(radians(3 * meanH + 6)) -
    0.2 * Math.cos(radians(4 * meanH - 63));
  const deltaTheta = 30 * Math.exp(-(((meanH - 275) / 25) ** 2));
  const rc = 2 * Math.sqrt(meanC ** 7 / (meanC ** 7 + 25 ** 7));
  const sl = 1 + (0.015 * (meanL - 50) ** 2) / Math.sqrt(20 + (meanL - 50) ** 2);
  const sc = 1 + 0.045 * meanC;
  const sh = 1 + 0.015 * meanC * t;
  const rt = -Math.sin(radians(2 * deltaTheta)) * rc;
  return Math.sqrt((deltaL / sl) ** 2 + (deltaC / sc) ** 2 + (deltaBigH / sh) ** 2 + rt * (deltaC / sc) * (deltaBigH / sh));
}

/** How far apart two `#rrggbb` colours look with `deficiency` (or with normal vision), in CIEDE2000. */
export function seenDifference(first: string, second: string, deficiency?: Deficiency): number {
  return ciede2000(seenLab(first, deficiency), seenLab(second, deficiency));
}
