import { DivergenceInputError } from './errors';
import { assertOneIssueOneEach } from './input-checks';
import { PositionPoint, SCALE_RANGE } from './types';

export const DEFAULT_ALPHA = 1.6;

export interface Polarization {
  /** Number of positions the figures were computed over. */
  n: number;
  alpha: number;
  /** max v − min v; null without points. */
  range: number | null;
  /** Salience-weighted mean m = Σ s_i v_i / Σ s_i; null when Σ s = 0. */
  weightedMean: number | null;
  /** sqrt(Σ s_i (v_i − m)² / Σ s_i); null when Σ s = 0. */
  weightedStdDev: number | null;
  /** Esteban–Ray P, 1 for two equal groups at 0 and 100; null when Σ c = 0. */
  estebanRay: number | null;
}

/** K = 1 / (2 · 0.5^{2+α}): the constant that makes two equal groups at 0 and R give P = 1. */
export function estebanRayConstant(alpha: number): number {
  return 1 / (2 * Math.pow(0.5, 2 + alpha));
}

/**
 * Polarization of ONE issue: range, salience-weighted standard deviation and Esteban–Ray
 * P = K Σ_i Σ_j π_i^{1+α} π_j |v_i − v_j| / R with π_i = c_i / Σ c, α ∈ (0, 2].
 * Each individual position is its own group i (groups are not merged by equal value).
 */
export function polarization(points: readonly PositionPoint[], alpha = DEFAULT_ALPHA): Polarization {
  if (!(alpha > 0 && alpha <= 2)) {
    throw new DivergenceInputError('alpha', `alpha must be in (0, 2], got ${alpha}`);
  }
  assertOneIssueOneEach(points);
  const n = points.length;
  if (n === 0) {
    return {
      n,
      alpha,
      range: null,
      weightedMean: null,
      weightedStdDev: null,
      estebanRay: null,
    };
  }

  let min = Infinity;
  let max = -Infinity;
  let salienceSum = 0;
  let salienceWeighted = 0;
  let capabilitySum = 0;
  for (const point of points) {
    min = Math.min(min, point.value);
    max = Math.max(max, point.value);
    salienceSum += point.salience;
    salienceWeighted += point.salience * point.value;
    capabilitySum += point.capability;
  }

  let weightedMean: number | null = null;
  let weightedStdDev: number | null = null;
  if (salienceSum > 0) {
    const m = salienceWeighted / salienceSum;
    let squares = 0;
    for (const point of points) squares += point.salience * (point.value - m) ** 2;
    weightedMean = m;
    weightedStdDev = Math.sqrt(squares / salienceSum);
  }

  let estebanRay: number | null = null;
  if (capabilitySum > 0) {
    let sum = 0;
    for (const i of points) {
      const piI = i.capability / capabilitySum;
      const piIPower = Math.pow(piI, 1 + alpha);
      for (const j of points) {
        sum += piIPower * (j.capability / capabilitySum) * Math.abs(i.value - j.value);
      }
    }
    estebanRay = (estebanRayConstant(alpha) * sum) / SCALE_RANGE;
  }

  return { n, alpha, range: max - min, weightedMean, weightedStdDev, estebanRay };
}
