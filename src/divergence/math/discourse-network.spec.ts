import { normalizationDenominator, pairMeasures } from './discourse-network';
import { DivergenceInputError } from './errors';
import { Normalization } from './types';
import { positionPoint as point } from '../../../test/support/position-point';

// a holds i1, i2, i3 (|K_a| = 3); b holds i1, i2 (|K_b| = 2); shared K(a,b) = {i1, i2}.
const a = [point('a', 'i1', 20, 1, [10, 30], true), point('a', 'i2', 50, 0.5), point('a', 'i3', 90, 0.8)];
const b = [point('b', 'i1', 70, 0.6, [60, 80]), point('b', 'i2', 50, 0.5)];
// i1: d = |20 − 70| / 100 = 0.5, w = (1 + 0.6) / 2 = 0.8
// i2: d = |50 − 50| / 100 = 0,   w = (0.5 + 0.5) / 2 = 0.5
// C = (1 − 0.5) + (1 − 0) = 1.5;  F = 0.5 + 0 = 0.5;  C − F = 1
// D = (0.8·0.5 + 0.5·0) / (0.8 + 0.5) = 0.4 / 1.3
// Red line on i1: a [10, 30] (red line) vs b [60, 80]: 30 < 60 → 1 conflict.

describe('pairMeasures', () => {
  it('NONE: raw sums', () => {
    const m = pairMeasures(a, b, 'NONE');
    expect(m.congruence).toBeCloseTo(1.5, 10);
    expect(m.conflict).toBeCloseTo(0.5, 10);
    expect(m.subtract).toBeCloseTo(1, 10);
    expect(m.divergence).toBeCloseTo(0.4 / 1.3, 10);
    expect(m.sharedIssues).toBe(2);
    expect(m.redLineConflicts).toBe(1);
  });

  it('AVERAGE: divided by (|K_a| + |K_b|) / 2 = (3 + 2) / 2 = 2.5', () => {
    // C = 1.5 / 2.5 = 0.6; F = 0.5 / 2.5 = 0.2; subtract = 0.4
    const m = pairMeasures(a, b, 'AVERAGE');
    expect(m.congruence).toBeCloseTo(0.6, 10);
    expect(m.conflict).toBeCloseTo(0.2, 10);
    expect(m.subtract).toBeCloseTo(0.4, 10);
  });

  it('JACCARD: divided by |K_a ∪ K_b| = |{i1, i2, i3}| = 3', () => {
    // C = 1.5 / 3 = 0.5; F = 0.5 / 3 = 0.1666…; subtract = 1 / 3
    const m = pairMeasures(a, b, 'JACCARD');
    expect(m.congruence).toBeCloseTo(0.5, 10);
    expect(m.conflict).toBeCloseTo(1 / 6, 10);
    expect(m.subtract).toBeCloseTo(1 / 3, 10);
  });

  it('COSINE: divided by sqrt(|K_a| · |K_b|) = sqrt(6) = 2.449489742…', () => {
    // C = 1.5 / sqrt(6) = 0.612372435…; F = 0.5 / sqrt(6) = 0.204124145…; subtract = 0.408248290…
    const m = pairMeasures(a, b, 'COSINE');
    expect(m.congruence).toBeCloseTo(0.6123724356957945, 10);
    expect(m.conflict).toBeCloseTo(0.2041241452319315, 10);
    expect(m.subtract).toBeCloseTo(0.408248290463863, 10);
  });

  it('leaves D and the counts unnormalized', () => {
    for (const normalization of ['NONE', 'AVERAGE', 'JACCARD', 'COSINE'] as const) {
      const m = pairMeasures(a, b, normalization);
      expect(m.divergence).toBeCloseTo(0.4 / 1.3, 10);
      expect(m.sharedIssues).toBe(2);
      expect(m.redLineConflicts).toBe(1);
    }
  });

  it('is symmetric', () => {
    const ab = pairMeasures(a, b, 'COSINE');
    const ba = pairMeasures(b, a, 'COSINE');
    expect(ba.congruence).toBeCloseTo(ab.congruence, 10);
    expect(ba.subtract).toBeCloseTo(ab.subtract, 10);
    expect(ba.redLineConflicts).toBe(1);
  });

  it('gives C = shared count and F = 0 for identical positions', () => {
    // d = 0 on both shared issues: C = 1 + 1 = 2, F = 0, subtract 2
    const twin = b.map((p) => ({ ...p, holderId: 'c', positionId: `c@${p.issueId}` }));
    const m = pairMeasures(b, twin, 'NONE');
    expect(m).toEqual({
      divergence: 0,
      congruence: 2,
      conflict: 0,
      subtract: 2,
      redLineConflicts: 0,
      sharedIssues: 2,
    });
  });

  it('is all zero with a null D without a shared issue', () => {
    // C = F = 0 (empty sums); AVERAGE divides 0 by (3 + 1) / 2 = 2 → 0.
    const m = pairMeasures(a, [point('c', 'i9', 0, 1)], 'AVERAGE');
    expect(m).toEqual({
      divergence: null,
      congruence: 0,
      conflict: 0,
      subtract: 0,
      redLineConflicts: 0,
      sharedIssues: 0,
    });
    // Both sides empty: every denominator is 0; the sums stay 0.
    expect(pairMeasures([], [], 'COSINE').congruence).toBe(0);
  });

  it('rejects an unknown normalization', () => {
    expect(() => pairMeasures(a, b, 'MAX' as Normalization)).toThrow(DivergenceInputError);
  });
});

describe('normalizationDenominator', () => {
  it('follows NONE 1, AVERAGE mean, JACCARD union, COSINE geometric mean', () => {
    // |K_a| = 4, |K_b| = 9, |K(a,b)| = 3
    expect(normalizationDenominator('NONE', 4, 9, 3)).toBe(1);
    expect(normalizationDenominator('AVERAGE', 4, 9, 3)).toBe(6.5); // (4 + 9) / 2
    expect(normalizationDenominator('JACCARD', 4, 9, 3)).toBe(10); // 4 + 9 − 3
    expect(normalizationDenominator('COSINE', 4, 9, 3)).toBe(6); // sqrt(36)
  });
});
