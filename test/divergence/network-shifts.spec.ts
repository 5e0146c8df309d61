import { AFTER, BEFORE, divergenceSmallDataset, loadDataset } from '../fixtures/divergence-small';
import { TestApp } from '../support/test-app';

interface Network {
  nodes: {
    id: string;
    key: string;
    actor: { id: string; name: string };
    community: number;
    betweenness: number | null;
    degree: number;
  }[];
  edges: {
    key: string;
    source: string;
    target: string;
    weight: number;
    divergence: number | null;
    congruence: number;
    conflict: number;
    subtract: number;
    redLineConflicts: number;
    sharedIssues: number;
  }[];
  communities: { id: number; size: number; members: string[] }[];
  balance: number | null;
  signedTriangles: number;
  measure: string;
  normalization: string;
  asOf: string;
  issueCount: number;
  actorCount: number;
  n: number;
  issues: { id: string }[];
}

const NETWORK = `query($measure: Measure, $normalization: Normalization, $minWeight: Float, $issues: [ID!], $actors: [ID!], $asOf: DateTime, $betweenness: Boolean) {
  disagreementNetwork(measure: $measure, normalization: $normalization, minWeight: $minWeight, issues: $issues, actors: $actors, asOf: $asOf, betweenness: $betweenness) {
    nodes { id key actor { id name } community betweenness degree }
    edges { key source target weight divergence congruence conflict subtract redLineConflicts sharedIssues }
    communities { id size members }
    balance signedTriangles measure normalization asOf issueCount actorCount n issues { id }
  }
}`;

