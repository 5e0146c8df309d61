import { decodeCursor, toPage } from './connection';

describe('toPage', () => {
  const rows = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];

  it('keeps `first` rows, tells whether more follow, and gives each edge the cursor of its key', () => {
    const page = toPage(rows, 2, 7, (row) => row.id);
    expect(page.edges.map((edge) => [edge.node.id, decodeCursor(edge.cursor)])).toEqual([
      ['a', 'a'],
      ['b', 'b'],
    ]);
    expect(page.pageInfo).toEqual({ hasNextPage: true, endCursor: page.edges[1].cursor });
    expect(page.totalCount).toBe(7);
  });

  it('ends without a next page or an end cursor when nothing is left', () => {
    expect(toPage(rows, 5, 3, (row) => row.id).pageInfo.hasNextPage).toBe(false);
    expect(toPage([], 5, 0, (row: { id: string }) => row.id).pageInfo).toEqual({
      hasNextPage: false,
      endCursor: null,
    });
  });
});
