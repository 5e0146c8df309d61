import { agreementZone } from './agreement-zone';
import { DivergenceInputError } from './errors';
import { pointOf } from '../../../test/support/position-point';

/** A position at the lower end of its acceptable range (or 50 without one). */
const point = (holderId: string, acceptableMin: number | null, acceptableMax: number | null, issueId = 'k') =>
  pointOf(holderId, issueId, { value: acceptableMin ?? 50, acceptableMin, acceptableMax });

describe('agreementZone', () => {
  it('is the intersection [max lo, min hi] when the ranges overlap', () => {
    // a [10, 60], b [30, 80], c [20, 70]: max lo = 30 (b), min hi = 60 (a) → Z = [30, 60]
    const zone = agreementZone([point('a', 10, 60), point('b', 30, 80), point('c', 20, 70)]);
    expect(zone).toEqual({
      issueId: 'k',
      parties: ['a', 'b', 'c'],
      excluded: [],
      lower: 30,
      upper: 60,
      deadlock: false,
      gap: null,
      floorSetter: 'b',
      ceilingSetter: 'a',
    });
  });

  it('treats touching ranges as a one-point zone, not a deadlock', () => {
    // a [0, 40], b [40, 90]: max lo = 40 = min hi = 40 → Z = [40, 40]
    const zone = agreementZone([point('a', 0, 40), point('b', 40, 90)]);
    expect(zone).toMatchObject({ lower: 40, upper: 40, deadlock: false, gap: null });
  });

  it('reports a deadlock with its gap and binding pair', () => {
    // a [0, 30], b [50, 100], c [20, 60]
    // max lo = max(0, 50, 20) = 50 (b, the floor setter); min hi = min(30, 100, 60) = 30 (a)
    // 50 > 30 → deadlock, gap = 50 − 30 = 20
    const zone = agreementZone([point('c', 20, 60), point('b', 50, 100), point('a', 0, 30)]);
    expect(zone).toMatchObject({
      lower: 50,
      upper: 30,
      deadlock: true,
      floorSetter: 'b',
      ceilingSetter: 'a',
    });
    expect(zone.gap).toBeCloseTo(20, 10);
  });

  it('breaks ties for the binding pair by the smallest holder id', () => {
    // lo: x 70, m 70, b 10 → largest lo 70 shared by m and x → m
    // hi: x 80, m 90, b 40 → smallest hi 40 (b); gap = 70 − 40 = 30
    const zone = agreementZone([point('x', 70, 80), point('m', 70, 90), point('b', 10, 40)]);
    expect(zone).toMatchObject({ floorSetter: 'm', ceilingSetter: 'b', deadlock: true });
    expect(zone.gap).toBeCloseTo(30, 10);
    // hi: q 40, p 40 → tie at the smallest hi → p
    const tied = agreementZone([point('q', 0, 40), point('p', 10, 40)]);
    expect(tied).toMatchObject({ floorSetter: 'p', ceilingSetter: 'p', lower: 10, upper: 40 });
  });

  it('leaves out parties without a known range and lists them', () => {
    // b has no range, d only a lower bound: both excluded. a [10, 50], c [40, 90] → Z = [40, 50]
    const zone = agreementZone([
      point('a', 10, 50),
      point('b', null, null),
      point('c', 40, 90),
      point('d', 20, null),
    ]);
    expect(zone).toMatchObject({
      parties: ['a', 'c'],
      excluded: ['b', 'd'],
      lower: 40,
      upper: 50,
      deadlock: false,
    });
  });

  it('is the one range itself when a single party has a known range', () => {
    const zone = agreementZone([point('a', 10, 50), point('b', null, null)]);
    expect(zone).toMatchObject({
      parties: ['a'],
      excluded: ['b'],
      lower: 10,
      upper: 50,
      floorSetter: 'a',
      ceilingSetter: 'a',
    });
  });

  it('is null when no party has a known range', () => {
    const zone = agreementZone([point('a', null, null), point('b', null, 30)]);
    expect(zone).toEqual({
      issueId: 'k',
      parties: [],
      excluded: ['a', 'b'],
      lower: null,
      upper: null,
      deadlock: false,
      gap: null,
      floorSetter: null,
      ceilingSetter: null,
    });
  });

  it('needs at least two parties', () => {
    expect(() => agreementZone([point('a', 0, 10)])).toThrow(DivergenceInputError);
    expect(() => agreementZone([])).toThrow(/at least two parties/);
  });

  it('rejects points on several issues or a party twice', () => {
    expect(() => agreementZone([point('a', 0, 10, 'k1'), point('b', 0, 10, 'k2')])).toThrow(/one issue/);
    expect(() => agreementZone([point('a', 0, 10), { ...point('a', 5, 10), positionId: 'p2' }])).toThrow(
      /two positions/,
    );
  });
});
