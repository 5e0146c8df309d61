import { GraphQLRequestContextDidResolveOperation, GraphQLRequestListener } from '@apollo/server';
import { buildSchema, GraphQLError, parse } from 'graphql';
import { costVariables, queryLimitsPlugin } from './query-limits.plugin';

const schema = buildSchema(`
  type Actor { id: ID! name: String positions(first: Int): [Position!]! }
  type Position { id: ID! value: Float }
  type Query { actors(first: Int, after: String, kind: String): [Actor!]! }
`);

/** The plugin's verdict on one request: the refusal's code and cost, or null when let through. */
async function verdict(
  plugin: ReturnType<typeof queryLimitsPlugin>,
  query: ReturnType<typeof parse>,
  variables: Record<string, unknown>,
) {
  const listener = (await plugin.requestDidStart!({} as never)) as GraphQLRequestListener<object>;
  const context = { request: { variables }, document: query, schema, operationName: null };
  try {
    await listener.didResolveOperation!(
      context as unknown as GraphQLRequestContextDidResolveOperation<object>,
    );
    return null;
  } catch (error) {
    const { code, complexity } = (error as GraphQLError).extensions;
    return { code, complexity };
  }
}

describe('the query limits plugin', () => {
  const query = parse(`
    query ($first: Int, $inner: Int, $after: String, $kind: String, $withPositions: Boolean!) {
      actors(first: $first, after: $after, kind: $kind) {
        id
        positions(first: $inner) @include(if: $withPositions) { id value }
      }
    }`);

  it('knows which variables the cost depends on: page sizes and directives, not ids or cursors', () => {
    expect(costVariables(query)).toEqual(['first', 'inner', 'withPositions']);
  });

  it('prices each request by its own page sizes, whatever it computed for the same query before', async () => {
    // Cost (pageAwareEstimator): actors = 1 + first × (id 1 + positions (1 + inner × 2)).
    const plugin = queryLimitsPlugin({ maxDepth: 10, maxComplexity: 500 });
    const base = { after: 'a', kind: 'STATE', withPositions: true };
    expect(await verdict(plugin, query, { ...base, first: 10, inner: 10 })).toBeNull(); // 1 + 10 × 22 = 221
    // 1 + 20 × 22 = 441, then the same page sizes after another cursor: both let through.
    expect(await verdict(plugin, query, { ...base, first: 20, inner: 10 })).toBeNull();
    expect(await verdict(plugin, query, { ...base, after: 'b', first: 20, inner: 10 })).toBeNull();
    // 1 + 20 × (1 + 1 + 20 × 2) = 841: refused, though a cheaper request of the same text came first.
    expect(await verdict(plugin, query, { ...base, first: 20, inner: 20 })).toEqual({
      code: 'QUERY_TOO_COMPLEX',
      complexity: 841,
    });
    // Without the positions (@include false): 1 + 20 × 1 = 21.
    expect(await verdict(plugin, query, { ...base, withPositions: false, first: 20, inner: 20 })).toBeNull();
  });
});
