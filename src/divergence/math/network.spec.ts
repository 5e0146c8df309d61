import { pairMeasures } from './discourse-network';
import { DivergenceInputError } from './errors';
import { buildDisagreementNetwork, NetworkMeasure, NetworkOptions } from './network';
import { mulberry32 } from './seeded-random';
import { Normalization, PositionPoint } from './types';
import { positionPoint as point, randomPoints } from '../../../test/support/position-point';

// |K_a| = |K_b| = |K_c| = 2.
const points = [
  point('c', 'i1', 100, 1, [90, 100]),
  point('a', 'i1', 0, 1, [0, 10], true),
  point('b', 'i1', 20, 0.5),
  point('a', 'i2', 40, 1),
  point('b', 'i2', 40, 1),
  point('c', 'i3', 50, 1),
];
// a–b: i1 d = 0.2, w = 0.75; i2 d = 0, w = 1 → D = 0.15 / 1.75 = 3/35; C = 0.8 + 1 = 1.8; F = 0.2
// a–c: i1 d = 1, w = 1 → D = 1; C = 0; F = 1; red line: [0, 10] (red) vs [90, 100] → 1
// b–c: i1 d = 0.8, w = 0.75 → D = 0.8; C = 0.2; F = 0.8
// AVERAGE divides by (2 + 2) / 2 = 2:
//   a–b C 0.9, F 0.1, S 0.8;  a–c C 0, F 0.5, S −0.5;  b–c C 0.1, F 0.4, S −0.3

function build(options: Partial<NetworkOptions> = {}, data: PositionPoint[] = points) {
  return buildDisagreementNetwork(data, {
    measure: 'CONGRUENCE',
    normalization: 'AVERAGE',
    ...options,
  });
}

