import fs from 'node:fs';
import path from 'node:path';
import { AFTER, BEFORE, divergenceSmallDataset, loadDataset } from '../fixtures/divergence-small';
import { TestApp } from '../support/test-app';

type Row = Record<string, unknown>;

/** The researchers' Cypher files are not in the registry: read and run them as a user would. */
function analytics(name: string): string {
  return fs.readFileSync(path.join(__dirname, '../../cypher/analytics', name), 'utf8');
}

describe('cypher/analytics: the researchers’ queries give the API’s figures', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
    await loadDataset(app, divergenceSmallDataset());
  });
  afterAll(() => app.stop());

  async function run(name: string, params: Row): Promise<Row[]> {
    const result = await app.db.driver.executeQuery(analytics(name), params);
    return result.records.map((record) => record.toObject());
  }

  it.each([BEFORE, AFTER])('pairwise-divergence.cypher matches divergenceMatrix at %s', async (asOf) => {
    const rows = await run('pairwise-divergence.cypher', { asOf, a: null, b: null });
    const { divergenceMatrix } = await app.data<{
      divergenceMatrix: {
        edges: {
          node: { a: { id: string }; b: { id: string }; divergence: number | null; sharedIssues: number };
        }[];
      };
    }>(
      `query($asOf: DateTime) { divergenceMatrix(asOf: $asOf) {
        edges { node { a { id } b { id } divergence sharedIssues } } } }`,
      { asOf },
    );
    // The Cypher lists the pairs sharing an issue; the API also lists the others (sharedIssues 0).
    const api = divergenceMatrix.edges.map((edge) => edge.node).filter((node) => node.sharedIssues > 0);
    expect(rows.map((row) => [row.a, row.b, row.sharedIssues])).toEqual(
      api.map((node) => [node.a.id, node.b.id, node.sharedIssues]),
    );
    rows.forEach((row, index) => {
      const expected = api[index].divergence;
      if (expected === null) expect(row.divergence).toBeNull();
      else expect(row.divergence).toBeCloseTo(expected, 10);
    });
    // A null asOf means now, when every current position (those of AFTER) counts.
    if (asOf === AFTER)
      expect(await run('pairwise-divergence.cypher', { asOf: null, a: null, b: null })).toEqual(rows);
    // One pair only, given in either order: D(alpha, beta) = 0.45 / 1.25.
    const [pair] = await run('pairwise-divergence.cypher', { asOf, a: 'beta', b: 'alpha' });
    expect(pair.divergence).toBeCloseTo(0.36, 10);
  });

  it.each([BEFORE, AFTER])('red-line-conflicts.cypher matches redLineConflicts at %s', async (asOf) => {
    const rows = await run('red-line-conflicts.cypher', { asOf, issue: null, actor: null });
    const { redLineConflicts } = await app.data<{
      redLineConflicts: {
        conflicts: {
          issue: { id: string };
          a: { id: string };
          b: { id: string };
          gap: number;
          redLineHolders: { id: string }[];
          positionA: { id: string };
          positionB: { id: string };
        }[];
      };
    }>(
      `query($asOf: DateTime) { redLineConflicts(asOf: $asOf) { conflicts {
        issue { id } a { id } b { id } gap redLineHolders { id } positionA { id } positionB { id } } } }`,
      { asOf },
    );
    expect(
      rows.map((row) => [row.issue, row.a, row.b, row.positionA, row.positionB, row.redLineHolders]),
    ).toEqual(
      redLineConflicts.conflicts.map((c) => [
        c.issue.id,
        c.a.id,
        c.b.id,
        c.positionA.id,
        c.positionB.id,
        c.redLineHolders.map((holder) => holder.id),
      ]),
    );
    rows.forEach((row, index) => expect(row.gap).toBeCloseTo(redLineConflicts.conflicts[index].gap, 10));
    expect(rows[0].evidenceA).toEqual(['Wire Service: The border is a red line for Alphaland.']);
    const gamma = await run('red-line-conflicts.cypher', { asOf, issue: 'guarantees', actor: 'gamma' });
    expect(gamma.map((row) => [row.a, row.b, row.gap])).toEqual([['beta', 'gamma', 20]]);
  });

  it.each([BEFORE, AFTER])(
    'agreement-zones.cypher matches agreementZone for every issue at %s',
    async (asOf) => {
      const rows = await run('agreement-zones.cypher', { asOf, issue: null });
      expect(rows.map((row) => row.issue)).toEqual(['border', 'guarantees', 'sanctions']);
      for (const row of rows) {
        const { agreementZone: zone } = await app.data<{
          agreementZone: Row & Record<string, { id: string } | { id: string }[] | null>;
        }>(
          `query($issue: ID!, $asOf: DateTime) { agreementZone(issue: $issue, asOf: $asOf) {
          n parties { id } excluded { id } lower upper deadlock gap floorSetter { id } ceilingSetter { id } } }`,
          { issue: row.issue, asOf },
        );
        const idsOf = (value: unknown) => (value as { id: string }[]).map((item) => item.id);
        const idOf = (value: unknown) => (value as { id: string } | null)?.id ?? null;
        expect([row.n, row.parties, row.excluded, row.deadlock, row.floorSetter, row.ceilingSetter]).toEqual([
          zone.n,
          idsOf(zone.parties),
          idsOf(zone.excluded),
          zone.deadlock,
          idOf(zone.floorSetter),
          idOf(zone.ceilingSetter),
        ]);
        expect([row.lower, row.upper, row.gap]).toEqual([zone.lower, zone.upper, zone.gap]);
      }
      // After the shift: border deadlocked by alpha (lo 80) and beta (hi 40); sanctions has no range.
      if (asOf === AFTER) {
        expect(rows.map((row) => [row.issue, row.deadlock, row.gap])).toEqual([
          ['border', true, 40],
          ['guarantees', true, 20],
          ['sanctions', false, null],
        ]);
      }
    },
  );
});
