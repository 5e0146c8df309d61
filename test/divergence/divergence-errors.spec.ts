import { divergenceSmallDataset, loadDataset } from '../fixtures/divergence-small';
import { TestApp } from '../support/test-app';

/** [what, query, expected code, expected field]. */
const CASES: [string, string, string, string][] = [
  ['unknown actor a', 'divergence(a: "nobody", b: "beta") { divergence }', 'NOT_FOUND', 'a'],
  ['unknown actor b', 'divergence(a: "alpha", b: "nobody") { divergence }', 'NOT_FOUND', 'b'],
  ['a proposal is not an actor', 'divergence(a: "plan", b: "alpha") { divergence }', 'NOT_FOUND', 'a'],
  ['the same actor twice', 'divergence(a: "alpha", b: "alpha") { divergence }', 'BAD_USER_INPUT', 'b'],
  [
    'unknown issue in a list',
    'divergence(a: "alpha", b: "beta", issues: ["border", "nowhere"]) { divergence }',
    'NOT_FOUND',
    'issues[1]',
  ],
  [
    'unknown actor in the matrix',
    'divergenceMatrix(actors: ["alpha", "nobody"]) { totalCount }',
    'NOT_FOUND',
    'actors[1]',
  ],
  ['unknown issue of a report', 'redLineConflicts(issue: "nowhere") { n }', 'NOT_FOUND', 'issue'],
  ['unknown actor of a report', 'redLineConflicts(actor: "nobody") { n }', 'NOT_FOUND', 'actor'],
  ['unknown issue of a zone', 'agreementZone(issue: "nowhere") { deadlock }', 'NOT_FOUND', 'issue'],
  [
    'unknown party',
    'agreementZone(issue: "border", parties: ["alpha", "nobody"]) { deadlock }',
    'NOT_FOUND',
    'parties[1]',
  ],
  ['unknown event', 'agreementZone(issue: "border", event: "no-event") { deadlock }', 'NOT_FOUND', 'event'],
  [
    'one party only',
    'agreementZone(issue: "border", parties: ["alpha"]) { deadlock }',
    'BAD_USER_INPUT',
    'parties',
  ],
  ['unknown issue of a summary', 'issueSummary(issue: "nowhere") { n }', 'NOT_FOUND', 'issue'],
  ['alpha = 0', 'issueSummary(issue: "border", alpha: 0) { n }', 'BAD_USER_INPUT', 'alpha'],
  ['alpha = 2.5', 'issueSummary(issue: "border", alpha: 2.5) { n }', 'BAD_USER_INPUT', 'alpha'],
  ['minWeight below 0', 'disagreementNetwork(minWeight: -0.1) { n }', 'BAD_USER_INPUT', 'minWeight'],
  ['minWeight above 1', 'disagreementNetwork(minWeight: 1.5) { n }', 'BAD_USER_INPUT', 'minWeight'],
  ['unknown network actor', 'disagreementNetwork(actors: ["nobody"]) { n }', 'NOT_FOUND', 'actors[0]'],
  ['unknown network issue', 'disagreementNetwork(issues: ["nowhere"]) { n }', 'NOT_FOUND', 'issues[0]'],
  [
    'from after to',
    'positionShifts(from: "2025-04-01T00:00:00Z", to: "2025-02-01T00:00:00Z") { n }',
    'BAD_USER_INPUT',
    'to',
  ],
  [
    'from equal to',
    'positionShifts(from: "2025-04-01T00:00:00Z", to: "2025-04-01T00:00:00Z") { n }',
    'BAD_USER_INPUT',
    'to',
  ],
  [
    'unknown shifting actor',
    'positionShifts(from: "2025-01-01", to: "2025-04-01", actor: "nobody") { n }',
    'NOT_FOUND',
    'actor',
  ],
];

describe('divergence queries refuse bad arguments with a code and the field', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
    await loadDataset(app, divergenceSmallDataset());
  });
  afterAll(() => app.stop());

  it.each(CASES)('%s', async (_what, query, code, field) => {
    const result = await app.gql(`query { ${query} }`);
    expect(result.data ?? null).toBeNull();
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0].extensions).toMatchObject({ code, field });
  });

  it('accepts any finite minWeight for the other measures', async () => {
    const result = await app.data<{ disagreementNetwork: { edges: unknown[] } }>(
      'query { disagreementNetwork(measure: SUBTRACT, minWeight: -5) { edges { key } } }',
    );
    expect(result.disagreementNetwork.edges.length).toBeGreaterThan(0);
  });

  it('refuses a malformed asOf through the DateTime scalar', async () => {
    const result = await app.gql(
      'query { divergence(a: "alpha", b: "beta", asOf: "yesterday") { divergence } }',
    );
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
