import { describe, expect, it } from 'vitest';
import { shortenText } from './shorten';

describe('shortenText', () => {
  it('returns a text that fits whole, its spaces collapsed', () => {
    expect(shortenText('  Кратко   резюме.\n', 40, 'bg')).toBe('Кратко резюме.');
  });

  it('keeps the first sentence when it fits', () => {
    const text = 'Община Попово въведе 22 електронни услуги. Кодът на проекта в този сайт е условен.';
    expect(shortenText(text, 60, 'bg')).toBe('Община Попово въведе 22 електронни услуги.');
  });

  it('cuts a long sentence after the last whole word that fits, with an ellipsis and no comma before it', () => {
    const text = 'Центр общественных технологий проверяет, как соблюдаются стандарты десяти услуг в семи областях.';
    const short = shortenText(text, 50, 'ru');
    expect(short).toBe('Центр общественных технологий проверяет, как…');
    expect(short.length).toBeLessThanOrEqual(50);
  });

  it('does not stop at an abbreviation that leaves a stub of a sentence', () => {
    const text = 'Гр. Перущица и нейните жители следят услугите на общината от години насам.';
    expect(shortenText(text, 40, 'bg')).toBe('Гр. Перущица и нейните жители следят…');
  });

  it('cuts a single word longer than the limit rather than return nothing', () => {
    expect(shortenText('Donaudampfschifffahrtsgesellschaftskapitän', 10, 'en')).toBe('Donaudamp…');
  });

  it('cuts at the last word boundary within the room, keeping a word that ends exactly at the cut', () => {
    expect(shortenText('one two three four', 12, 'en')).toBe('one two…');
    expect(shortenText('one two three four', 14, 'en')).toBe('one two three…');
  });

  it('drops the punctuation left at the cut', () => {
    expect(shortenText('Results of two rounds, ten services – seven regions', 24, 'en')).toBe('Results of two rounds…');
    expect(shortenText('Results of two rounds – ten services', 25, 'en')).toBe('Results of two rounds…');
  });

  it('counts Cyrillic letters as one character each', () => {
    const short = shortenText('Резултати от два кръга обществен мониторинг на спазването на стандартите', 40, 'bg');
    expect(short).toBe('Резултати от два кръга обществен…');
    expect([...short].length).toBeLessThanOrEqual(40);
  });
});
