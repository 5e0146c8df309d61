import { DivergenceInputError } from './errors';
import { assertOneIssueOneEach, groupByIssue, indexByIssue } from './input-checks';
import { pointOf } from '../../../test/support/position-point';

const point = (holderId: string, issueId: string, positionId = `${holderId}@${issueId}`) =>
  pointOf(holderId, issueId, { positionId });

describe('input checks', () => {
  it('indexes one holder by issue and names the field on errors', () => {
    const index = indexByIssue([point('a', 'x'), point('a', 'y')], 'positionsA');
    expect([...index.keys()]).toEqual(['x', 'y']);
    const twice = () => indexByIssue([point('a', 'x'), point('a', 'x', 'p2')], 'positionsA');
    expect(twice).toThrow(DivergenceInputError);
    expect(twice).toThrow('positionsA: holder "a" has two positions on issue "x" ("a@x", "p2")');
  });

  it('checks one issue and one position per holder', () => {
    expect(() => assertOneIssueOneEach([point('a', 'x'), point('b', 'x')])).not.toThrow();
    expect(() => assertOneIssueOneEach([])).not.toThrow();
    expect(() => assertOneIssueOneEach([point('a', 'x'), point('b', 'y')])).toThrow(/one issue/);
    expect(() => assertOneIssueOneEach([point('a', 'x'), point('a', 'x', 'p2')])).toThrow(/two positions/);
  });

  it('groups by issue in id order', () => {
    const groups = groupByIssue([point('a', 'y'), point('b', 'x'), point('c', 'y')]);
    expect([...groups.keys()]).toEqual(['x', 'y']);
    expect(groups.get('y')?.map((p) => p.holderId)).toEqual(['a', 'c']);
  });
});
