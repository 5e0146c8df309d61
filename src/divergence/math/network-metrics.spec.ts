import { betweennessLength, MetricEdge, nodeMetrics } from './network-metrics';

function edge(i: number, j: number, divergence: number | null, congruence = 1): MetricEdge {
  return { i, j, divergence, congruence, subtract: 0 };
}

const withBetweenness = { seed: 1, betweenness: true };

describe('betweennessLength', () => {
  it('is D(a,b) = 1 − similarity in integer units of 1e-9, at least one unit', () => {
    // similarity = 1 − 0.3 = 0.7; length = 1 − 0.7 = 0.3 → 300,000,000 units
    expect(betweennessLength(0.3)).toBe(300_000_000);
    expect(betweennessLength(1)).toBe(1_000_000_000);
    expect(betweennessLength(0)).toBe(1);
  });
});

describe('nodeMetrics betweenness', () => {
  it('puts the middle of a path on every shortest path', () => {
    // 0 – 1 – 2: the only path 0→2 runs through 1. Normalized over (n − 1)(n − 2) = 2 ordered
    // pairs: 1 ordered pair each way through 1 → 2 / 2 = 1.
    const { betweenness } = nodeMetrics(3, [edge(0, 1, 0.2), edge(1, 2, 0.3)], withBetweenness);
    expect(betweenness).toEqual([0, 1, 0]);
  });

  it('prefers the shorter detour over a longer direct edge', () => {
    // 0→2 direct: 0.9; via 1: 0.1 + 0.2 = 0.3 < 0.9 → all through 1
    const edges = [edge(0, 1, 0.1), edge(1, 2, 0.2), edge(0, 2, 0.9)];
    expect(nodeMetrics(3, edges, withBetweenness).betweenness).toEqual([0, 1, 0]);
  });

  it('splits equal paths exactly (0.1 + 0.2 ties 0.3)', () => {
    // 0→2 direct: 0.3; via 1: 0.1 + 0.2 = 0.3 (0.30000000000000004 in floating point, but
    // 100,000,000 + 200,000,000 = 300,000,000 units exactly) → 2 shortest paths, 1 through node 1
    // → each direction contributes 1/2: (1/2 + 1/2) / 2 = 0.5
    const edges = [edge(0, 1, 0.1), edge(1, 2, 0.2), edge(0, 2, 0.3)];
    const [b0, b1, b2] = nodeMetrics(3, edges, withBetweenness).betweenness ?? [];
    expect(b0).toBeCloseTo(0, 10);
    expect(b1).toBeCloseTo(0.5, 10);
    expect(b2).toBeCloseTo(0, 10);
  });

  it('counts a zero divergence as one unit of length', () => {
    // 0–1 identical (D = 0 → 1 unit), 1–2 and 0–2 both 0.5: via 1 costs one unit more than the
    // direct edge, so no shortest path runs through 1.
    const edges = [edge(0, 1, 0), edge(1, 2, 0.5), edge(0, 2, 0.5)];
    expect(nodeMetrics(3, edges, withBetweenness).betweenness).toEqual([0, 0, 0]);
  });

  it('leaves edges with an undefined D out of the paths, and can be skipped', () => {
    // 0–1 has no D, so it is no path: 0 and 1 reach each other only through 2 (0 – 2 – 1).
    const edges = [edge(0, 1, null), edge(0, 2, 0.4), edge(1, 2, 0.4)];
    expect(nodeMetrics(3, edges, withBetweenness).betweenness).toEqual([0, 0, 1]);
    expect(nodeMetrics(3, edges, { seed: 1, betweenness: false }).betweenness).toBeNull();
  });
});

describe('nodeMetrics communities', () => {
  // Two triangles of strong congruence joined by one weak edge: {0, 1, 2} and {3, 4, 5}.
  const clusters = [
    edge(0, 1, 0.1, 0.9),
    edge(0, 2, 0.1, 0.9),
    edge(1, 2, 0.1, 0.9),
    edge(2, 3, 0.8, 0.05),
    edge(3, 4, 0.1, 0.9),
    edge(3, 5, 0.1, 0.9),
    edge(4, 5, 0.1, 0.9),
  ];

  it('separates two obvious clusters, numbered by first appearance', () => {
    expect(nodeMetrics(6, clusters, withBetweenness).community).toEqual([0, 0, 0, 1, 1, 1]);
  });

  it('is the same across runs, seeds and with or without betweenness', () => {
    const first = nodeMetrics(6, clusters, withBetweenness).community;
    expect(nodeMetrics(6, clusters, withBetweenness).community).toEqual(first);
    expect(nodeMetrics(6, clusters, { seed: 99, betweenness: false }).community).toEqual(first);
  });

  it('uses only positive congruence; a node without one is its own community', () => {
    // 0–1 congruence 0 (not an edge for Louvain), 1–2 positive; 3 has no edge at all.
    const edges = [edge(0, 1, 1, 0), edge(1, 2, 0.2, 0.8)];
    expect(nodeMetrics(4, edges, withBetweenness).community).toEqual([0, 1, 1, 2]);
    expect(nodeMetrics(2, [], withBetweenness).community).toEqual([0, 1]);
    expect(nodeMetrics(0, [], withBetweenness)).toEqual({ community: [], betweenness: [] });
  });
});
