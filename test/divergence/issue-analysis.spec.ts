import { AFTER, BEFORE, divergenceSmallDataset, loadDataset } from '../fixtures/divergence-small';
import { TestApp } from '../support/test-app';

interface Conflict {
  issue: { id: string };
  a: { id: string };
  b: { id: string };
  gap: number;
  redLineHolders: { id: string }[];
  positionA: { id: string; evidence: { quote: string }[] };
  positionB: { id: string };
}

const CONFLICTS = `query($issue: ID, $actor: ID, $asOf: DateTime) {
  redLineConflicts(issue: $issue, actor: $actor, asOf: $asOf) {
    asOf n actorCount issueCount issue { id } actor { id }
    conflicts { issue { id } a { id } b { id } gap redLineHolders { id }
      positionA { id evidence { quote } } positionB { id } }
  }
}`;

interface Zone {
  issue: { id: string };
  parties: { id: string }[];
  excluded: { id: string }[];
  withoutPosition: { id: string }[];
  event: { id: string } | null;
  deadlock: boolean;
  lower: number | null;
  upper: number | null;
  gap: number | null;
  floorSetter: { id: string } | null;
  ceilingSetter: { id: string } | null;
  positions: { id: string; evidence: { quote: string }[] }[];
  asOf: string;
  n: number;
}

const ZONE = `query($issue: ID!, $parties: [ID!], $event: ID, $asOf: DateTime) {
  agreementZone(issue: $issue, parties: $parties, event: $event, asOf: $asOf) {
    issue { id } parties { id } excluded { id } withoutPosition { id } event { id }
    deadlock lower upper gap floorSetter { id } ceilingSetter { id }
    positions { id evidence { quote } } asOf n
  }
}`;

const ids = (items: { id: string }[]) => items.map((item) => item.id);

