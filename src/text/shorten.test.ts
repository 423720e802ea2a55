import { describe, expect, it } from 'vitest';
import { shorten } from './shorten';

const length = (text: string) => [...text].length;

describe('shorten', () => {
  it('returns a text that fits whole, with its white space made single', () => {
    expect(shorten('Two rounds.\n\nTen services  in seven regions.', 160)).toBe('Two rounds. Ten services in seven regions.');
  });

  it('cuts at the last word boundary within the room and adds an ellipsis', () => {
    expect(shorten('one two three four', 12)).toBe('one two…');
    expect(length(shorten('one two three four', 12))).toBeLessThanOrEqual(12);
  });

  it('keeps a word that ends exactly at the cut', () => {
    expect(shorten('one two three four', 14)).toBe('one two three…');
  });

  it('drops the punctuation left at the cut', () => {
    expect(shorten('Results of two rounds, ten services – seven regions', 24)).toBe('Results of two rounds…');
    expect(shorten('Results of two rounds – ten services', 25)).toBe('Results of two rounds…');
  });

  it('counts Cyrillic letters and other code points as one character each', () => {
    const text = 'Резултати от два кръга обществен мониторинг на спазването на стандартите';
    const short = shorten(text, 40);
    expect(short).toBe('Резултати от два кръга обществен…');
    expect(length(short)).toBeLessThanOrEqual(40);
  });

  it('cuts inside a word too long to leave at a boundary', () => {
    expect(shorten('a supercalifragilisticexpialidocious word', 12)).toBe('a supercali…');
  });
});
