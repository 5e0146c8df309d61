import { DivergenceInputError } from './errors';
import { OutcomeRule, predictedOutcome } from './outcome';
import { pointOf } from '../../../test/support/position-point';

/** A position on issue k. */
const point = (holderId: string, value: number, salience: number, capability: number) =>
  pointOf(holderId, 'k', { value, salience, capability });

describe('predictedOutcome MEAN', () => {
  it('weights each value by capability × salience', () => {
    // a: v 10, c·s = 1·0.5 = 0.5; b: v 60, c·s = 0.5·0.8 = 0.4; c: v 90, c·s = 0.2·1 = 0.2
    // μ = (0.5·10 + 0.4·60 + 0.2·90) / (0.5 + 0.4 + 0.2) = (5 + 24 + 18) / 1.1 = 47 / 1.1
    //   = 42.727272…
    const points = [point('a', 10, 0.5, 1), point('b', 60, 0.8, 0.5), point('c', 90, 1, 0.2)];
    expect(predictedOutcome(points, 'MEAN')).toBeCloseTo(47 / 1.1, 10);
    expect(predictedOutcome(points, 'MEAN')).toBeCloseTo(42.7272727272727, 10);
  });

  it('ignores a zero-salience party', () => {
    // z: c·s = 1·0 = 0 → μ = (1·20 + 1·40 + 0·100) / (1 + 1 + 0) = 60 / 2 = 30
    const points = [point('a', 20, 1, 1), point('b', 40, 1, 1), point('z', 100, 0, 1)];
    expect(predictedOutcome(points, 'MEAN')).toBeCloseTo(30, 10);
  });

  it('is the value itself for one party', () => {
    expect(predictedOutcome([point('a', 37, 0.3, 0.9)], 'MEAN')).toBeCloseTo(37, 10);
    expect(predictedOutcome([point('a', 37, 0.3, 0.9)], 'MEDIAN')).toBe(37);
  });
});

describe('predictedOutcome MEDIAN', () => {
  it('is the smallest value at which the cumulative weight reaches half of the total', () => {
    // Sorted: 10 (0.5), 60 (0.4), 90 (0.2); total 1.1, half 0.55
    // cumulative: 0.5 at 10 (< 0.55), 0.9 at 60 (≥ 0.55) → 60
    const points = [point('c', 90, 1, 0.2), point('a', 10, 0.5, 1), point('b', 60, 0.8, 0.5)];
    expect(predictedOutcome(points, 'MEDIAN')).toBe(60);
  });

  it('takes the lower value when the cumulative weight hits exactly half (tie)', () => {
    // 20 (1), 80 (1): total 2, half 1; cumulative 1 at 20 ≥ 1 → 20 (not the midpoint 50)
    expect(predictedOutcome([point('b', 80, 1, 1), point('a', 20, 1, 1)], 'MEDIAN')).toBe(20);
    // 0.3, 0.1, 0.2 on 10, 20, 30: total 0.6, half 0.3; cumulative 0.3 at 10 → 10.
    // In floating point the total is 0.6000000000000001 and half 0.30000000000000004 > 0.3, so
    // "reaches half" allows a relative 1e-12 of rounding to keep the exact-arithmetic answer.
    const rounded = [point('a', 10, 0.3, 1), point('b', 20, 0.1, 1), point('c', 30, 0.2, 1)];
    expect(predictedOutcome(rounded, 'MEDIAN')).toBe(10);
  });

  it('adds up the weight of equal values', () => {
    // 30 (0.3), 30 (0.3), 70 (0.5): total 1.1, half 0.55; cumulative 0.3, 0.6 at 30 → 30
    const points = [point('a', 30, 0.3, 1), point('b', 30, 0.3, 1), point('c', 70, 0.5, 1)];
    expect(predictedOutcome(points, 'MEDIAN')).toBe(30);
  });

  it('skips a zero-salience party', () => {
    // z at 0 weighs 1·0 = 0: sorted 0 (0), 40 (1), 100 (1); total 2, half 1
    // cumulative 0 at 0, 1 at 40 → 40 (z's value 0 is never reached first)
    const points = [point('z', 0, 0, 1), point('a', 40, 1, 1), point('b', 100, 1, 1)];
    expect(predictedOutcome(points, 'MEDIAN')).toBe(40);
  });
});

describe('predictedOutcome edge cases', () => {
  it.each<OutcomeRule>(['MEAN', 'MEDIAN'])('%s is null without points or weight', (rule) => {
    expect(predictedOutcome([], rule)).toBeNull();
    // Every c·s is 0: salience 0, or capability 0.
    expect(predictedOutcome([point('a', 10, 0, 1), point('b', 90, 1, 0)], rule)).toBeNull();
  });

  it('rejects an unknown rule, several issues or a holder twice', () => {
    expect(() => predictedOutcome([], 'MODE' as OutcomeRule)).toThrow(DivergenceInputError);
    const other = { ...point('b', 10, 1, 1), issueId: 'k2' };
    expect(() => predictedOutcome([point('a', 10, 1, 1), other], 'MEAN')).toThrow(/one issue/);
    const again = { ...point('a', 10, 1, 1), positionId: 'p2' };
    expect(() => predictedOutcome([point('a', 10, 1, 1), again], 'MEAN')).toThrow(/two positions/);
  });
});
