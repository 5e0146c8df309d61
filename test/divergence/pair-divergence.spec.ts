import { AFTER, BEFORE, divergenceSmallDataset, loadDataset } from '../fixtures/divergence-small';
import { TestApp } from '../support/test-app';

interface PairResult {
  a: { id: string };
  b: { id: string };
  divergence: number | null;
  sharedIssues: number;
  redLineConflicts: number;
  asOf: string;
  issueFilter: string[] | null;
  perIssue: {
    issue: { id: string };
    distance: number;
    weight: number;
    positionA: { id: string; value: number; holder: { id: string }; evidence: { quote: string }[] };
    positionB: { id: string; value: number };
  }[];
}

const PAIR = `query($a: ID!, $b: ID!, $issues: [ID!], $asOf: DateTime) {
  divergence(a: $a, b: $b, issues: $issues, asOf: $asOf) {
    a { id } b { id } divergence sharedIssues redLineConflicts asOf issueFilter
    perIssue {
      issue { id } distance weight
      positionA { id value holder { ... on Actor { id } } evidence { quote source { id } } }
      positionB { id value }
    }
  }
}`;

describe('divergence(a, b): D(a,b) over shared issues', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
    await loadDataset(app, divergenceSmallDataset());
  });
  afterAll(() => app.stop());

  async function pair(variables: Record<string, unknown>): Promise<PairResult> {
    return (await app.data<{ divergence: PairResult }>(PAIR, variables)).divergence;
  }

  it('weights each shared issue by mean salience and lists them by distance', async () => {
    const result = await pair({ a: 'alpha', b: 'beta', asOf: AFTER });
    // border: d = |90 − 30| / 100 = 0.6, w = (1.0 + 0.5) / 2 = 0.75
    // guarantees: d = |20 − 20| / 100 = 0, w = (0.5 + 0.5) / 2 = 0.5
    // D = (0.75 · 0.6 + 0.5 · 0) / (0.75 + 0.5) = 0.45 / 1.25 = 0.36
    expect(result.divergence).toBeCloseTo(0.36, 10);
    expect(result.sharedIssues).toBe(2);
    expect(result.a.id).toBe('alpha');
    expect(result.b.id).toBe('beta');
    expect(result.asOf).toBe(AFTER);
    expect(result.issueFilter).toBeNull();
    // border's alpha [80,100] red line vs beta [20,40]: one red-line conflict.
    expect(result.redLineConflicts).toBe(1);
    expect(result.perIssue.map((row) => row.issue.id)).toEqual(['border', 'guarantees']);
    expect(result.perIssue[0].distance).toBeCloseTo(0.6, 10);
    expect(result.perIssue[0].weight).toBeCloseTo(0.75, 10);
    expect(result.perIssue[1].distance).toBeCloseTo(0, 10);
    expect(result.perIssue[1].weight).toBeCloseTo(0.5, 10);
    const border = result.perIssue[0];
    expect([border.positionA.id, border.positionA.value, border.positionB.id]).toEqual([
      'alpha-border',
      90,
      'beta-border',
    ]);
    expect(border.positionA.holder.id).toBe('alpha');
    expect(border.positionA.evidence[0].quote).toBe('The border is a red line for Alphaland.');
  });

  it('keeps the caller’s orientation: positionA belongs to a', async () => {
    const result = await pair({ a: 'beta', b: 'alpha', asOf: AFTER });
    expect(result.divergence).toBeCloseTo(0.36, 10);
    expect(result.perIssue[0].positionA.id).toBe('beta-border');
  });

  it('answers before and after the recorded shift of gamma on the border', async () => {
    // Before (gamma border 50): border d = |90 − 50| / 100 = 0.4, w = (1.0 + 0.8) / 2 = 0.9;
    // guarantees d = |20 − 60| / 100 = 0.4, w = (0.5 + 1.0) / 2 = 0.75.
    // D = (0.9 · 0.4 + 0.75 · 0.4) / (0.9 + 0.75) = 0.66 / 1.65 = 0.4
    const before = await pair({ a: 'alpha', b: 'gamma', asOf: BEFORE });
    expect(before.divergence).toBeCloseTo(0.66 / 1.65, 10);
    expect(before.perIssue.find((row) => row.issue.id === 'border')?.positionB.id).toBe('gamma-border-1');
    // After (gamma border 70): border d = |90 − 70| / 100 = 0.2, w = 0.9; guarantees as before.
    // D = (0.9 · 0.2 + 0.75 · 0.4) / 1.65 = 0.48 / 1.65 = 0.290909...
    const after = await pair({ a: 'alpha', b: 'gamma', asOf: AFTER });
    expect(after.divergence).toBeCloseTo(0.48 / 1.65, 10);
    expect(after.perIssue.map((row) => [row.issue.id, row.positionB.id])).toEqual([
      ['guarantees', 'gamma-guarantees'],
      ['border', 'gamma-border-2'],
    ]);
    // Before the shift alpha [80,100] (red line) and gamma [40,60] did not overlap; after, gamma
    // [60,80] touches alpha's range (hi_gamma = lo_alpha = 80): no conflict.
    expect(before.redLineConflicts).toBe(1);
    expect(after.redLineConflicts).toBe(0);
  });

  it('is 0 for identical positions', async () => {
    // guarantees only: alpha 20 and beta 20: d = 0, so D = 0.5 · 0 / 0.5 = 0.
    const result = await pair({ a: 'alpha', b: 'beta', issues: ['guarantees'], asOf: AFTER });
    expect(result.divergence).toBe(0);
    expect(result.sharedIssues).toBe(1);
    expect(result.issueFilter).toEqual(['guarantees']);
  });

  it('is null, not 0, without a shared issue', async () => {
    const result = await pair({ a: 'alpha', b: 'delta', asOf: AFTER });
    expect(result.divergence).toBeNull();
    expect(result.sharedIssues).toBe(0);
    expect(result.perIssue).toEqual([]);
  });

  it('is null when every shared weight is 0 (zero salience)', async () => {
    // sanctions: gamma 40 and delta 10, both salience 0: w = 0, Σ w = 0, D undefined.
    const result = await pair({ a: 'gamma', b: 'delta', asOf: AFTER });
    expect(result.divergence).toBeNull();
    expect(result.sharedIssues).toBe(1);
    expect(result.perIssue[0].distance).toBeCloseTo(0.3, 10);
    expect(result.perIssue[0].weight).toBe(0);
  });
});
