import { describe, expect, it } from 'vitest';
import { withBase } from '../../src/site/base-path';

describe('withBase', () => {
  it('puts the sub-path in front of root-relative links only', () => {
    expect(withBase('/projects/popovo/', '/vitrina/')).toBe('/vitrina/projects/popovo/');
    expect(withBase('/en/about/#contact', '/vitrina')).toBe('/vitrina/en/about/#contact');
    expect(withBase('/vitrina/projects/', '/vitrina/')).toBe('/vitrina/projects/');
    expect(withBase('/vitrinas/', '/vitrina/')).toBe('/vitrina/vitrinas/');
    expect(withBase('//cdn.example.org/x.js', '/vitrina/')).toBe('//cdn.example.org/x.js');
    expect(withBase('https://example.org/', '/vitrina/')).toBe('https://example.org/');
    expect(withBase('../files/a.pdf', '/vitrina/')).toBe('../files/a.pdf');
    expect(withBase('#top', '/vitrina/')).toBe('#top');
    expect(withBase('/about/', '/')).toBe('/about/');
  });
});
