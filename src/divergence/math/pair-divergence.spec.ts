import { DivergenceInputError } from './errors';
import { issueDistance, issueWeight, pairDivergence } from './pair-divergence';
import { positionPoint as point } from '../../../test/support/position-point';

function errorOf(run: () => unknown): DivergenceInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof DivergenceInputError) return error;
    throw error;
  }
  throw new Error('expected a DivergenceInputError');
}

describe('issueDistance / issueWeight', () => {
  it('divides the value gap by R = 100 and averages the saliences', () => {
    // d = |20 − 70| / 100 = 0.5; w = (1 + 0.6) / 2 = 0.8
    expect(issueDistance(point('a', 'k', 20, 1), point('b', 'k', 70, 0.6))).toBeCloseTo(0.5, 10);
    expect(issueWeight(point('a', 'k', 20, 1), point('b', 'k', 70, 0.6))).toBeCloseTo(0.8, 10);
    // The extremes: |0 − 100| / 100 = 1, and identical values give 0.
    expect(issueDistance(point('a', 'k', 0, 1), point('b', 'k', 100, 1))).toBe(1);
    expect(issueDistance(point('a', 'k', 35, 1), point('b', 'k', 35, 1))).toBe(0);
  });
});

describe('pairDivergence', () => {
  const a = [point('a', 'i1', 20, 1), point('a', 'i2', 50, 0.5), point('a', 'i3', 90, 0.8)];
  const b = [point('b', 'i4', 10, 1), point('b', 'i2', 50, 0.5), point('b', 'i1', 70, 0.6)];

  it('weights each shared issue by the mean salience', () => {
    // Shared K(a,b) = {i1, i2}; i3 (only a) and i4 (only b) do not count.
    // i1: d = |20 − 70| / 100 = 0.5, w = (1 + 0.6) / 2 = 0.8
    // i2: d = |50 − 50| / 100 = 0,   w = (0.5 + 0.5) / 2 = 0.5
    // D = (0.8·0.5 + 0.5·0) / (0.8 + 0.5) = 0.4 / 1.3 = 0.307692307692…
    const result = pairDivergence(a, b);
    expect(result.divergence).toBeCloseTo(0.4 / 1.3, 10);
    expect(result.divergence).toBeCloseTo(0.3076923076923, 10);
    expect(result.sharedIssues).toBe(2);
    const [first, second] = result.perIssue;
    expect(result.perIssue).toHaveLength(2);
    expect(first).toMatchObject({ issueId: 'i1', positionA: 'a@i1', positionB: 'b@i1' });
    expect(first.distance).toBeCloseTo(0.5, 10);
    expect(first.weight).toBeCloseTo(0.8, 10);
    expect(second).toMatchObject({ issueId: 'i2', positionA: 'a@i2', positionB: 'b@i2' });
    expect(second.distance).toBeCloseTo(0, 10);
    expect(second.weight).toBeCloseTo(0.5, 10);
  });

  it('is symmetric', () => {
    // Same sums with a and b swapped: 0.4 / 1.3.
    expect(pairDivergence(b, a).divergence).toBeCloseTo(0.4 / 1.3, 10);
    expect(pairDivergence(b, a).perIssue[0]).toMatchObject({ positionA: 'b@i1', positionB: 'a@i1' });
  });

  it('sorts perIssue by distance (largest first), then by issue id', () => {
    // x: d = |0 − 30| / 100 = 0.3; y: d = |60 − 30| / 100 = 0.3; z: d = |10 − 90| / 100 = 0.8
    const p = [point('p', 'y', 60, 1), point('p', 'x', 0, 1), point('p', 'z', 10, 1)];
    const q = [point('q', 'x', 30, 1), point('q', 'y', 30, 1), point('q', 'z', 90, 1)];
    expect(pairDivergence(p, q).perIssue.map((row) => row.issueId)).toEqual(['z', 'x', 'y']);
    // Equal weights 1: D = (0.3 + 0.3 + 0.8) / 3 = 1.4 / 3 = 0.466666…
    expect(pairDivergence(p, q).divergence).toBeCloseTo(1.4 / 3, 10);
  });

  it('is null without a shared issue', () => {
    const result = pairDivergence([point('a', 'i1', 10, 1)], [point('b', 'i2', 10, 1)]);
    expect(result).toEqual({ divergence: null, sharedIssues: 0, perIssue: [] });
  });

  it('is null when one side has no position at all', () => {
    expect(pairDivergence([], [point('b', 'i2', 10, 1)]).divergence).toBeNull();
  });

  it('is null when every shared weight is 0, but still lists the shared issues', () => {
    // w = (0 + 0) / 2 = 0 on the only shared issue: Σ w = 0 → null.
    const result = pairDivergence([point('a', 'i1', 0, 0)], [point('b', 'i1', 100, 0)]);
    expect(result.divergence).toBeNull();
    expect(result.sharedIssues).toBe(1);
    expect(result.perIssue[0]).toMatchObject({ distance: 1, weight: 0 });
  });

  it('lets a zero-weight issue drop out of the average', () => {
    // i1: d = 1, w = (0 + 0) / 2 = 0; i2: d = |40 − 10| / 100 = 0.3, w = (0 + 0.6) / 2 = 0.3
    // D = (0·1 + 0.3·0.3) / (0 + 0.3) = 0.09 / 0.3 = 0.3
    const result = pairDivergence(
      [point('a', 'i1', 0, 0), point('a', 'i2', 40, 0)],
      [point('b', 'i1', 100, 0), point('b', 'i2', 10, 0.6)],
    );
    expect(result.divergence).toBeCloseTo(0.3, 10);
  });

  it('is 0 for identical positions', () => {
    const same = [point('a', 'i1', 35, 0.7), point('a', 'i2', 80, 0.2)];
    const copy = same.map((p) => ({ ...p, holderId: 'b', positionId: `b@${p.issueId}` }));
    expect(pairDivergence(same, copy).divergence).toBe(0);
  });

  it('rejects two positions of one holder on the same issue', () => {
    const twice = [point('a', 'i1', 10, 1), { ...point('a', 'i1', 20, 1), positionId: 'other' }];
    expect(() => pairDivergence(twice, [point('b', 'i1', 0, 1)])).toThrow(DivergenceInputError);
    expect(errorOf(() => pairDivergence([point('b', 'i1', 0, 1)], twice)).field).toBe('positionsB');
  });

  it('rejects positions of several holders on one side', () => {
    expect(() =>
      pairDivergence([point('a', 'i1', 10, 1), point('c', 'i2', 10, 1)], [point('b', 'i1', 0, 1)]),
    ).toThrow(/several holders/);
  });
});
