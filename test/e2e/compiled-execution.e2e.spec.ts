import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GraphQLObjectType } from 'graphql';
import { foundationDataset } from '../fixtures/foundation-dataset';
import { importDataset } from '../support/import';
import { GraphQLResponse, TestApp } from '../support/test-app';

/**
 * The compiled executor (GRAPHQL_EXECUTOR=compiled, the default) must answer exactly as graphql-js
 * does: the same data, the same errors with the same codes, paths and locations. Both servers run
 * side by side on the same database and are asked the same operations.
 */
const OPERATIONS: [string, string, Record<string, unknown>?][] = [
  [
    'unions, inline fragments and aliases',
    `{ positions(filter: { issue: "border", history: true }) { totalCount pageInfo { hasNextPage endCursor }
        edges { cursor node { id value validFrom validTo redLine confidence
          holder { __typename ... on Actor { id name aliases kind } ... on Proposal { id date } }
          issue { id category parent { id } children { id } }
          evidence { quote source { id reliability publishedAt } } } } }
      alpha: actor(id: "alpha") { id name memberOf { id } positions { id } }
      missing: actor(id: "nobody") { id } }`,
  ],
  [
    'named fragments, variables, @include and @skip',
    `query Detail($id: ID!, $withPositions: Boolean!, $noName: Boolean!, $at: DateTime) {
        actor(id: $id) { ...Head positions(asOf: $at) @include(if: $withPositions) { id value } }
      }
      fragment Head on Actor { id name @skip(if: $noName) kind capability }
      query Other { issues { id } }`,
    { id: 'alpha', withPositions: true, noName: true, at: '2025-03-01T00:00:00Z' },
  ],
  [
    'analytics with enums, nullable floats and nested objects',
    `{ divergence(a: "alpha", b: "beta") { divergence sharedIssues a { id } b { id } asOf }
      divergenceMatrix(first: 5) { totalCount edges { node { a { id } b { id } divergence } } }
      disagreementNetwork(measure: DIVERGENCE) { n measure normalization edges { key source target weight }
        nodes { id community degree betweenness } communities { id members { id } } }
      agreementZone(issue: "border") { deadlock lower upper gap parties { id } }
      issueSummary(issue: "border") { weightedMean predictedOutcome outcomeRule } }`,
  ],
  [
    'introspection',
    '{ __type(name: "Position") { name fields { name type { name kind ofType { name } } } } }',
  ],
  [
    'a bad variable',
    'query($at: DateTime!) { positions(filter: { asOf: $at }) { totalCount } }',
    { at: 'not a date' },
  ],
  ['a missing variable', 'query($id: ID!) { actor(id: $id) { id } }'],
  ['a refused argument', '{ positions(first: -1) { totalCount } }'],
  [
    'a domain error in a mutation, with the fields before it answered',
    `mutation { first: linkActors(input: { type: MEMBER_OF, from: "alpha", to: "nobody" }) { id } }`,
  ],
  [
    'a mutation given an input object variable (graphql-js runs it)',
    'mutation($input: RetirePositionInput!) { retirePosition(input: $input) { id } }',
    { input: { id: 'nothing-here' } },
  ],
];

describe('compiled GraphQL execution answers as graphql-js does', () => {
  let compiled: TestApp;
  let reference: TestApp;
  beforeAll(async () => {
    compiled = await TestApp.start({ GRAPHQL_EXECUTOR: 'compiled' });
    reference = await TestApp.start({ GRAPHQL_EXECUTOR: 'graphql-js' });
    await compiled.reset();
    await importDataset(compiled, foundationDataset());
  });
  afterAll(async () => {
    await compiled?.stop();
    await reference?.stop();
  });

  /**
   * The answer without its extensions: the request id differs by design, and the number of database
   * queries may too, as the executors call resolvers in another order and batch loads differently.
   */
  const comparable = ({ data, errors }: GraphQLResponse) => ({ data, errors });

  it('reads stored properties without a resolver, so that the compiled executor reads them inline', () => {
    const { schema } = compiled.app.get(GraphQLSchemaHost);
    const fields = (type: string) => (schema.getType(type) as GraphQLObjectType).getFields();
    const withResolver = (type: string, names: string[]) =>
      names.filter((name) => fields(type)[name].resolve !== undefined);
    // NestJS gives every field a resolver; inlinePlainFields takes the plain ones away again.
    expect(withResolver('Position', ['id', 'value', 'validFrom', 'redLine'])).toEqual([]);
    expect(withResolver('PositionEdge', ['node', 'cursor'])).toEqual([]);
    expect(withResolver('Actor', ['id', 'name', 'kind'])).toEqual([]);
    // Fields answered by resolvers of their own keep them.
    expect(withResolver('Position', ['holder', 'issue', 'evidence'])).toEqual([
      'holder',
      'issue',
      'evidence',
    ]);
    expect(withResolver('Actor', ['positions', 'memberOf'])).toEqual(['positions', 'memberOf']);
  });

  it.each(OPERATIONS)('%s', async (_name, query, variables = {}) => {
    const operationName = query.includes('query Detail') ? 'Detail' : undefined;
    const ask = async (app: TestApp) => {
      const response = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables, operationName }),
      });
      return { status: response.status, ...comparable((await response.json()) as GraphQLResponse) };
    };
    const expected = await ask(reference);
    // An operation that compares nothing would prove nothing.
    expect(expected.data ?? expected.errors).toBeTruthy();
    // Twice: the first request compiles the operation, the second runs the compiled function.
    expect(await ask(compiled)).toEqual(expected);
    expect(await ask(compiled)).toEqual(expected);
  });
});
