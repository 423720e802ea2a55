import { describe, expect, it } from 'vitest';
import { inBackground, settle } from './background';

describe('background work of integrations', () => {
  it('waits for every task, and fails with the first failure once all have ended', async () => {
    const ended: string[] = [];
    const later = (name: string, ms: number, fail = false) =>
      new Promise<void>((resolve, reject) => setTimeout(() => (ended.push(name), fail ? reject(new Error(name)) : resolve()), ms));
    inBackground(later('fails first', 5, true));
    inBackground(later('slow', 30));
    // The failure happens before anyone waits for it: it must not be an unhandled rejection.
    await new Promise((resolve) => setTimeout(resolve, 10));
    await expect(settle()).rejects.toThrow('fails first');
    expect(ended).toEqual(['fails first', 'slow']);
    // Settled tasks are forgotten.
    await expect(settle()).resolves.toBeUndefined();
  });
});
