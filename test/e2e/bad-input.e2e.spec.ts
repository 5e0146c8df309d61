import { foundationDataset } from '../fixtures/foundation-dataset';
import { importDataset } from '../support/import';
import { TestApp } from '../support/test-app';

interface BadInput {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  code: string;
  /** The field the error must name, where the API can name one. */
  field?: string;
}

const dataset = (change: (d: ReturnType<typeof foundationDataset>) => void) => {
  const d = foundationDataset();
  change(d);
  return d;
};

const IMPORT = 'mutation($d: JSONObject!) { importDataset(input: { dataset: $d }) { datasetId } }';

const CASES: BadInput[] = [
  {
    name: 'value above 100',
    query:
      'mutation { recordPosition(input: { holder: "beta", issue: "guarantees", value: 101, salience: 0.5 }) { id } }',
    code: 'BAD_USER_INPUT',
    field: 'value',
  },
  {
    name: 'negative salience',
    query:
      'mutation { recordPosition(input: { holder: "beta", issue: "guarantees", value: 50, salience: -0.1 }) { id } }',
    code: 'BAD_USER_INPUT',
    field: 'salience',
  },
  {
    name: 'acceptable range not containing the value',
    query:
      'mutation { recordPosition(input: { holder: "beta", issue: "guarantees", value: 50, salience: 0.5, acceptableMin: 60 }) { id } }',
    code: 'BAD_USER_INPUT',
    field: 'acceptableMin',
  },
  {
    name: 'red line without a range',
    query:
      'mutation { recordPosition(input: { holder: "beta", issue: "guarantees", value: 50, salience: 0.5, redLine: true }) { id } }',
    code: 'BAD_USER_INPUT',
    field: 'redLine',
  },
  {
    name: 'unknown holder',
    query:
      'mutation { recordPosition(input: { holder: "nobody", issue: "guarantees", value: 50, salience: 0.5 }) { id } }',
    code: 'NOT_FOUND',
    field: 'holder',
  },
  {
    name: 'unknown issue',
    query:
      'mutation { recordPosition(input: { holder: "beta", issue: "nowhere", value: 50, salience: 0.5 }) { id } }',
    code: 'NOT_FOUND',
    field: 'issue',
  },
  {
    name: 'evidence from an unknown source',
    query:
      'mutation { recordPosition(input: { holder: "beta", issue: "guarantees", value: 50, salience: 0.5, evidence: [{ source: "wire", quote: "ok" }, { source: "ghost", quote: "x" }] }) { id } }',
    code: 'NOT_FOUND',
    field: 'evidence[1].source',
  },
  {
    name: 'empty quote',
    query:
      'mutation { attachEvidence(input: { position: "beta-border", source: "wire", quote: "" }) { id } }',
    code: 'BAD_USER_INPUT',
    field: 'quote',
  },
  {
    name: 'malformed date',
    query:
      'mutation { recordPosition(input: { holder: "beta", issue: "guarantees", value: 50, salience: 0.5, validFrom: "yesterday" }) { id } }',
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'id that is not a slug',
    query: 'mutation { createActor(input: { id: "Not A Slug!", name: "X", kind: STATE }) { id } }',
    code: 'BAD_USER_INPUT',
    field: 'id',
  },
  {
    name: 'capability above 1',
    query: 'mutation { createActor(input: { name: "X", kind: STATE, capability: 2 }) { id } }',
    code: 'BAD_USER_INPUT',
    field: 'capability',
  },
  {
    name: 'empty actor name',
    query: 'mutation { createActor(input: { name: "", kind: STATE }) { id } }',
    code: 'BAD_USER_INPUT',
    field: 'name',
  },
  {
    name: 'unknown enum value',
    query: 'mutation { createActor(input: { name: "X", kind: EMPIRE }) { id } }',
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'linking an actor to itself',
    query: 'mutation { linkActors(input: { from: "alpha", to: "alpha", type: MEMBER_OF }) { id } }',
    code: 'BAD_USER_INPUT',
    field: 'to',
  },
  {
    name: 'update of an unknown actor',
    query: 'mutation { updateActor(input: { id: "nobody", name: "X" }) { id } }',
    code: 'NOT_FOUND',
    field: 'id',
  },
  {
    name: 'issue under an unknown parent',
    query:
      'mutation { createIssue(input: { name: "X", category: OTHER, scaleMin: "a", scaleMax: "b", parent: "ghost" }) { id } }',
    code: 'NOT_FOUND',
    field: 'parent',
  },
  {
    name: 'taken issue id',
    query:
      'mutation { createIssue(input: { id: "border", name: "X", category: OTHER, scaleMin: "a", scaleMax: "b" }) { id } }',
    code: 'CONFLICT',
    field: 'id',
  },
  {
    name: 'source url without a protocol',
    query: 'mutation { createSource(input: { publisher: "P", url: "example.org", reliability: A }) { id } }',
    code: 'BAD_USER_INPUT',
    field: 'url',
  },
  {
    name: 'reaction quote without a source',
    query:
      'mutation { recordReaction(input: { actor: "alpha", proposal: "plan", stance: SUPPORTS, quote: "yes" }) { stance } }',
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'event with an unknown participant',
    query:
      'mutation { createEvent(input: { name: "E", kind: MEETING, date: "2025-01-01", participants: [{ actor: "alpha" }, { actor: "ghost" }] }) { id } }',
    code: 'NOT_FOUND',
    field: 'participants[1].actor',
  },
  {
    name: 'page size above the maximum',
    query: '{ actors(first: 100000) { totalCount } }',
    code: 'BAD_USER_INPUT',
    field: 'first',
  },
  {
    name: 'forged cursor',
    query: '{ actors(after: "not-a-cursor!") { totalCount } }',
    code: 'BAD_USER_INPUT',
    field: 'after',
  },
  {
    name: 'dataset of the wrong format',
    query: IMPORT,
    variables: { d: { format: 'other/9', dataset: { id: 'x', title: 'x' } } },
    code: 'BAD_USER_INPUT',
    field: '$.format',
  },
  {
    name: 'dataset position on an unknown issue',
    query: IMPORT,
    variables: { d: dataset((d) => (d.positions![0].issue = 'ghost')) },
    code: 'BAD_USER_INPUT',
    field: '$.positions[0].issue',
  },
  {
    name: 'dataset with overlapping versions',
    query: IMPORT,
    variables: { d: dataset((d) => (d.positions![1].validFrom = '2025-03-01T00:00:00Z')) },
    code: 'BAD_USER_INPUT',
  },
];

describe('bad input: a clear error naming the field, and nothing written', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
    await app.reset();
    await importDataset(app, foundationDataset());
  });
  afterAll(() => app.stop());

  it.each(CASES)('$name → $code', async ({ query, variables, code, field }) => {
    const before = await app.counts();
    const result = await app.gql(query, variables);
    expect(result.errors?.length).toBeGreaterThan(0);
    const [error] = result.errors!;
    expect(error.extensions?.code).toBe(code);
    if (field) expect(error.extensions?.field).toBe(field);
    expect(error.message.length).toBeGreaterThan(5);
    expect(JSON.stringify(result)).not.toMatch(/at .*\.(ts|js):\d+/); // no stack trace
    expect(await app.counts()).toEqual(before);
  });

  it('covers at least fifteen distinct bad inputs', () => {
    expect(new Set(CASES.map((c) => c.name)).size).toBeGreaterThanOrEqual(15);
  });
});
