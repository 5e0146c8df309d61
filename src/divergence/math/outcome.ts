import { DivergenceInputError } from './errors';
import { assertOneIssueOneEach } from './input-checks';
import { PositionPoint } from './types';

export type OutcomeRule = 'MEAN' | 'MEDIAN';

/** Relative slack for "reaches at least half", absorbing floating-point rounding of the sums. */
const HALF_TOLERANCE = 1e-12;

/**
 * Predicted outcome on ONE issue, each position weighted by capability × salience (c_i s_i).
 * MEAN: μ = Σ c_i s_i v_i / Σ c_i s_i.
 * MEDIAN: the c·s-weighted median, the smallest v at which the cumulative weight of the values
 * sorted ascending reaches at least half of the total (so an exact half picks the lower value).
 * Null when there is no point or the total weight is 0.
 */
export function predictedOutcome(points: readonly PositionPoint[], rule: OutcomeRule): number | null {
  if (rule !== 'MEAN' && rule !== 'MEDIAN') {
    throw new DivergenceInputError('rule', `unknown rule "${String(rule)}" (MEAN or MEDIAN)`);
  }
  assertOneIssueOneEach(points);
  let total = 0;
  let weightedValues = 0;
  for (const point of points) {
    const weight = point.capability * point.salience;
    total += weight;
    weightedValues += weight * point.value;
  }
  if (points.length === 0 || total <= 0) return null;
  if (rule === 'MEAN') return weightedValues / total;

  const ascending = [...points].sort((x, y) => x.value - y.value);
  const half = total / 2;
  let cumulative = 0;
  for (const point of ascending) {
    cumulative += point.capability * point.salience;
    if (cumulative >= half - HALF_TOLERANCE * total) return point.value;
  }
  // Unreachable: the cumulative weight ends at the total.
  return ascending[ascending.length - 1].value;
}
