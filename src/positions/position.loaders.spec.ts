import { buildSchema, execute, GraphQLResolveInfo, parse } from 'graphql';
import { GraphQLContext } from '../common/graphql/graphql-context';
import { PositionLoaders } from './position.loaders';
import { PositionSelection } from './position-selection';
import { PositionsService } from './positions.service';

describe('PositionLoaders.prefetchForHolder', () => {
  const schema = buildSchema(`
    type Issue { name: String }
    type Position { id: ID, value: Float, issue: Issue }
    type Actor { id: ID, positions(asOf: String): [Position] }
    type Query { actor(id: ID): Actor }
  `);

  /** Runs `query`, whose `actor` resolver prefetches; returns the reads the loaders started. */
  async function prefetched(query: string) {
    const reads: { ids: readonly string[]; selection: PositionSelection }[] = [];
    const service = {
      byHolders: async (
        ids: readonly string[],
        _asOf: unknown,
        _issue: unknown,
        selection: PositionSelection,
      ) => {
        reads.push({ ids, selection });
        return [];
      },
    } as unknown as PositionsService;
    const loaders = new PositionLoaders(service);
    const context = { loaders: new Map() } as unknown as GraphQLContext;
    const rootValue = {
      actor: ({ id }: { id: string }, ctx: GraphQLContext, info: GraphQLResolveInfo) => {
        loaders.prefetchForHolder(ctx, info, id);
        return null;
      },
    };
    await execute({ schema, document: parse(query), rootValue, contextValue: context });
    await new Promise((resolve) => setImmediate(resolve));
    return reads;
  }

  it('starts reading the positions the query shows, with their selection, alongside the actor', async () => {
    expect(await prefetched('{ actor(id: "a") { id positions { value issue { name } } } }')).toEqual([
      {
        ids: ['a'],
        selection: {
          fields: ['value'],
          holder: false,
          issue: true,
          evidence: false,
          holderFields: null,
          issueFields: ['name'],
          sourceFields: null,
        },
      },
    ]);
  });

  it('does not guess when the positions are asked at another instant, or not at all', async () => {
    expect(await prefetched('{ actor(id: "a") { positions(asOf: "2025-01-01") { value } } }')).toEqual([]);
    expect(await prefetched('{ actor(id: "a") { id } }')).toEqual([]);
  });
});
