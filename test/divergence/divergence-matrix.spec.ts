import {
  AFTER,
  BEFORE,
  divergenceSmallDataset,
  generatedDataset,
  loadDataset,
} from '../fixtures/divergence-small';
import { TestApp } from '../support/test-app';

interface MatrixNode {
  a: { id: string; name: string };
  b: { id: string; name: string };
  divergence: number | null;
  sharedIssues: number;
  redLineConflicts: number;
}

interface Matrix {
  totalCount: number;
  asOf: string;
  actorCount: number;
  issueCount: number;
  actors: { id: string }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: MatrixNode }[];
}

const MATRIX = `query($actors: [ID!], $issues: [ID!], $asOf: DateTime, $first: Int, $after: String) {
  divergenceMatrix(actors: $actors, issues: $issues, asOf: $asOf, first: $first, after: $after) {
    totalCount asOf actorCount issueCount actors { id }
    pageInfo { hasNextPage endCursor }
    edges { cursor node { a { id name } b { id name } divergence sharedIssues redLineConflicts } }
  }
}`;

const pairsOf = (matrix: Matrix) => matrix.edges.map(({ node }) => `${node.a.id}-${node.b.id}`);

describe('divergenceMatrix: every pair from one read', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
    await loadDataset(app, divergenceSmallDataset());
  });
  afterAll(() => app.stop());

  async function matrix(variables: Record<string, unknown>) {
    const result = await app.gql<{ divergenceMatrix: Matrix }>(MATRIX, variables);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return { matrix: (result.data as { divergenceMatrix: Matrix }).divergenceMatrix, result };
  }

  it('orders pairs by divergence, largest first, undefined ones last by ids', async () => {
    const { matrix: m } = await matrix({ asOf: AFTER });
    // The actors with a position (the proposal `plan` is not a party): alpha, beta, delta, gamma.
    expect(m.actors.map((actor) => actor.id)).toEqual(['alpha', 'beta', 'delta', 'gamma']);
    expect(m.actorCount).toBe(4);
    expect(m.issueCount).toBe(3);
    expect(m.totalCount).toBe(6); // 4 · 3 / 2
    expect(m.asOf).toBe(AFTER);
    // beta-gamma: border d = |30 − 70| / 100 = 0.4, w = (0.5 + 0.8) / 2 = 0.65;
    //   guarantees d = |20 − 60| / 100 = 0.4, w = (0.5 + 1) / 2 = 0.75 → D = 0.56 / 1.4 = 0.4
    // alpha-beta: 0.45 / 1.25 = 0.36; alpha-gamma: 0.48 / 1.65 = 0.2909...
    // alpha-delta and beta-delta share nothing; delta-gamma only a zero-weight issue: null.
    expect(pairsOf(m)).toEqual([
      'beta-gamma',
      'alpha-beta',
      'alpha-gamma',
      'alpha-delta',
      'beta-delta',
      'delta-gamma',
    ]);
    const [bg, ab, ag, ad, , dg] = m.edges.map((edge) => edge.node);
    expect(bg.divergence).toBeCloseTo(0.56 / 1.4, 10);
    expect(ab.divergence).toBeCloseTo(0.45 / 1.25, 10);
    expect(ag.divergence).toBeCloseTo(0.48 / 1.65, 10);
    expect([ad.divergence, ad.sharedIssues]).toEqual([null, 0]);
    expect([dg.divergence, dg.sharedIssues]).toEqual([null, 1]);
    // red-line conflicts: alpha-beta on the border (gap 40), beta-gamma on guarantees (gap 20).
    expect(m.edges.map((edge) => edge.node.redLineConflicts)).toEqual([1, 1, 0, 0, 0, 0]);
    expect(ab.a.name).toBe('Alphaland');
  });

  it('orders differently before gamma’s shift', async () => {
    // Before: alpha-gamma 0.66 / 1.65 = 0.4; alpha-beta 0.36;
    //   beta-gamma: border d = 0.2, w = 0.65; guarantees 0.4, 0.75 → (0.13 + 0.3) / 1.4 = 0.30714...
    const { matrix: m } = await matrix({ asOf: BEFORE, actors: ['gamma', 'beta', 'alpha'] });
    expect(pairsOf(m)).toEqual(['alpha-gamma', 'alpha-beta', 'beta-gamma']);
    expect(m.edges[2].node.divergence).toBeCloseTo(0.43 / 1.4, 10);
    expect(m.edges[0].node.redLineConflicts).toBe(1);
  });

  it('pages with cursors and keeps the total', async () => {
    const first = (await matrix({ asOf: AFTER, first: 4 })).matrix;
    expect(pairsOf(first)).toEqual(['beta-gamma', 'alpha-beta', 'alpha-gamma', 'alpha-delta']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(first.totalCount).toBe(6);
    const second = (await matrix({ asOf: AFTER, first: 4, after: first.pageInfo.endCursor })).matrix;
    expect(pairsOf(second)).toEqual(['beta-delta', 'delta-gamma']);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const middle = (await matrix({ asOf: AFTER, first: 1, after: first.edges[0].cursor })).matrix;
    expect(pairsOf(middle)).toEqual(['alpha-beta']);
  });

  it('restricts to the given issues, listing given actors even without a position', async () => {
    // Border only: alpha-beta d = 0.6, alpha-gamma 0.2, beta-gamma 0.4 (each D = d on one issue).
    const { matrix: m } = await matrix({
      asOf: AFTER,
      issues: ['border'],
      actors: ['alpha', 'beta', 'gamma', 'delta'],
    });
    expect(pairsOf(m)).toEqual([
      'alpha-beta',
      'beta-gamma',
      'alpha-gamma',
      'alpha-delta',
      'beta-delta',
      'delta-gamma',
    ]);
    expect(m.edges.map((edge) => edge.node.divergence?.toFixed(10) ?? null)).toEqual([
      '0.6000000000',
      '0.4000000000',
      '0.2000000000',
      null,
      null,
      null,
    ]);
    expect(m.issueCount).toBe(1);
  });

  it('refuses a cursor it did not issue', async () => {
    const result = await app.gql(MATRIX, { after: 'not-a-cursor' });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('runs a bounded number of database queries, whatever the number of actors', async () => {
    // With 4 actors (default) and with 3 given actors: the points (1 read), the actor check when
    // actors are given (1) and the batched actors of the page (1).
    const all = (await matrix({ asOf: AFTER })).result;
    const some = (await matrix({ asOf: AFTER, actors: ['alpha', 'beta', 'gamma'] })).result;
    expect(all.extensions?.databaseQueries).toBe(2);
    expect(some.extensions?.databaseQueries).toBe(3);
    const withIssues = (await matrix({ asOf: AFTER, issues: ['border', 'guarantees'] })).result;
    expect(withIssues.extensions?.databaseQueries).toBe(3);
    // Nested positions with their holders, issues and evidence add one batched query per level.
    const nested = await app.gql(
      `query { divergenceMatrix(asOf: "${AFTER}") { edges { node { a { id } perIssue {
        issue { id } positionA { holder { ... on Actor { id } } evidence { quote source { id } } } positionB { id }
      } } } } }`,
    );
    expect(nested.errors).toBeUndefined();
    const nestedQueries = nested.extensions?.databaseQueries;

    // 40 actors: 780 pairs, the same queries.
    await loadDataset(app, generatedDataset(40));
    const large = await matrix({ first: 500 });
    expect(large.matrix.totalCount).toBe(780);
    expect(large.result.extensions?.databaseQueries).toBe(2);
    const largeNested = await app.gql(
      `query { divergenceMatrix(first: 500) { edges { node { a { id } perIssue {
        issue { id } positionA { holder { ... on Actor { id } } evidence { quote source { id } } } positionB { id }
      } } } } }`,
    );
    expect(largeNested.errors).toBeUndefined();
    expect(largeNested.extensions?.databaseQueries).toBe(nestedQueries);
  });
});
