import { buildSchema, execute, GraphQLResolveInfo, parse } from 'graphql';
import { GraphQLContext } from '../common/graphql/graphql-context';
import { PositionLoaders } from './position.loaders';
import { PositionSelection } from './position-selection';
import { PositionsService } from './positions.service';

describe('PositionLoaders.holderWithPositions', () => {
  const schema = buildSchema(`
    type Issue { name: String }
    type Position { id: ID, value: Float, issue: Issue }
    type Actor { id: ID, name: String, kind: String, memberOf: [Actor], positions(asOf: String): [Position] }
    type Query { actor(id: ID): Actor }
  `);

  /** Runs `query`, whose `actor` resolver reads the holder with its positions; returns the reads. */
  async function prefetched(query: string) {
    const reads: { ids: readonly string[]; selection: PositionSelection }[] = [];
    const service = {
      holderWithPositions: async (id: string, selection: PositionSelection) => {
        reads.push({ ids: [id], selection });
        return { holder: null, positions: [] };
      },
    } as unknown as PositionsService;
    const loaders = new PositionLoaders(service);
    const context = { loaders: new Map() } as unknown as GraphQLContext;
    const rootValue = {
      actor: ({ id }: { id: string }, ctx: GraphQLContext, info: GraphQLResolveInfo) => {
        return loaders.holderWithPositions(ctx, info, id);
      },
    };
    await execute({ schema, document: parse(query), rootValue, contextValue: context });
    await new Promise((resolve) => setImmediate(resolve));
    return reads;
  }

  it('reads the positions the query shows, with their selection, with the actor', async () => {
    expect(await prefetched('{ actor(id: "a") { id positions { value issue { name } } } }')).toEqual([
      {
        ids: ['a'],
        // Each row brings its holder: here only its id (a column), as nothing else of it is shown.
        selection: {
          fields: ['value'],
          holder: true,
          issue: true,
          evidence: false,
          holderFields: [],
          issueFields: ['name'],
          sourceFields: null,
        },
      },
    ]);
  });

  it("reads the actor's shown properties with its positions, whole when it shows a relation", async () => {
    const holderFields = async (query: string) => (await prefetched(query))[0].selection.holderFields;
    expect(await holderFields('{ actor(id: "a") { kind name positions { value } } }')).toEqual([
      'name',
      'kind',
    ]);
    expect(await holderFields('{ actor(id: "a") { name memberOf { id } positions { value } } }')).toBeNull();
  });

  it('does not guess when the positions are asked at another instant, or not at all', async () => {
    expect(await prefetched('{ actor(id: "a") { positions(asOf: "2025-01-01") { value } } }')).toEqual([]);
    expect(await prefetched('{ actor(id: "a") { id } }')).toEqual([]);
  });
});