describe('disagreementNetwork and positionShifts', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
    await loadDataset(app, divergenceSmallDataset());
  });
  afterAll(() => app.stop());

  async function network(variables: Record<string, unknown>): Promise<Network> {
    return (await app.data<{ disagreementNetwork: Network }>(NETWORK, variables)).disagreementNetwork;
  }

  it('has actors as nodes and pairs as edges weighted by D (no edge where D is undefined)', async () => {
    const net = await network({ asOf: AFTER });
    expect(net.nodes.map((node) => [node.id, node.key, node.actor.id, node.degree])).toEqual([
      ['alpha', 'alpha', 'alpha', 2],
      ['beta', 'beta', 'beta', 2],
      ['delta', 'delta', 'delta', 0],
      ['gamma', 'gamma', 'gamma', 2],
    ]);
    // delta-gamma shares only sanctions, with zero weight: D undefined, so no DIVERGENCE edge.
    expect(net.edges.map((edge) => edge.key)).toEqual(['alpha|beta', 'alpha|gamma', 'beta|gamma']);
    const [ab, ag, bg] = net.edges;
    expect([ab.source, ab.target]).toEqual(['alpha', 'beta']);
    expect(ab.weight).toBeCloseTo(0.45 / 1.25, 10);
    expect(ag.weight).toBeCloseTo(0.48 / 1.65, 10);
    expect(bg.weight).toBeCloseTo(0.56 / 1.4, 10);
    // alpha-beta: C = (1 − 0.6) + (1 − 0) = 1.4, F = 0.6 + 0 = 0.6, C − F = 0.8
    expect([ab.congruence, ab.conflict, ab.subtract]).toEqual(
      [1.4, 0.6, 0.8].map((x) => expect.closeTo(x, 10)),
    );
    // alpha-gamma: C = 0.8 + 0.6 = 1.4, F = 0.2 + 0.4 = 0.6; beta-gamma: C = 0.6 + 0.6, F = 0.4 + 0.4
    expect([ag.congruence, ag.conflict]).toEqual([1.4, 0.6].map((x) => expect.closeTo(x, 10)));
    expect([bg.congruence, bg.conflict, bg.subtract]).toEqual(
      [1.2, 0.8, 0.4].map((x) => expect.closeTo(x, 10)),
    );
    expect(net.edges.map((edge) => [edge.redLineConflicts, edge.sharedIssues])).toEqual([
      [1, 2],
      [0, 2],
      [1, 2],
    ]);
    // The one triangle has three positive subtracts: balanced.
    expect([net.balance, net.signedTriangles]).toEqual([1, 1]);
    // Each direct edge is shorter than the detour through the third actor: no bridges.
    expect(net.nodes.map((node) => node.betweenness)).toEqual([0, 0, 0, 0]);
    expect([net.measure, net.normalization, net.asOf]).toEqual(['DIVERGENCE', 'NONE', AFTER]);
    expect([net.actorCount, net.issueCount, net.n]).toEqual([4, 3, 8]);
    expect(net.issues.map((issue) => issue.id)).toEqual(['border', 'guarantees', 'sanctions']);
    // Communities partition the nodes; delta, without an edge, is a community of its own.
    expect(net.communities.reduce((sum, community) => sum + community.size, 0)).toBe(4);
    const delta = net.nodes.find((node) => node.id === 'delta');
    expect(net.communities[delta?.community ?? -1].members).toEqual(['delta']);
  });

  it('is the same network, communities included, on every call', async () => {
    const first = await network({ asOf: AFTER, measure: 'CONGRUENCE' });
    const second = await network({ asOf: AFTER, measure: 'CONGRUENCE' });
    expect(second).toEqual(first);
  });

  it('normalizes congruence and keeps the zero-weight pair under CONGRUENCE', async () => {
    // Issue counts |K|: alpha 2, beta 2, delta 1, gamma 3. JACCARD divides by |K_a ∪ K_b|.
    const net = await network({ asOf: AFTER, measure: 'CONGRUENCE', normalization: 'JACCARD' });
    const weights = Object.fromEntries(net.edges.map((edge) => [edge.key, edge.weight]));
    expect(weights['alpha|beta']).toBeCloseTo(1.4 / 2, 10); // 2 + 2 − 2 = 2
    expect(weights['alpha|gamma']).toBeCloseTo(1.4 / 3, 10); // 2 + 3 − 2 = 3
    expect(weights['beta|gamma']).toBeCloseTo(1.2 / 3, 10);
    // delta-gamma: C = 1 − |40 − 10| / 100 = 0.7 over 1 + 3 − 1 = 3; D stays undefined.
    expect(weights['delta|gamma']).toBeCloseTo(0.7 / 3, 10);
    expect(net.edges.find((edge) => edge.key === 'delta|gamma')?.divergence).toBeNull();
    const cosine = await network({ asOf: AFTER, measure: 'CONGRUENCE', normalization: 'COSINE' });
    expect(cosine.edges.find((edge) => edge.key === 'alpha|gamma')?.weight).toBeCloseTo(
      1.4 / Math.sqrt(6),
      10,
    );
    const average = await network({ asOf: AFTER, measure: 'CONFLICT', normalization: 'AVERAGE' });
    expect(average.edges.find((edge) => edge.key === 'alpha|gamma')?.weight).toBeCloseTo(0.6 / 2.5, 10);
  });

  it('drops edges below minWeight; the remaining path makes beta a bridge', async () => {
    const net = await network({ asOf: AFTER, minWeight: 0.35 });
    // alpha-gamma (0.2909...) < 0.35 is dropped; alpha-beta 0.36 and beta-gamma 0.4 stay.
    expect(net.edges.map((edge) => edge.key)).toEqual(['alpha|beta', 'beta|gamma']);
    expect(net.nodes.map((node) => node.degree)).toEqual([1, 2, 0, 1]);
    // The only alpha–gamma path runs through beta: 1 of the 3 pairs among the other nodes,
    // normalized by (n − 1)(n − 2) / 2 = 3.
    expect(net.nodes.map((node) => node.betweenness)).toEqual([0, expect.closeTo(1 / 3, 10), 0, 0]);
    expect(net.signedTriangles).toBe(0);
    expect(net.balance).toBeNull();
    const skipped = await network({ asOf: AFTER, betweenness: false });
    expect(skipped.nodes.map((node) => node.betweenness)).toEqual([null, null, null, null]);
  });

  it('limits the network to given actors and issues', async () => {
    const net = await network({ asOf: AFTER, actors: ['alpha', 'gamma'], issues: ['border'] });
    expect(net.nodes.map((node) => node.id)).toEqual(['alpha', 'gamma']);
    expect(net.edges.map((edge) => [edge.key, edge.weight])).toEqual([
      ['alpha|gamma', expect.closeTo(0.2, 10)],
    ]);
    expect([net.actorCount, net.issueCount, net.n]).toEqual([2, 1, 2]);
  });

  const SHIFTS = `query($from: DateTime!, $to: DateTime!, $actor: ID, $issue: ID) {
    positionShifts(from: $from, to: $to, actor: $actor, issue: $issue) {
      from to n compared
      shifts { kind holder { id } issue { id } before { id value } after { id value evidence { quote } } delta
        closerTo { id } furtherFrom { id } }
    }
  }`;
  type Shift = {
    kind: string;
    holder: { id: string };
    issue: { id: string };
    before: { id: string; value: number } | null;
    after: { id: string; value: number; evidence: { quote: string }[] } | null;
    delta: number | null;
    closerTo: { id: string }[];
    furtherFrom: { id: string }[];
  };
  type ShiftReport = { from: string; to: string; n: number; compared: number; shifts: Shift[] };

  async function shifts(variables: Record<string, unknown>): Promise<ShiftReport> {
    return (await app.data<{ positionShifts: ShiftReport }>(SHIFTS, variables)).positionShifts;
  }

  it('reports gamma’s shift toward alpha and away from beta', async () => {
    const report = await shifts({ from: BEFORE, to: AFTER });
    expect([report.from, report.to, report.n]).toEqual([BEFORE, AFTER, 1]);
    // 8 actor × issue pairs hold a position at one of the two instants (the proposal is no actor).
    expect(report.compared).toBe(8);
    const [shift] = report.shifts;
    expect([shift.kind, shift.holder.id, shift.issue.id, shift.before?.id, shift.after?.id]).toEqual([
      'CHANGED',
      'gamma',
      'border',
      'gamma-border-1',
      'gamma-border-2',
    ]);
    expect(shift.delta).toBeCloseTo(70 - 50, 10);
    // alpha stays at 90: |50 − 90| = 40 before, |70 − 90| = 20 after: closer.
    // beta stays at 30: |50 − 30| = 20 before, |70 − 30| = 40 after: further.
    expect(shift.closerTo.map((actor) => actor.id)).toEqual(['alpha']);
    expect(shift.furtherFrom.map((actor) => actor.id)).toEqual(['beta']);
    expect(shift.after?.evidence[0].quote).toBe('The League now leans towards Alphaland.');
    // Limited to gamma: the same comparison with the others, over gamma's 3 actor × issue pairs.
    const own = await shifts({ from: BEFORE, to: AFTER, actor: 'gamma' });
    expect([own.n, own.compared]).toEqual([1, 3]);
    expect(own.shifts[0].closerTo.map((actor) => actor.id)).toEqual(['alpha']);
    expect(own.shifts[0].furtherFrom.map((actor) => actor.id)).toEqual(['beta']);
  });

  it('reports positions that appear, without a delta', async () => {
    const report = await shifts({ from: '2024-12-01T00:00:00Z', to: BEFORE, actor: 'delta' });
    expect(report.shifts.map((s) => [s.kind, s.issue.id, s.before, s.after?.id, s.delta])).toEqual([
      ['APPEARED', 'sanctions', null, 'delta-sanctions', null],
    ]);
    expect(report.shifts[0].closerTo).toEqual([]);
    const none = await shifts({ from: BEFORE, to: AFTER, issue: 'guarantees' });
    expect(none.shifts).toEqual([]);
    expect(none.compared).toBe(3);
  });
});
