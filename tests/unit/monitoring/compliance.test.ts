import { describe, expect, it } from 'vitest';
import { aggregate, change, compliance, toleranceOf } from '../../../src/monitoring/compliance';

const waiting = { standard: 30, better: 'lower' as const, tolerance: 15 }; // minutes in the queue
const onTime = { standard: 90, better: 'higher' as const }; // % served on time; default band 9

describe('compliance', () => {
  it('is no-data when nothing was measured', () => {
    expect(compliance(null, onTime)).toBe('no-data');
    expect(compliance(undefined, waiting)).toBe('no-data');
    expect(compliance(Number.NaN, waiting)).toBe('no-data');
  });
  it('meets exactly at the standard, in both directions', () => {
    expect(compliance(90, onTime)).toBe('meets');
    expect(compliance(30, waiting)).toBe('meets');
    // A CSV decimal that is not exact in binary still counts as at the standard.
    expect(compliance(0.1 + 0.2, { standard: 0.3, better: 'higher' })).toBe('meets');
  });
  it('reads lower-is-better the other way round', () => {
    expect(compliance(10, waiting)).toBe('meets');
    expect(compliance(40, waiting)).toBe('partly');
    expect(compliance(45, waiting)).toBe('partly'); // the band's edge is included
    expect(compliance(46, waiting)).toBe('fails');
  });
  it('is partly within the tolerance band, fails beyond it', () => {
    expect(toleranceOf(onTime)).toBeCloseTo(9);
    expect(compliance(95, onTime)).toBe('meets');
    expect(compliance(85, onTime)).toBe('partly');
    expect(compliance(81, onTime)).toBe('partly');
    expect(compliance(80.9, onTime)).toBe('fails');
  });
  it('has no partly band with tolerance 0 or a zero standard', () => {
    expect(compliance(1, { standard: 0, better: 'lower' })).toBe('fails');
    expect(compliance(0, { standard: 0, better: 'lower' })).toBe('meets');
    expect(compliance(0.99, { standard: 1, better: 'higher', tolerance: 0 })).toBe('fails');
  });
});

describe('change since the previous round', () => {
  it('judges by the criterion’s direction', () => {
    expect(change(20, 35, 'lower')).toEqual({ trend: 'improved', delta: -15 });
    expect(change(20, 35, 'higher')).toEqual({ trend: 'worsened', delta: -15 });
    expect(change(35, 35, 'higher')).toEqual({ trend: 'unchanged', delta: 0 });
  });
  it('is new without an earlier value and no-data without a current one', () => {
    expect(change(20, null, 'lower')).toEqual({ trend: 'new' });
    expect(change(null, 20, 'lower')).toEqual({ trend: 'no-data' });
  });
});

describe('aggregate over criteria', () => {
  it('meets only when every measured criterion meets; no-data is counted, not guessed', () => {
    expect(aggregate(['meets', 'meets', 'no-data'])).toMatchObject({ status: 'meets', meets: 2, noData: 1, score: 1 });
    expect(aggregate(['no-data', 'no-data'])).toEqual({ status: 'no-data', meets: 0, partly: 0, fails: 0, noData: 2 });
    expect(aggregate([])).toMatchObject({ status: 'no-data' });
  });
  it('is partly at a score of one half or more, fails below', () => {
    expect(aggregate(['meets', 'fails'])).toMatchObject({ status: 'partly', score: 0.5 });
    expect(aggregate(['meets', 'partly', 'fails'])).toMatchObject({ status: 'partly', score: 0.5 });
    expect(aggregate(['partly', 'fails', 'fails'])).toMatchObject({ status: 'fails' });
    expect(aggregate(['partly', 'partly'])).toMatchObject({ status: 'partly', score: 0.5 });
  });
});
