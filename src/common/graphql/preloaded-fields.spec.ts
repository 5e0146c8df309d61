import { buildSchema, execute, parse } from 'graphql';
import { answerPreloadedFirst } from './preloaded-fields';

describe('answerPreloadedFirst', () => {
  const schema = buildSchema(`
    type Holder { name: String }
    type Position { id: ID, holder: Holder }
    type Query { positions: [Position] }
  `);
  let resolverCalls = 0;
  schema.getQueryType()!.getFields().positions.resolve = () => [
    { id: 'preloaded', related: { holder: { name: 'from the read' } } },
    { id: 'lazy' },
  ];
  (schema.getType('Position') as import('graphql').GraphQLObjectType).getFields().holder.resolve = () => {
    resolverCalls += 1;
    return { name: 'from the resolver' };
  };
  answerPreloadedFirst(schema, 'Position', ['holder']);

  it('answers from `related` when the read brought the value, and calls the resolver otherwise', async () => {
    const result = await execute({ schema, document: parse('{ positions { id holder { name } } }') });
    expect(result.data).toEqual({
      positions: [
        { id: 'preloaded', holder: { name: 'from the read' } },
        { id: 'lazy', holder: { name: 'from the resolver' } },
      ],
    });
    expect(resolverCalls).toBe(1);
  });

  it('refuses a type or field the schema does not have', () => {
    expect(() => answerPreloadedFirst(schema, 'Nothing', ['holder'])).toThrow(
      'Nothing is not an object type',
    );
    expect(() => answerPreloadedFirst(schema, 'Position', ['nothing'])).toThrow('Position.nothing');
  });
});
