import { indexByIssue } from './input-checks';
import { compareIds, PositionPoint, SCALE_RANGE } from './types';

export interface IssueDivergence {
  issueId: string;
  /** d_k = |v_a − v_b| / R, in [0, 1]. */
  distance: number;
  /** w_k = (s_a + s_b) / 2. */
  weight: number;
  positionA: string;
  positionB: string;
}

export interface PairDivergence {
  /** D(a,b) = Σ w_k d_k / Σ w_k over shared issues; null without shared issue or weight. */
  divergence: number | null;
  /** |K(a,b)|. */
  sharedIssues: number;
  /** One row per shared issue, by distance (largest first), then issue id. */
  perIssue: IssueDivergence[];
}

/** Issue distance d_k(a,b) = |v_a − v_b| / R ∈ [0, 1]. */
export function issueDistance(a: PositionPoint, b: PositionPoint): number {
  return distanceOfValues(a.value, b.value);
}

/** d_k from the two values (for loops over typed arrays of values). */
export function distanceOfValues(valueA: number, valueB: number): number {
  return Math.abs(valueA - valueB) / SCALE_RANGE;
}

/** Issue weight w_k = (s_a + s_b) / 2. */
export function issueWeight(a: PositionPoint, b: PositionPoint): number {
  return weightOfSaliences(a.salience, b.salience);
}

/** w_k from the two saliences (for loops over typed arrays of saliences). */
export function weightOfSaliences(salienceA: number, salienceB: number): number {
  return (salienceA + salienceB) / 2;
}

/** D = Σ w_k d_k / Σ w_k from the two sums; null when Σ w_k is 0 (no shared issue or weight). */
export function divergenceFromSums(weightedDistanceSum: number, weightSum: number): number | null {
  return weightSum > 0 ? weightedDistanceSum / weightSum : null;
}

/**
 * Actor-pair divergence over the issues both hold a position on (K(a,b)):
 * D(a,b) = Σ_k w_k d_k / Σ_k w_k with w_k = (s_a + s_b) / 2.
 * `positionsA` / `positionsB` are one holder's positions each, at most one per issue.
 */
export function pairDivergence(
  positionsA: readonly PositionPoint[],
  positionsB: readonly PositionPoint[],
): PairDivergence {
  const byIssueA = indexByIssue(positionsA, 'positionsA');
  const byIssueB = indexByIssue(positionsB, 'positionsB');
  const perIssue: IssueDivergence[] = [];
  for (const [issueId, a] of byIssueA) {
    const b = byIssueB.get(issueId);
    if (b === undefined) continue;
    const distance = issueDistance(a, b);
    const weight = issueWeight(a, b);
    perIssue.push({ issueId, distance, weight, positionA: a.positionId, positionB: b.positionId });
  }
  // Summed in issue-id order, the same order the network accumulates in, so both agree bitwise.
  perIssue.sort((x, y) => compareIds(x.issueId, y.issueId));
  let weightedSum = 0;
  let weightSum = 0;
  for (const row of perIssue) {
    weightedSum += row.weight * row.distance;
    weightSum += row.weight;
  }
  perIssue.sort((x, y) => y.distance - x.distance || compareIds(x.issueId, y.issueId));
  return {
    divergence: divergenceFromSums(weightedSum, weightSum),
    sharedIssues: perIssue.length,
    perIssue,
  };
}
