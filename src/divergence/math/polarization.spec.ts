import { DivergenceInputError } from './errors';
import { estebanRayConstant, polarization } from './polarization';
import { pointOf } from '../../../test/support/position-point';

/** A position on issue k. */
const point = (holderId: string, value: number, salience = 1, capability = 1) =>
  pointOf(holderId, 'k', { value, salience, capability });

describe('estebanRayConstant', () => {
  it('is K = 1 / (2 · 0.5^{2+α})', () => {
    // α = 1: 1 / (2 · 0.125) = 4; α = 2: 1 / (2 · 0.0625) = 8; α = 1.6: 2^{2.6} = 6.0628662660…
    expect(estebanRayConstant(1)).toBeCloseTo(4, 10);
    expect(estebanRayConstant(2)).toBeCloseTo(8, 10);
    expect(estebanRayConstant(1.6)).toBeCloseTo(6.062866266041593, 10);
  });
});

describe('polarization', () => {
  it.each([1.6, 1, 2])('gives P = 1 for two equal groups at 0 and 100 (α = %s)', (alpha) => {
    // π = 1/2 each. Σ_i Σ_j = 2 · (1/2)^{1+α} · (1/2) · 100 / 100 = 2 · 0.5^{2+α}
    // P = K · 2 · 0.5^{2+α} = 2 · 0.5^{2+α} / (2 · 0.5^{2+α}) = 1
    const result = polarization([point('a', 0), point('b', 100)], alpha);
    expect(result.estebanRay).toBeCloseTo(1, 10);
    expect(result.alpha).toBe(alpha);
    // m = (0 + 100) / 2 = 50; sd = sqrt((50² + 50²) / 2) = 50; range = 100
    expect(result.weightedMean).toBeCloseTo(50, 10);
    expect(result.weightedStdDev).toBeCloseTo(50, 10);
    expect(result.range).toBe(100);
  });

  it('takes shares from capability, not head count', () => {
    // a (c = 2) at 0; b, c (c = 1 each) at 100: π = 1/2, 1/4, 1/4, α = 1, K = 4
    // i = a: (1/2)² · (1/4 + 1/4) · 1 = 1/8;  i = b: (1/4)² · (1/2) · 1 = 1/32;  i = c: 1/32
    // P = 4 · (1/8 + 1/32 + 1/32) = 4 · 6/32 = 0.75 (b and c are separate groups, so P < 1)
    const result = polarization([point('a', 0, 1, 2), point('b', 100), point('c', 100)], 1);
    expect(result.estebanRay).toBeCloseTo(0.75, 10);
  });

  it('treats every position as its own group, even at equal values', () => {
    // Two at 0 and two at 100, π = 1/4 each, α = 1.6. Each of the 4 positions faces 2 at
    // distance 1: Σ = 4 · 2 · (1/4)^{2.6} · (1/4) = 8 · 0.25^{3.6}
    // P = 8 · 0.25^{3.6} / (2 · 0.5^{3.6}) = 4 · 0.5^{3.6} = 0.5^{1.6} = 0.329876977693…
    const result = polarization([point('a', 0), point('b', 0), point('c', 100), point('d', 100)]);
    expect(result.estebanRay).toBeCloseTo(0.32987697769322355, 10);
  });

  it('is 0 for identical positions', () => {
    const result = polarization([point('a', 40, 0.3), point('b', 40, 0.9), point('c', 40, 1, 0.2)]);
    expect(result).toEqual({
      n: 3,
      alpha: 1.6,
      range: 0,
      weightedMean: 40,
      weightedStdDev: 0,
      estebanRay: 0,
    });
  });

  it('weights the deviation by salience and the groups by capability (zero-salience party)', () => {
    // a v 0 (s 1, c 1), b v 50 (s 0.5, c 2), z v 100 (s 0, c 1)
    // range = 100 − 0 = 100 (z counts)
    // m = (1·0 + 0.5·50 + 0·100) / (1 + 0.5 + 0) = 25 / 1.5 = 50/3 = 16.666…
    // Σ s (v − m)² = 1·(50/3)² + 0.5·(100/3)² + 0 = 2500/9 + 5000/9 = 7500/9
    // sd = sqrt((7500/9) / 1.5) = sqrt(5000/9) = sqrt(5000)/3 = 23.570226039…
    const points = [point('a', 0, 1, 1), point('b', 50, 0.5, 2), point('z', 100, 0, 1)];
    const one = polarization(points, 1);
    expect(one.range).toBe(100);
    expect(one.weightedMean).toBeCloseTo(50 / 3, 10);
    expect(one.weightedStdDev).toBeCloseTo(Math.sqrt(5000) / 3, 10);
    expect(one.weightedStdDev).toBeCloseTo(23.570226039551585, 10);
    // Esteban–Ray, α = 1, K = 4, π = c / Σc = 1/4, 2/4, 1/4 (z has salience 0 but counts):
    // i = a: (1/4)² · (2/4·50 + 1/4·100) / 100 = 1/16 · 50 / 100 = 0.03125
    // i = b: (2/4)² · (1/4·50 + 1/4·50) / 100 = 1/4 · 25 / 100 = 0.0625
    // i = z: (1/4)² · (1/4·100 + 2/4·50) / 100 = 1/16 · 50 / 100 = 0.03125
    // P = 4 · (0.03125 + 0.0625 + 0.03125) = 4 · 0.125 = 0.5
    expect(one.estebanRay).toBeCloseTo(0.5, 10);
    // α = 1.6: i = a and z: 0.25^{2.6} · 50/100 each, i = b: 0.5^{2.6} · 25/100
    // Σ = 0.5^{5.2} + 0.25 · 0.5^{2.6}; P = Σ / (2 · 0.5^{3.6}) = 0.5^{2.6} + 0.25 = 0.41493848…
    expect(polarization(points).estebanRay).toBeCloseTo(0.4149384888466118, 10);
  });

  it('leaves mean and deviation null when every salience is 0', () => {
    const result = polarization([point('a', 0, 0), point('b', 100, 0)]);
    expect(result.weightedMean).toBeNull();
    expect(result.weightedStdDev).toBeNull();
    expect(result.range).toBe(100);
    expect(result.estebanRay).toBeCloseTo(1, 10);
  });

  it('leaves P null when every capability is 0', () => {
    expect(polarization([point('a', 0, 1, 0), point('b', 100, 1, 0)]).estebanRay).toBeNull();
  });

  it('has one party: range 0, deviation 0, P 0', () => {
    // π = 1: the only term is |v − v| = 0.
    expect(polarization([point('a', 70, 0.4, 0.5)])).toMatchObject({
      n: 1,
      range: 0,
      weightedStdDev: 0,
      estebanRay: 0,
    });
  });

  it('has only nulls without points', () => {
    expect(polarization([])).toEqual({
      n: 0,
      alpha: 1.6,
      range: null,
      weightedMean: null,
      weightedStdDev: null,
      estebanRay: null,
    });
  });

  it.each([0, -1, 2.0001, Number.NaN, Number.POSITIVE_INFINITY])('rejects α = %s', (alpha) => {
    expect.assertions(2);
    expect(() => polarization([point('a', 0)], alpha)).toThrow(DivergenceInputError);
    try {
      polarization([], alpha);
    } catch (error) {
      expect((error as DivergenceInputError).field).toBe('alpha');
    }
  });
});
