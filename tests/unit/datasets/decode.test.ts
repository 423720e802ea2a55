import { describe, expect, it } from 'vitest';
import { decodeCsv, guessEncoding } from '../../../src/datasets/decode';

const cp1251 = (text: string) => Uint8Array.from([...text].map((char) => {
  const code = char.charCodeAt(0);
  if (code < 0x80) return code;
  if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
  throw new Error(`no test mapping for ${char}`);
}));
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeCsv', () => {
  it('reads windows-1251 when declared', () => {
    expect(decodeCsv(cp1251('име;град\nИван;Перущица\n'), 'windows-1251')).toEqual({ ok: true, text: 'име;град\nИван;Перущица\n' });
  });

  it('drops a UTF-8 byte-order mark', () => {
    const result = decodeCsv(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('a,b\n')]), 'utf-8');
    expect(result).toEqual({ ok: true, text: 'a,b\n' });
  });

  it('normalises to NFC', () => {
    const decomposed = 'и\u0306'; // и + combining breve = й
    expect(decodeCsv(utf8(decomposed), 'utf-8')).toEqual({ ok: true, text: 'й' });
  });

  it('rejects windows-1251 bytes declared as UTF-8 and names the likely encoding and line', () => {
    expect(decodeCsv(cp1251('a,b\n1,Перущица\n'), 'utf-8')).toEqual({ ok: false, offset: 6, line: 2, guess: 'windows-1251' });
  });

  it('rejects a UTF-8 file declared as windows-1251 instead of turning it into mojibake', () => {
    expect(decodeCsv(utf8('a\nПерущица\n'), 'windows-1251')).toEqual({ ok: false, offset: 2, line: 2, guess: 'utf-8' });
  });

  it('rejects the byte 0x98, which windows-1251 does not define', () => {
    expect(decodeCsv(Uint8Array.from([0x61, 0x0a, 0x98]), 'windows-1251')).toMatchObject({ ok: false, offset: 2, line: 2 });
  });

  it('guesses unknown for bytes that fit neither', () => {
    expect(guessEncoding(Uint8Array.from([0x61, 0x80, 0x81, 0x82]))).toBe('unknown');
  });
});
