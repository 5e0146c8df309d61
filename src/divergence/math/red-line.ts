import { DivergenceInputError } from './errors';
import { assertOneIssueOneEach, groupByIssue } from './input-checks';
import { compareIds, PositionPoint } from './types';

export interface RedLineConflict {
  issueId: string;
  /** The pair in id order: holderA < holderB. */
  holderA: string;
  holderB: string;
  positionA: string;
  positionB: string;
  /** gap = max(lo_a, lo_b) − min(hi_a, hi_b) > 0. */
  gap: number;
  /** Holders whose range on this issue is a declared red line (one or both). */
  redLineHolders: string[];
}

/** True when both bounds of the acceptable range are known. */
export function hasKnownRange(point: PositionPoint): boolean {
  return point.acceptableMin !== null && point.acceptableMax !== null;
}

/**
 * Whether two positions on one issue conflict: either holds a red line, both have an acceptable
 * range, and the ranges do not overlap. Allocates nothing (the pair loops ask it of every pair).
 */
export function inRedLineConflict(a: PositionPoint, b: PositionPoint): boolean {
  if (!a.redLine && !b.redLine) return false;
  const loA = a.acceptableMin;
  const hiA = a.acceptableMax;
  const loB = b.acceptableMin;
  const hiB = b.acceptableMax;
  if (loA === null || hiA === null || loB === null || hiB === null) return false;
  return hiA < loB || hiB < loA;
}

/**
 * Red-line conflict of two positions on one issue: both ranges known, the ranges do not overlap
 * (hi_a < lo_b or hi_b < lo_a; touching ranges, hi_a = lo_b, overlap) and at least one side is a
 * red line. Returns null when there is no conflict.
 */
export function redLineConflict(a: PositionPoint, b: PositionPoint): RedLineConflict | null {
  if (a.issueId !== b.issueId) {
    throw new DivergenceInputError(
      'issueId',
      `positions on different issues ("${a.issueId}", "${b.issueId}")`,
    );
  }
  if (!inRedLineConflict(a, b)) return null;
  // All four bounds are numbers once the ranges conflict.
  const [loA, hiA, loB, hiB] = [
    a.acceptableMin,
    a.acceptableMax,
    b.acceptableMin,
    b.acceptableMax,
  ] as number[];
  const [first, second] = compareIds(a.holderId, b.holderId) <= 0 ? [a, b] : [b, a];
  return {
    issueId: a.issueId,
    holderA: first.holderId,
    holderB: second.holderId,
    positionA: first.positionId,
    positionB: second.positionId,
    gap: Math.max(loA, loB) - Math.min(hiA, hiB),
    redLineHolders: [first, second].filter((p) => p.redLine).map((p) => p.holderId),
  };
}

/** Orders conflicts by gap (largest first), then issue id, then the two holder ids. */
export function compareConflicts(x: RedLineConflict, y: RedLineConflict): number {
  return (
    y.gap - x.gap ||
    compareIds(x.issueId, y.issueId) ||
    compareIds(x.holderA, y.holderA) ||
    compareIds(x.holderB, y.holderB)
  );
}

/**
 * Every red-line conflict between two holders on the same issue, over all issues in `points`,
 * sorted by gap (largest first), then issue id, then holder ids.
 */
export function redLineConflicts(points: readonly PositionPoint[]): RedLineConflict[] {
  const conflicts: RedLineConflict[] = [];
  for (const group of groupByIssue(points).values()) {
    assertOneIssueOneEach(group);
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const conflict = redLineConflict(group[i], group[j]);
        if (conflict !== null) conflicts.push(conflict);
      }
    }
  }
  return conflicts.sort(compareConflicts);
}
