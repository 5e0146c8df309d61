import { PositionPoint } from '../../src/divergence/math/types';

/** A position for the divergence maths: `holder@issue`, full capability, an optional acceptable range. */
export function positionPoint(
  holderId: string,
  issueId: string,
  value: number,
  salience: number,
  range: [number, number] | null = null,
  redLine = false,
): PositionPoint {
  return {
    positionId: `${holderId}@${issueId}`,
    holderId,
    issueId,
    value,
    salience,
    acceptableMin: range === null ? null : range[0],
    acceptableMax: range === null ? null : range[1],
    redLine,
    capability: 1,
  };
}
