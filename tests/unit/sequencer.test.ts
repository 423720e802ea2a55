import { describe, expect, it } from 'vitest';
import { twoLanes } from '../support/sequencer.ts';

describe('the order of the build and browser files (tests/support/sequencer.ts)', () => {
  it('starts the longest first and runs builds beside a long browser test rather than another browser test', () => {
    const files = [
      { item: 'short browser', kind: 'e2e', seconds: 20 },
      { item: 'long build', kind: 'build', seconds: 45 },
      { item: 'accessibility', kind: 'e2e', seconds: 100 },
      { item: 'small build', kind: 'build', seconds: 10 },
      { item: 'other build', kind: 'build', seconds: 45 },
    ];
    // Beside the 100 s browser test, the builds (45 + 45 + 10 s); the short browser test after it.
    expect(twoLanes(files)).toEqual(['accessibility', 'long build', 'other build', 'small build', 'short browser']);
  });

  it('places every file once, and puts two of a kind side by side when nothing else is left', () => {
    const files = Array.from({ length: 7 }, (_, index) => ({ item: index, kind: index < 5 ? 'e2e' : 'build', seconds: 7 - index }));
    const order = twoLanes(files);
    expect([...order].sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(order.slice(0, 2)).toEqual([0, 5]);
  });
});
