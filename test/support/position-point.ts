import { PositionPoint } from '../../src/divergence/math/types';

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
