import type { Encoding } from '../schemas/dataset';

/** The result of decoding a CSV file's bytes: the text, or why the bytes are not in the declared encoding. */
export type Decoded =
  | { ok: true; text: string }
  | { ok: false; offset: number; line: number; guess: Encoding | 'unknown' };

/**
 * Decodes strictly in the declared encoding: a byte that does not belong to it is an error rather than
 * a replacement character, since a silently mangled name in published data is a defect. A UTF-8
 * byte-order mark is dropped; the text is normalised to NFC so that "й" typed two ways compares equal.
 */
export function decodeCsv(bytes: Uint8Array, encoding: Encoding): Decoded {
  if (encoding === 'utf-8') {
    const start = hasBom(bytes) ? 3 : 0;
    try {
      const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(start));
      return { ok: true, text: text.normalize('NFC') };
    } catch {
      const offset = firstInvalidUtf8(bytes, start);
      return { ok: false, offset, line: lineAt(bytes, offset), guess: guessEncoding(bytes) };
    }
  }
  // windows-1251 maps every byte except 0x98; a UTF-8 file read as 1251 is "valid" but turns into
  // mojibake, so a file that is valid UTF-8 with non-ASCII letters is rejected as mis-declared.
  const undefinedByte = bytes.indexOf(0x98);
  if (undefinedByte >= 0 || hasBom(bytes) || looksLikeUtf8(bytes)) {
    const offset = undefinedByte >= 0 ? undefinedByte : hasBom(bytes) ? 0 : firstNonAscii(bytes);
    return { ok: false, offset, line: lineAt(bytes, offset), guess: guessEncoding(bytes) };
  }
  return { ok: true, text: new TextDecoder('windows-1251').decode(bytes).normalize('NFC') };
}

function hasBom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** True when the bytes hold non-ASCII text and all of it is well-formed UTF-8. */
function looksLikeUtf8(bytes: Uint8Array): boolean {
  if (firstNonAscii(bytes) < 0) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Which encoding the bytes seem to be in: UTF-8 if they decode as such, else windows-1251 for Cyrillic-looking bytes. */
export function guessEncoding(bytes: Uint8Array): Encoding | 'unknown' {
  if (hasBom(bytes) || looksLikeUtf8(bytes)) return 'utf-8';
  // In windows-1251 Cyrillic letters are 0xC0–0xFF; most high bytes of a Cyrillic text fall there.
  let high = 0;
  let cyrillic = 0;
  for (const byte of bytes) {
    if (byte < 0x80) continue;
    high++;
    if (byte >= 0xc0) cyrillic++;
  }
  return high > 0 && !bytes.includes(0x98) && cyrillic / high > 0.6 ? 'windows-1251' : 'unknown';
}

function firstNonAscii(bytes: Uint8Array): number {
  return bytes.findIndex((byte) => byte >= 0x80);
}

function firstInvalidUtf8(bytes: Uint8Array, start: number): number {
  let i = start;
  while (i < bytes.length) {
    const byte = bytes[i]!;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
    }
    i += length;
  }
  return Math.min(i, bytes.length - 1);
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
