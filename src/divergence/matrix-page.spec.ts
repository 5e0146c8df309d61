import fc from 'fast-check';
import { positionPoint as point } from '../../test/support/position-point';
import { divergenceFromSums } from './math';
import { accumulatePairs, PairRowScanner } from './math/pair-accumulator';
import { PositionPoint } from './math/types';
import { comparePairs, MatrixEntry, matrixPage } from './matrix-page';

/** Every pair of `actorIds`, sorted: the whole matrix held at once, as a reference. */
function everyPair(points: PositionPoint[], actorIds: string[]): MatrixEntry[] {
  const sums = accumulatePairs(points);
  const found = new Map<string, MatrixEntry>();
  sums.forEachPair((i, j, row) => {
    const [aId, bId] = [sums.holders[i], sums.holders[j]];
    const divergence = divergenceFromSums(row.weightedDistance, row.weight);
    found.set(`${aId}|${bId}`, { divergence, aId, bId, shared: row.shared, redLines: row.redLines });
  });
  const pairs: MatrixEntry[] = [];
  for (let x = 0; x < actorIds.length; x++) {
    for (let y = x + 1; y < actorIds.length; y++) {
      const [aId, bId] = [actorIds[x], actorIds[y]];
      pairs.push(found.get(`${aId}|${bId}`) ?? { divergence: null, aId, bId, shared: 0, redLines: 0 });
    }
  }
  return pairs.sort(comparePairs);
}

const holderIds = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
const issueIds = ['i1', 'i2', 'i3', 'i4'];

/** Random positions (at most one per holder and issue; some weightless) and actors to pair. */
const scenario = fc
  .record({
    cells: fc.array(
      fc.record({
        holder: fc.constantFrom(...holderIds),
        issue: fc.constantFrom(...issueIds),
        value: fc.integer({ min: 0, max: 100 }),
        salience: fc.constantFrom(0, 0.25, 0.5, 1),
        redLine: fc.boolean(),
      }),
      { maxLength: 20 },
    ),
    // Extra actors without a position, listed as a query's `actors` would list them.
    extra: fc.subarray(['h', 'i']),
    listed: fc.boolean(),
    count: fc.integer({ min: 1, max: 8 }),
    afterAt: fc.option(fc.nat(), { nil: null }),
  })
  .map(({ cells, extra, listed, count, afterAt }) => {
    const seen = new Set<string>();
    const points = cells
      .filter(({ holder, issue }) => !seen.has(`${holder}@${issue}`) && seen.add(`${holder}@${issue}`))
      .map(({ holder, issue, value, salience, redLine }) =>
        point(holder, issue, value, salience, [Math.max(0, value - 10), Math.min(100, value + 10)], redLine),
      );
    const holders = [...new Set(points.map((p) => p.holderId))];
    const actorIds = (listed ? [...holders, ...extra] : holders).sort();
    return { points, actorIds, count, afterAt };
  });

describe('matrixPage', () => {
  it('gives the page of the whole sorted matrix, after any cursor, without holding it', () => {
    fc.assert(
      fc.property(scenario, ({ points, actorIds, count, afterAt }) => {
        const all = everyPair(points, actorIds);
        const after = afterAt === null || all.length === 0 ? null : all[afterAt % all.length];
        const start = after === null ? 0 : all.indexOf(after) + 1;
        const page = matrixPage(new PairRowScanner(points), actorIds, count, after);
        expect(page).toEqual(all.slice(start, start + count));
      }),
      { numRuns: 500 },
    );
  });

  it('orders the largest divergence first, then pairs without one by ids', () => {
    // a–b: d = 1 (0 vs 100); a–c: d = 0.5; b–c: d = 0.5 (ties by ids); d shares nothing.
    const points = [
      point('a', 'i1', 0, 1),
      point('b', 'i1', 100, 1),
      point('c', 'i1', 50, 1),
      point('d', 'i2', 0, 1),
    ];
    const page = matrixPage(new PairRowScanner(points), ['a', 'b', 'c', 'd'], 10, null);
    expect(page.map((e) => [e.aId, e.bId, e.divergence])).toEqual([
      ['a', 'b', 1],
      ['a', 'c', 0.5],
      ['b', 'c', 0.5],
      ['a', 'd', null],
      ['b', 'd', null],
      ['c', 'd', null],
    ]);
  });
});
