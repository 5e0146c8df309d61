import { DivergenceInputError } from './errors';
import { PositionPoint } from './types';

/**
 * Indexes one holder's positions by issue. The caller filters by `asOf`, so a holder has at most
 * one position per issue; two are an input error, as are positions of several holders.
 */
export function indexByIssue(points: readonly PositionPoint[], field: string): Map<string, PositionPoint> {
  const byIssue = new Map<string, PositionPoint>();
  const holder = points[0]?.holderId;
  for (const point of points) {
    if (point.holderId !== holder) {
      throw new DivergenceInputError(
        field,
        `positions of several holders given ("${holder}", "${point.holderId}")`,
      );
    }
    const previous = byIssue.get(point.issueId);
    if (previous !== undefined) {
      throw new DivergenceInputError(
        field,
        `holder "${point.holderId}" has two positions on issue "${point.issueId}" ` +
          `("${previous.positionId}", "${point.positionId}")`,
      );
    }
    byIssue.set(point.issueId, point);
  }
  return byIssue;
}

/** Checks that the points are all on one issue and that no holder appears twice. */
export function assertOneIssueOneEach(points: readonly PositionPoint[], field = 'points'): void {
  const issue = points[0]?.issueId;
  const seen = new Map<string, string>();
  for (const point of points) {
    if (point.issueId !== issue) {
      throw new DivergenceInputError(
        field,
        `points must be on one issue, got "${issue}" and "${point.issueId}"`,
      );
    }
    const previous = seen.get(point.holderId);
    if (previous !== undefined) {
      throw new DivergenceInputError(
        field,
        `holder "${point.holderId}" has two positions on issue "${point.issueId}" ` +
          `("${previous}", "${point.positionId}")`,
      );
    }
    seen.set(point.holderId, point.positionId);
  }
}

/** Groups points by issue, keeping input order inside each group; issues in id order. */
export function groupByIssue(points: readonly PositionPoint[]): Map<string, PositionPoint[]> {
  const groups = new Map<string, PositionPoint[]>();
  for (const point of points) {
    const group = groups.get(point.issueId);
    if (group === undefined) groups.set(point.issueId, [point]);
    else group.push(point);
  }
  return new Map([...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