describe('red-line conflicts, zones of agreement and issue summaries', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
    await loadDataset(app, divergenceSmallDataset());
  });
  afterAll(() => app.stop());

  async function conflicts(variables: Record<string, unknown>) {
    type Report = { conflicts: Conflict[]; n: number; actorCount: number; issueCount: number };
    return (await app.data<{ redLineConflicts: Report }>(CONFLICTS, variables)).redLineConflicts;
  }

  async function zone(variables: Record<string, unknown>): Promise<Zone> {
    return (await app.data<{ agreementZone: Zone }>(ZONE, variables)).agreementZone;
  }

  it('finds red-line conflicts, largest gap first, with the quotes behind them', async () => {
    const report = await conflicts({ asOf: AFTER });
    // border: alpha [80,100] (red line) vs beta [20,40]: gap = max(80, 20) − min(100, 40) = 40.
    // border: alpha vs gamma [60,80] touch at 80 (hi_gamma = lo_alpha): no conflict.
    // guarantees: beta [10,30] vs gamma [50,70] (red line): gap = 50 − 30 = 20.
    // guarantees: alpha has no range, so no conflict with anyone.
    expect(report.conflicts.map((c) => [c.issue.id, c.a.id, c.b.id, ids(c.redLineHolders)])).toEqual([
      ['border', 'alpha', 'beta', ['alpha']],
      ['guarantees', 'beta', 'gamma', ['gamma']],
    ]);
    expect(report.conflicts[0].gap).toBeCloseTo(40, 10);
    expect(report.conflicts[1].gap).toBeCloseTo(20, 10);
    expect(report.conflicts[0].positionA.evidence[0].quote).toBe('The border is a red line for Alphaland.');
    // Computed over the 8 actor positions at AFTER (the proposal's is left out), 4 actors, 3 issues.
    expect([report.n, report.actorCount, report.issueCount]).toEqual([8, 4, 3]);
  });

  it('sees the conflict gamma left by shifting, and filters by issue and actor', async () => {
    // Before: gamma [40,60] vs alpha [80,100]: gap = max(80, 40) − min(100, 60) = 20.
    const before = await conflicts({ asOf: BEFORE, issue: 'border' });
    expect(before.conflicts.map((c) => [c.a.id, c.b.id, c.gap])).toEqual([
      ['alpha', 'beta', 40],
      ['alpha', 'gamma', 20],
    ]);
    const gamma = await conflicts({ asOf: AFTER, actor: 'gamma' });
    expect(gamma.conflicts.map((c) => [c.issue.id, c.a.id, c.b.id])).toEqual([
      ['guarantees', 'beta', 'gamma'],
    ]);
  });

  it('finds a deadlock: Z = [max lo, min hi] is empty', async () => {
    // border, all actors: lo 80 (alpha), 20 (beta), 60 (gamma); hi 100, 40, 80.
    // max lo = 80 (alpha) > min hi = 40 (beta): deadlock, gap = 80 − 40 = 40.
    const z = await zone({ issue: 'border', asOf: AFTER });
    expect([z.deadlock, z.lower, z.upper, z.gap]).toEqual([true, 80, 40, 40]);
    expect([z.floorSetter?.id, z.ceilingSetter?.id]).toEqual(['alpha', 'beta']);
    expect(ids(z.parties)).toEqual(['alpha', 'beta', 'gamma']);
    expect(ids(z.positions)).toEqual(['alpha-border', 'beta-border', 'gamma-border-2']);
    expect(z.n).toBe(3);
    expect(z.asOf).toBe(AFTER);
    expect(z.positions[0].evidence[0].quote).toContain('red line');
  });

  it('treats touching ranges as a zone of one point (hi_gamma = lo_alpha)', async () => {
    // alpha [80,100], gamma [60,80]: max lo = 80 (alpha), min hi = 80 (gamma): Z = [80, 80].
    const z = await zone({ issue: 'border', parties: ['gamma', 'alpha'], asOf: AFTER });
    expect([z.deadlock, z.lower, z.upper, z.gap]).toEqual([false, 80, 80, null]);
    expect([z.floorSetter?.id, z.ceilingSetter?.id]).toEqual(['alpha', 'gamma']);
    // Before the shift gamma was at [40,60]: max lo 80 > min hi 60, deadlock with gap 20.
    const before = await zone({ issue: 'border', parties: ['gamma', 'alpha'], asOf: BEFORE });
    expect([before.deadlock, before.gap, before.ceilingSetter?.id]).toEqual([true, 20, 'gamma']);
  });

  it('leaves out a party without a range, and names parties without a position', async () => {
    // guarantees: alpha has no range (excluded); beta [10,30], gamma [50,70]:
    // max lo = 50 (gamma) > min hi = 30 (beta): deadlock, gap 20.
    const z = await zone({ issue: 'guarantees', asOf: AFTER });
    expect(ids(z.excluded)).toEqual(['alpha']);
    expect(ids(z.parties)).toEqual(['beta', 'gamma']);
    expect([z.deadlock, z.lower, z.upper, z.gap]).toEqual([true, 50, 30, 20]);
    expect([z.floorSetter?.id, z.ceilingSetter?.id]).toEqual(['gamma', 'beta']);
    expect(z.n).toBe(3);
    const some = await zone({ issue: 'guarantees', parties: ['alpha', 'beta', 'delta'], asOf: AFTER });
    expect(ids(some.withoutPosition)).toEqual(['delta']);
    expect(ids(some.parties)).toEqual(['beta']);
    expect([some.lower, some.upper, some.deadlock]).toEqual([10, 30, false]);
  });

  it('takes the parties of an event: its participants', async () => {
    // summit: alpha and beta. border: max lo 80 (alpha) > min hi 40 (beta): gap 40.
    const z = await zone({ issue: 'border', event: 'summit', asOf: AFTER });
    expect(z.event?.id).toBe('summit');
    expect(ids(z.parties)).toEqual(['alpha', 'beta']);
    expect([z.deadlock, z.gap, z.floorSetter?.id, z.ceilingSetter?.id]).toEqual([true, 40, 'alpha', 'beta']);
  });

  it('refuses fewer than two parties, and parties together with an event', async () => {
    const one = await app.gql(ZONE, { issue: 'border', parties: ['alpha'] });
    expect(one.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parties' });
    // alpha and delta asked for, but delta has no border position: one party left.
    const onlyOne = await app.gql(ZONE, { issue: 'border', parties: ['alpha', 'delta'] });
    expect(onlyOne.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parties' });
    const both = await app.gql(ZONE, { issue: 'border', parties: ['alpha', 'beta'], event: 'summit' });
    expect(both.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'event' });
  });

  it('summarizes an issue: predicted outcome and polarization', async () => {
    const query = `query($outcome: OutcomeRule, $alpha: Float, $asOf: DateTime) {
      issueSummary(issue: "border", outcome: $outcome, alpha: $alpha, asOf: $asOf) {
        issue { id } predictedOutcome outcomeRule range weightedMean weightedStdDev estebanRay alpha n
        parties { id } positions { id } asOf
      }
    }`;
    type Summary = Record<string, number | string | null> & { parties: { id: string }[] };
    const mean = (await app.data<{ issueSummary: Summary }>(query, { asOf: AFTER })).issueSummary;
    // Actors only (not the proposal): alpha v 90 s 1.0 c 1; beta v 30 s 0.5 c 0.5; gamma v 70 s 0.8 c 1.
    // c·s = 1, 0.25, 0.8 (Σ 2.05): μ = (90 · 1 + 30 · 0.25 + 70 · 0.8) / 2.05 = 153.5 / 2.05
    expect(mean.predictedOutcome).toBeCloseTo(153.5 / 2.05, 10);
    expect(mean.outcomeRule).toBe('MEAN');
    expect(mean.n).toBe(3);
    expect(ids(mean.parties)).toEqual(['alpha', 'beta', 'gamma']);
    expect(mean.range).toBeCloseTo(90 - 30, 10);
    // m = Σ s v / Σ s = (90 + 15 + 56) / 2.3 = 70; Σ s (v − m)² = 1 · 400 + 0.5 · 1600 + 0 = 1200
    expect(mean.weightedMean).toBeCloseTo(161 / 2.3, 10);
    expect(mean.weightedStdDev).toBeCloseTo(Math.sqrt(1200 / 2.3), 10);
    // π = c / Σ c = 0.4, 0.2, 0.4 (Σ c = 2.5); α = 1.6; K = 1 / (2 · 0.5^3.6)
    // Σ_i π_i^2.6 Σ_j π_j |v_i − v_j|: alpha 0.4^2.6 (0.2·60 + 0.4·20) = 20 · 0.4^2.6;
    //   beta 0.2^2.6 (0.4·60 + 0.4·40) = 40 · 0.2^2.6; gamma 0.4^2.6 (0.4·20 + 0.2·40) = 16 · 0.4^2.6
    const k = 1 / (2 * Math.pow(0.5, 3.6));
    expect(mean.estebanRay).toBeCloseTo((k * (36 * Math.pow(0.4, 2.6) + 40 * Math.pow(0.2, 2.6))) / 100, 10);
    expect(mean.alpha).toBe(1.6);

    // MEDIAN: sorted 30 (0.25), 70 (0.8: cumulative 1.05 ≥ 2.05 / 2 = 1.025) → 70.
    const median = (
      await app.data<{ issueSummary: Summary }>(query, { asOf: AFTER, outcome: 'MEDIAN', alpha: 2 })
    ).issueSummary;
    expect(median.predictedOutcome).toBe(70);
    // α = 2: K = 1 / (2 · 0.5^4) = 8; alpha and gamma weigh 0.4^3, beta 0.2^3.
    expect(median.estebanRay).toBeCloseTo((8 * (36 * 0.4 ** 3 + 40 * 0.2 ** 3)) / 100, 10);

    // Before the shift gamma was at 50: μ = (90 + 7.5 + 40) / 2.05.
    const before = (await app.data<{ issueSummary: Summary }>(query, { asOf: BEFORE })).issueSummary;
    expect(before.predictedOutcome).toBeCloseTo(137.5 / 2.05, 10);
  });
});
