import { DivergenceInputError } from './errors';
import { accumulatePairs, PairRowScanner, PairSumsRow } from './pair-accumulator';
import { PositionPoint } from './types';
import { positionPoint as point, randomPoints } from '../../../test/support/position-point';

function collect(points: PositionPoint[], denseMaxPairs?: number) {
  const sums = accumulatePairs(points, denseMaxPairs);
  const rows: [string, string, PairSumsRow][] = [];
  sums.forEachPair((i, j, row) => rows.push([sums.holders[i], sums.holders[j], row]));
  return { holders: sums.holders, issueCounts: [...sums.issueCounts], rows };
}

describe('accumulatePairs', () => {
  const points = [
    point('c', 'i1', 100, 1, [90, 100], true),
    point('a', 'i1', 0, 1, [0, 10]),
    point('b', 'i1', 20, 0.5),
    point('a', 'i2', 40, 1),
    point('b', 'i2', 40, 1),
    point('c', 'i3', 50, 1),
    point('d', 'i4', 10, 1),
  ];

  it('sums d, w, 1 − d and red-line conflicts for each pair sharing an issue', () => {
    const { holders, issueCounts, rows } = collect(points);
    expect(holders).toEqual(['a', 'b', 'c', 'd']);
    // a: i1, i2; b: i1, i2; c: i1, i3; d: i4
    expect(issueCounts).toEqual([2, 2, 2, 1]);
    // Pairs in (i, j) order; d shares nothing, so it has no pair.
    expect(rows.map(([x, y]) => `${x}-${y}`)).toEqual(['a-b', 'a-c', 'b-c']);
    const [ab, ac, bc] = rows.map(([, , row]) => row);
    // a–b: i1 d = 0.2, w = (1 + 0.5)/2 = 0.75; i2 d = 0, w = 1
    //   Σ w d = 0.15, Σ w = 1.75, Σ (1 − d) = 0.8 + 1 = 1.8, Σ d = 0.2
    expect(ab.shared).toBe(2);
    expect(ab.weightedDistance).toBeCloseTo(0.15, 10);
    expect(ab.weight).toBeCloseTo(1.75, 10);
    expect(ab.congruence).toBeCloseTo(1.8, 10);
    expect(ab.conflict).toBeCloseTo(0.2, 10);
    expect(ab.redLines).toBe(0);
    // a–c: i1 d = 1, w = 1; ranges [0, 10] and [90, 100] (c red line) → 1 conflict
    expect(ac).toEqual({
      shared: 1,
      weightedDistance: 1,
      weight: 1,
      congruence: 0,
      conflict: 1,
      redLines: 1,
    });
    // b–c: i1 d = 0.8, w = 0.75; b has no range → no conflict
    expect(bc.weightedDistance).toBeCloseTo(0.6, 10);
    expect(bc.congruence).toBeCloseTo(0.2, 10);
    expect(bc.redLines).toBe(0);
  });

  it('gives the same sums in sparse (Map) mode as in dense mode', () => {
    const many = randomPoints(11, {
      holders: 40,
      issues: 12,
      density: 0.4,
      rangeHalfWidth: 5,
      redLines: 0.3,
    });
    expect(collect(many, 0)).toEqual(collect(many));
    expect(collect(points, 0)).toEqual(collect(points));
  });

  it('handles no point and a single holder', () => {
    expect(collect([])).toEqual({ holders: [], issueCounts: [], rows: [] });
    expect(collect([point('a', 'i1', 10, 1)]).rows).toEqual([]);
  });

  it('rejects a holder with two positions on one issue', () => {
    const twice = [point('a', 'i1', 10, 1), { ...point('a', 'i1', 20, 1), positionId: 'p2' }];
    expect(() => accumulatePairs(twice)).toThrow(DivergenceInputError);
    expect(() => accumulatePairs(twice, 0)).toThrow(/two positions on issue "i1"/);
  });
});

describe('PairRowScanner', () => {
  /** The rows of every holder, one at a time, as accumulatePairs lists its pairs. */
  function scanAll(points: PositionPoint[]) {
    const scanner = new PairRowScanner(points);
    const rows: [string, string, PairSumsRow][] = [];
    for (let i = 0; i < scanner.holders.length; i++) {
      scanner.row(i);
      const later = [...scanner.touched.subarray(0, scanner.touchedCount)].sort((x, y) => x - y);
      for (const j of later) {
        const { shared, weightedDistance, weight, congruence, conflict, redLines } = scanner.sums;
        rows.push([
          scanner.holders[i],
          scanner.holders[j],
          {
            shared: shared[j],
            weightedDistance: weightedDistance[j],
            weight: weight[j],
            congruence: congruence[j],
            conflict: conflict[j],
            redLines: redLines[j],
          },
        ]);
      }
    }
    return rows;
  }

  it('gives every pair the sums of accumulatePairs, bit for bit, one row at a time', () => {
    // Saliences of 0 make weightless issues: shared, but no divergence.
    const many = randomPoints(7, {
      holders: 30,
      issues: 10,
      density: 0.5,
      rangeHalfWidth: 5,
      redLines: 0.3,
      weightless: 0.2,
    });
    // toEqual compares numbers with Object.is: the same doubles, not close ones.
    expect(scanAll(many)).toEqual(collect(many).rows);
    expect(scanAll(many)).toEqual(collect(many, 0).rows);
  });

  it('leaves nothing of one row in the next', () => {
    const points = [point('a', 'i1', 0, 1), point('b', 'i1', 100, 1), point('c', 'i2', 10, 1)];
    const scanner = new PairRowScanner(points);
    scanner.row(0); // a: b shares i1
    expect(scanner.touchedCount).toBe(1);
    expect(scanner.sums.shared[1]).toBe(1);
    scanner.row(1); // b: no later holder shares an issue
    expect(scanner.touchedCount).toBe(0);
    expect([...scanner.sums.shared]).toEqual([0, 0, 0]);
  });

  it('rejects a holder with two positions on one issue', () => {
    const twice = [point('a', 'i1', 10, 1), { ...point('a', 'i1', 20, 1), positionId: 'p2' }];
    expect(() => new PairRowScanner(twice)).toThrow(/two positions on issue "i1"/);
  });
});
