import { PositionPoint } from '../../src/divergence/math/types';
import { mulberry32 } from '../../src/divergence/math/seeded-random';

/**
 * A position for the divergence maths, `holder@issue`: value 50, salience 1, no acceptable range,
 * no red line, full capability, unless `fields` says otherwise.
 */
export function pointOf(
  holderId: string,
  issueId: string,
  fields: Partial<PositionPoint> = {},
): PositionPoint {
  return {
    positionId: `${holderId}@${issueId}`,
    holderId,
    issueId,
    value: 50,
    salience: 1,
    acceptableMin: null,
    acceptableMax: null,
    redLine: false,
    capability: 1,
    ...fields,
  };
}

/** A position for the divergence maths: `holder@issue`, full capability, an optional acceptable range. */
export function positionPoint(
  holderId: string,
  issueId: string,
  value: number,
  salience: number,
  range: [number, number] | null = null,
  redLine = false,
): PositionPoint {
  return pointOf(holderId, issueId, {
    value,
    salience,
    acceptableMin: range === null ? null : range[0],
    acceptableMax: range === null ? null : range[1],
    redLine,
  });
}

/**
 * Seeded random positions of holders h0..h(holders−1) on issues k0..k(issues−1): each pair with
 * probability `density`, a random value and salience (0 with probability `weightless`: a shared
 * issue that weighs nothing), an acceptable range of ± `rangeHalfWidth`, a red line with
 * probability `redLines`.
 */
export function randomPoints(
  seed: number,
  options: {
    holders: number;
    issues: number;
    density: number;
    rangeHalfWidth: number;
    redLines: number;
    weightless?: number;
  },
): PositionPoint[] {
  const random = mulberry32(seed);
  const points: PositionPoint[] = [];
  for (let h = 0; h < options.holders; h++) {
    for (let k = 0; k < options.issues; k++) {
      if (random() < options.density) {
        const value = Math.round(random() * 100);
        const salience = options.weightless && random() < options.weightless ? 0 : random();
        const range: [number, number] = [value - options.rangeHalfWidth, value + options.rangeHalfWidth];
        points.push(positionPoint(`h${h}`, `k${k}`, value, salience, range, random() < options.redLines));
      }
    }
  }
  return points;
}
