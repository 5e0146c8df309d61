import { DivergenceInputError } from './errors';
import { assertOneIssueOneEach } from './input-checks';
import { compareIds, PositionPoint } from './types';

export interface AgreementZone {
  issueId: string;
  /** Holders whose acceptable range is known (both bounds), in id order: the zone's parties. */
  parties: string[];
  /** Holders left out because a bound of their acceptable range is unknown, in id order. */
  excluded: string[];
  /** max lo over the parties; null when no party has a known range. */
  lower: number | null;
  /** min hi over the parties; null when no party has a known range. */
  upper: number | null;
  /** True when max lo > min hi: no outcome is acceptable to every party. */
  deadlock: boolean;
  /** max lo − min hi when deadlocked, else null. */
  gap: number | null;
  /** The party with the largest lo (ties: smallest holder id). */
  floorSetter: string | null;
  /** The party with the smallest hi (ties: smallest holder id). */
  ceilingSetter: string | null;
}

/**
 * Zone of possible agreement on ONE issue for a set of parties: Z = [max lo, min hi].
 * When max lo > min hi the issue is deadlocked, with gap max lo − min hi and the binding pair
 * (floorSetter, ceilingSetter).
 */
export function agreementZone(points: readonly PositionPoint[]): AgreementZone {
  // Decision: < 2 parties → error; a party without a known range is excluded; none left → null zone.
  assertOneIssueOneEach(points, 'parties');
  if (points.length < 2) {
    throw new DivergenceInputError(
      'parties',
      `a zone of agreement needs at least two parties, got ${points.length}`,
    );
  }
  const sorted = [...points].sort((x, y) => compareIds(x.holderId, y.holderId));
  const parties: string[] = [];
  const excluded: string[] = [];
  let lower: number | null = null;
  let upper: number | null = null;
  let floorSetter: string | null = null;
  let ceilingSetter: string | null = null;
  for (const point of sorted) {
    const lo = point.acceptableMin;
    const hi = point.acceptableMax;
    if (lo === null || hi === null) {
      excluded.push(point.holderId);
      continue;
    }
    parties.push(point.holderId);
    // Holders are visited in id order, so strict comparisons keep the smallest id on ties.
    if (lower === null || lo > lower) {
      lower = lo;
      floorSetter = point.holderId;
    }
    if (upper === null || hi < upper) {
      upper = hi;
      ceilingSetter = point.holderId;
    }
  }
  const deadlock = lower !== null && upper !== null && lower > upper;
  return {
    issueId: points[0].issueId,
    parties,
    excluded,
    lower,
    upper,
    deadlock,
    gap: deadlock && lower !== null && upper !== null ? lower - upper : null,
    floorSetter,
    ceilingSetter,
  };
}
