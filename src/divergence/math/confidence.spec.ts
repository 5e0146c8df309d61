import { evidenceConfidence, Reliability, RELIABILITY_WEIGHT } from './confidence';
import { DivergenceInputError } from './errors';

describe('evidenceConfidence', () => {
  it('maps the Admiralty grades to A 0.9, B 0.75, C 0.6, D 0.4, E 0.2, F 0.5', () => {
    expect(RELIABILITY_WEIGHT).toEqual({ A: 0.9, B: 0.75, C: 0.6, D: 0.4, E: 0.2, F: 0.5 });
    expect(Object.isFrozen(RELIABILITY_WEIGHT)).toBe(true);
  });

  it('is 0 without evidence', () => {
    expect(evidenceConfidence([])).toBe(0);
  });

  it('is the reliability itself for one source', () => {
    // 1 − (1 − 0.75) = 0.75
    expect(evidenceConfidence(['B'])).toBeCloseTo(0.75, 10);
  });

  it('combines sources as 1 − Π (1 − r)', () => {
    // A, C: 1 − (1 − 0.9)(1 − 0.6) = 1 − 0.1 · 0.4 = 1 − 0.04 = 0.96
    expect(evidenceConfidence(['A', 'C'])).toBeCloseTo(0.96, 10);
    // B, D, E, F: 1 − 0.25 · 0.6 · 0.8 · 0.5 = 1 − 0.06 = 0.94
    expect(evidenceConfidence(['B', 'D', 'E', 'F'])).toBeCloseTo(0.94, 10);
    // Two F: 1 − 0.5 · 0.5 = 0.75; order does not matter.
    expect(evidenceConfidence(['F', 'F'])).toBeCloseTo(0.75, 10);
    expect(evidenceConfidence(['C', 'A'])).toBeCloseTo(evidenceConfidence(['A', 'C']), 10);
  });

  it('rejects an unknown grade', () => {
    expect(() => evidenceConfidence(['G' as Reliability])).toThrow(DivergenceInputError);
  });
});
