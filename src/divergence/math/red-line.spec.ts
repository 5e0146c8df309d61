import { DivergenceInputError } from './errors';
import { hasKnownRange, redLineConflict, redLineConflicts } from './red-line';
import { pointOf } from '../../../test/support/position-point';

/** A position at the edge of its acceptable range (or 50 without one). */
const point = (
  holderId: string,
  issueId: string,
  [acceptableMin, acceptableMax]: [number, number] | [number | null, number | null],
  redLine: boolean,
) =>
  pointOf(holderId, issueId, {
    value: acceptableMin ?? acceptableMax ?? 50,
    acceptableMin,
    acceptableMax,
    redLine,
  });

describe('redLineConflict', () => {
  it('reports disjoint ranges when one side is a red line, with the gap between them', () => {
    // a: [0, 20] red line, b: [50, 80]. 20 < 50: disjoint.
    // gap = max(0, 50) − min(20, 80) = 50 − 20 = 30
    const conflict = redLineConflict(point('a', 'k', [0, 20], true), point('b', 'k', [50, 80], false));
    expect(conflict).not.toBeNull();
    expect(conflict?.gap).toBeCloseTo(30, 10);
    expect(conflict).toMatchObject({
      issueId: 'k',
      holderA: 'a',
      holderB: 'b',
      positionA: 'a@k',
      positionB: 'b@k',
      redLineHolders: ['a'],
    });
  });

  it('finds the same gap whichever side comes first, the pair in id order', () => {
    // hi_b = 45 < lo_a = 60: gap = max(60, 10) − min(90, 45) = 60 − 45 = 15
    const conflict = redLineConflict(point('z', 'k', [60, 90], true), point('b', 'k', [10, 45], true));
    expect(conflict?.gap).toBeCloseTo(15, 10);
    expect(conflict).toMatchObject({ holderA: 'b', holderB: 'z', redLineHolders: ['b', 'z'] });
  });

  it('sees no conflict when the ranges only touch (hi_a = lo_b is an overlap)', () => {
    // a: [0, 40], b: [40, 70]: 40 < 40 is false and 70 < 0 is false → overlap at 40.
    expect(redLineConflict(point('a', 'k', [0, 40], true), point('b', 'k', [40, 70], true))).toBeNull();
  });

  it('sees no conflict for overlapping ranges', () => {
    expect(redLineConflict(point('a', 'k', [0, 50], true), point('b', 'k', [30, 70], true))).toBeNull();
  });

  it('sees no conflict without any red line, however far apart', () => {
    expect(redLineConflict(point('a', 'k', [0, 10], false), point('b', 'k', [90, 100], false))).toBeNull();
  });

  it('sees no conflict when a range is unknown (a party without an acceptable range)', () => {
    const known = point('a', 'k', [0, 10], true);
    expect(redLineConflict(known, point('b', 'k', [null, null], true))).toBeNull();
    expect(redLineConflict(known, point('b', 'k', [90, null], true))).toBeNull();
    expect(redLineConflict(point('b', 'k', [null, 95], true), known)).toBeNull();
  });

  it('rejects positions on different issues', () => {
    expect(() => redLineConflict(point('a', 'k1', [0, 10], true), point('b', 'k2', [90, 100], true))).toThrow(
      DivergenceInputError,
    );
  });

  it('knows when a range is known', () => {
    expect(hasKnownRange(point('a', 'k', [0, 10], true))).toBe(true);
    expect(hasKnownRange(point('a', 'k', [0, null], true))).toBe(false);
  });
});

describe('redLineConflicts', () => {
  it('lists every conflicting pair on every issue, largest gap first', () => {
    const points = [
      // Issue t: a [0, 20] red line, b [30, 60], c [70, 100], d unknown range.
      point('a', 't', [0, 20], true),
      point('b', 't', [30, 60], false),
      point('c', 't', [70, 100], false),
      point('d', 't', [null, null], true),
      // Issue s: b [0, 10] red line, c [40, 50].
      point('b', 's', [0, 10], true),
      point('c', 's', [40, 50], false),
    ];
    // t, a–b: 20 < 30, a red line: gap = 30 − 20 = 10
    // t, a–c: 20 < 70, a red line: gap = 70 − 20 = 50
    // t, b–c: 60 < 70 but neither is a red line → none; d has no range → none
    // s, b–c: 10 < 40, b red line: gap = 40 − 10 = 30
    const conflicts = redLineConflicts(points);
    expect(conflicts.map((c) => [c.issueId, c.holderA, c.holderB])).toEqual([
      ['t', 'a', 'c'],
      ['s', 'b', 'c'],
      ['t', 'a', 'b'],
    ]);
    expect(conflicts.map((c) => c.gap)).toEqual([50, 30, 10]);
  });

  it('breaks gap ties by issue id, then holder ids', () => {
    // On both issues a [0, 10] is a red line, b is [20, 30]; c [40, 50] (red line) only on x.
    const points = [
      point('b', 'y', [20, 30], false),
      point('a', 'y', [0, 10], true),
      point('c', 'x', [40, 50], true),
      point('b', 'x', [20, 30], false),
      point('a', 'x', [0, 10], true),
    ];
    // x: a–b gap 20 − 10 = 10; a–c gap 40 − 10 = 30; b–c gap 40 − 30 = 10. y: a–b gap 10.
    const conflicts = redLineConflicts(points);
    expect(conflicts.map((c) => `${c.issueId}:${c.holderA}-${c.holderB}:${c.gap}`)).toEqual([
      'x:a-c:30',
      'x:a-b:10',
      'x:b-c:10',
      'y:a-b:10',
    ]);
  });

  it('is empty without points and rejects a holder twice on one issue', () => {
    expect(redLineConflicts([])).toEqual([]);
    const twice = [point('a', 'k', [0, 10], true), { ...point('a', 'k', [50, 60], true), positionId: 'p2' }];
    expect(() => redLineConflicts(twice)).toThrow(DivergenceInputError);
  });
});