describe('buildDisagreementNetwork', () => {
  it('has an edge per pair sharing an issue, with every measure', () => {
    const network = build();
    expect(network.edges.map((e) => `${e.source}-${e.target}`)).toEqual(['a-b', 'a-c', 'b-c']);
    const [ab, ac, bc] = network.edges;
    expect(ab.weight).toBeCloseTo(0.9, 10);
    expect(ab.divergence).toBeCloseTo(3 / 35, 10);
    expect(ab.congruence).toBeCloseTo(0.9, 10);
    expect(ab.conflict).toBeCloseTo(0.1, 10);
    expect(ab.subtract).toBeCloseTo(0.8, 10);
    expect(ab).toMatchObject({ redLineConflicts: 0, sharedIssues: 2 });
    expect(ac.weight).toBeCloseTo(0, 10);
    expect(ac.divergence).toBeCloseTo(1, 10);
    expect(ac.subtract).toBeCloseTo(-0.5, 10);
    expect(ac).toMatchObject({ redLineConflicts: 1, sharedIssues: 1 });
    expect(bc.weight).toBeCloseTo(0.1, 10);
    expect(bc.conflict).toBeCloseTo(0.4, 10);
    expect(bc.subtract).toBeCloseTo(-0.3, 10);
  });

  it('weights edges by the chosen measure', () => {
    const weights = (measure: NetworkMeasure, normalization: Normalization = 'AVERAGE') =>
      build({ measure, normalization }).edges.map((e) => e.weight);
    const expectClose = (actual: number[], expected: number[]) => {
      expect(actual).toHaveLength(expected.length);
      expected.forEach((x, k) => expect(actual[k]).toBeCloseTo(x, 10));
    };
    expectClose(weights('DIVERGENCE'), [3 / 35, 1, 0.8]); // D is never normalized
    expectClose(weights('CONFLICT'), [0.1, 0.5, 0.4]);
    expectClose(weights('SUBTRACT'), [0.8, -0.5, -0.3]);
    expectClose(weights('CONFLICT', 'NONE'), [0.2, 1, 0.8]);
    // JACCARD: a–b |{i1, i2}| = 2 → 1.8 / 2 = 0.9; a–c, b–c |{i1, i2, i3}| = 3 → 0 / 3, 0.2 / 3
    expectClose(weights('CONGRUENCE', 'JACCARD'), [0.9, 0, 0.2 / 3]);
    // COSINE: sqrt(2 · 2) = 2, the same as AVERAGE here.
    expectClose(weights('CONGRUENCE', 'COSINE'), [0.9, 0, 0.1]);
  });

  it('computes nodes, communities, betweenness and balance over the kept edges', () => {
    const network = build();
    // Betweenness (length = D): a→c direct 1, via b 3/35 + 0.8 = 0.8857… → through b → b = 1.
    expect(network.nodes).toEqual([
      { id: 'a', community: network.nodes[0].community, betweenness: 0, degree: 2 },
      { id: 'b', community: network.nodes[0].community, betweenness: 1, degree: 2 },
      { id: 'c', community: network.nodes[2].community, betweenness: 0, degree: 2 },
    ]);
    expect(network.nodes[0].community).toBe(0);
    // Signs: a–b +, a–c −, b–c − → product + → 1 balanced of 1 signed triangle.
    expect(network).toMatchObject({ balance: 1, signedTriangles: 1, balancedTriangles: 1 });
    const sizes = network.communities.map((c) => c.size).reduce((x, y) => x + y, 0);
    expect(sizes).toBe(3);
  });

  it('drops edges below minWeight, comparing the signed weight for SUBTRACT', () => {
    // minWeight 0 keeps a–b (0.8) only: a–c (−0.5) and b–c (−0.3) are below 0.
    const positive = build({ measure: 'SUBTRACT', minWeight: 0 });
    expect(positive.edges.map((e) => `${e.source}-${e.target}`)).toEqual(['a-b']);
    expect(positive.nodes.map((n) => n.degree)).toEqual([1, 1, 0]);
    expect(positive.nodes.map((n) => n.betweenness)).toEqual([0, 0, 0]);
    expect(positive.nodes.map((n) => n.community)).toEqual([0, 0, 1]);
    expect(positive.communities).toEqual([
      { id: 0, size: 2, members: ['a', 'b'] },
      { id: 1, size: 1, members: ['c'] },
    ]);
    expect(positive).toMatchObject({ balance: null, signedTriangles: 0 });
    // minWeight −0.4 keeps b–c (−0.3 ≥ −0.4) and drops a–c (−0.5 < −0.4).
    const edges = build({ measure: 'SUBTRACT', minWeight: -0.4 }).edges;
    expect(edges.map((e) => `${e.source}-${e.target}`)).toEqual(['a-b', 'b-c']);
    // DIVERGENCE ≥ 0.5 keeps a–c (1) and b–c (0.8), not a–b (3/35).
    const divergent = build({ measure: 'DIVERGENCE', minWeight: 0.5 }).edges;
    expect(divergent.map((e) => `${e.source}-${e.target}`)).toEqual(['a-c', 'b-c']);
  });

  it('has no DIVERGENCE edge for a pair whose weights are all 0, but keeps its congruence edge', () => {
    // x, y share only z, both with salience 0: w = 0 → D undefined; C = 1 − 0.3 = 0.7.
    const zero = [point('x', 'z', 10, 0), point('y', 'z', 40, 0)];
    expect(build({ measure: 'DIVERGENCE' }, zero).edges).toEqual([]);
    const congruence = build({ measure: 'CONGRUENCE', normalization: 'NONE' }, zero);
    expect(congruence.edges).toHaveLength(1);
    expect(congruence.edges[0].divergence).toBeNull();
    expect(congruence.edges[0].weight).toBeCloseTo(0.7, 10);
    expect(congruence.nodes.map((n) => n.betweenness)).toEqual([0, 0]);
  });

  it('matches pairMeasures on every pair of a random data set', () => {
    const data = randomPoints(3, {
      holders: 25,
      issues: 10,
      density: 0.35,
      rangeHalfWidth: 10,
      redLines: 0.4,
    });
    const byHolder = (id: string) => data.filter((p) => p.holderId === id);
    for (const normalization of ['NONE', 'AVERAGE', 'JACCARD', 'COSINE'] as const) {
      const network = build({ normalization }, data);
      let pairs = 0;
      const ids = network.nodes.map((n) => n.id);
      for (let i = 0; i < ids.length; i++) {
        for (let j = i + 1; j < ids.length; j++) {
          if (pairMeasures(byHolder(ids[i]), byHolder(ids[j]), normalization).sharedIssues > 0) pairs++;
        }
      }
      expect(network.edges).toHaveLength(pairs);
      for (const e of network.edges) {
        const m = pairMeasures(byHolder(e.source), byHolder(e.target), normalization);
        expect(e.source < e.target).toBe(true);
        expect(e.divergence).toBeCloseTo(m.divergence as number, 10);
        expect(e.congruence).toBeCloseTo(m.congruence, 10);
        expect(e.conflict).toBeCloseTo(m.conflict, 10);
        expect(e.subtract).toBeCloseTo(m.subtract, 10);
        expect([e.redLineConflicts, e.sharedIssues]).toEqual([m.redLineConflicts, m.sharedIssues]);
      }
    }
  });

  it('finds two obvious camps, identically on every run', () => {
    // l1–l3 sit near 0..10 on four issues, r1–r3 near 90..100: within a camp d ≤ 0.1, across d ≥ 0.8.
    const camps: PositionPoint[] = [];
    ['k1', 'k2', 'k3', 'k4'].forEach((issue, k) => {
      ['l1', 'l2', 'l3'].forEach((id, n) => camps.push(point(id, issue, 5 * ((n + k) % 3), 1)));
      ['r1', 'r2', 'r3'].forEach((id, n) => camps.push(point(id, issue, 90 + 5 * ((n + k) % 3), 1)));
    });
    const first = build({ normalization: 'NONE', seed: 7 }, camps);
    const second = build({ normalization: 'NONE', seed: 7 }, camps);
    expect(second).toEqual(first);
    expect(first.communities).toEqual([
      { id: 0, size: 3, members: ['l1', 'l2', 'l3'] },
      { id: 1, size: 3, members: ['r1', 'r2', 'r3'] },
    ]);
    // The input order does not matter either.
    expect(build({ normalization: 'NONE', seed: 7 }, [...camps].reverse())).toEqual(first);
  });

  it('handles no point and a single holder', () => {
    expect(build({}, [])).toEqual({
      nodes: [],
      edges: [],
      communities: [],
      balance: null,
      signedTriangles: 0,
      balancedTriangles: 0,
    });
    expect(build({}, [point('a', 'i1', 10, 1)]).nodes).toEqual([
      { id: 'a', community: 0, betweenness: 0, degree: 0 },
    ]);
  });

  it('can skip betweenness', () => {
    expect(build({ betweenness: false }).nodes.map((n) => n.betweenness)).toEqual([null, null, null]);
  });

  it('rejects bad input', () => {
    const twice = [...points, { ...point('a', 'i1', 5, 1), positionId: 'again' }];
    expect(() => build({}, twice)).toThrow(DivergenceInputError);
    expect(() => build({ measure: 'LOVE' as NetworkMeasure })).toThrow(/measure/);
    expect(() => build({ normalization: 'MAX' as Normalization })).toThrow(/normalization/);
    expect(() => build({ minWeight: Number.NaN })).toThrow(/minWeight/);
    expect(() => build({ seed: 1.5 })).toThrow(/seed/);
  });

  it('builds 100 actors × 200 issues at 20% coverage quickly (small benchmark)', () => {
    const random = mulberry32(42);
    const data: PositionPoint[] = [];
    for (let h = 0; h < 100; h++) {
      for (let k = 0; k < 200; k++) {
        if (random() < 0.2)
          data.push(point(`h${String(h).padStart(3, '0')}`, `k${k}`, random() * 100, random()));
      }
    }
    const started = Date.now();
    const network = build({ measure: 'SUBTRACT' }, data);
    const elapsed = Date.now() - started;
    // ~40 issues each: every one of the 100 · 99 / 2 = 4,950 pairs shares some issue.
    expect(network.edges).toHaveLength(4950);
    expect(elapsed).toBeLessThan(10_000);
  });
});
