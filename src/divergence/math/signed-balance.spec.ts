import { mulberry32 } from './seeded-random';
import { SignedEdge, signedBalance, signedBalanceByLists } from './signed-balance';

function edge(i: number, j: number, subtract: number): SignedEdge {
  return { i, j, subtract };
}

describe('signedBalance', () => {
  it('counts balanced among fully signed triangles on a hand-built set', () => {
    const edges = [
      edge(0, 1, 0.5), // +
      edge(1, 2, 0.2), // +
      edge(0, 2, 0.1), // +
      edge(0, 3, -0.4), // −
      edge(1, 3, -0.1), // −
      edge(2, 3, 0.3), // +
      edge(0, 4, 0), // unsigned
      edge(4, 1, 0.7), // + (given as 4–1: order does not matter)
      edge(2, 4, -0.2), // −
    ];
    // {0,1,2}: + + +  → product + → balanced
    // {0,1,3}: + − −  → product + → balanced
    // {0,2,3}: + − +  → product − → unbalanced
    // {1,2,3}: + − +  → product − → unbalanced
    // {1,2,4}: + + −  → product − → unbalanced
    // {0,1,4}, {0,2,4}: 0–4 is unsigned → not counted; no triangle has 3–4.
    // balance = 2 / 5 = 0.4
    const result = signedBalance(5, edges);
    expect(result.signedTriangles).toBe(5);
    expect(result.balancedTriangles).toBe(2);
    expect(result.balance).toBeCloseTo(0.4, 10);
    expect(signedBalanceByLists(5, edges)).toEqual(result);
  });

  it('treats three negative edges as unbalanced and two negatives as balanced', () => {
    // − − −: product −1 → unbalanced; balance 0 / 1 = 0
    expect(signedBalance(3, [edge(0, 1, -1), edge(1, 2, -1), edge(0, 2, -1)])).toEqual({
      balance: 0,
      signedTriangles: 1,
      balancedTriangles: 0,
    });
    // + − −: product +1 → balanced; balance 1 / 1 = 1
    expect(signedBalance(3, [edge(0, 1, 1), edge(1, 2, -1), edge(0, 2, -1)]).balance).toBe(1);
  });

  it('is null without a signed triangle', () => {
    expect(signedBalance(0, [])).toEqual({ balance: null, signedTriangles: 0, balancedTriangles: 0 });
    // A path has no triangle; a triangle with an unsigned edge does not count.
    expect(signedBalance(3, [edge(0, 1, 1), edge(1, 2, 1)]).balance).toBeNull();
    expect(signedBalance(3, [edge(0, 1, 1), edge(1, 2, 1), edge(0, 2, 0)]).balance).toBeNull();
  });

  it('agrees with the list-based count across 32-bit word boundaries', () => {
    const random = mulberry32(5);
    for (const n of [31, 32, 33, 70, 130]) {
      const edges: SignedEdge[] = [];
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          const r = random();
          if (r < 0.5) edges.push(edge(i, j, r < 0.1 ? 0 : r < 0.3 ? 1 : -1));
        }
      }
      const bits = signedBalance(n, edges);
      expect(bits.signedTriangles).toBeGreaterThan(0);
      expect(bits).toEqual(signedBalanceByLists(n, edges));
    }
  });
});
