import { buildSchema, execute, parse } from 'graphql';
import { answerFromSourceFirst, answerPreloadedFirst } from './preloaded-fields';

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

describe('answerFromSourceFirst', () => {
  const schema = buildSchema(`
    type Issue { id: ID, positionCount(asOf: String): Int }
    type Query { issues: [Issue] }
  `);
  const calls: unknown[] = [];
  schema.getQueryType()!.getFields().issues.resolve = () => [
    { id: 'counted', positionCount: 7 },
    { id: 'bare' },
  ];
  (schema.getType('Issue') as import('graphql').GraphQLObjectType).getFields().positionCount.resolve = (
    _source,
    args,
  ) => {
    calls.push(args);
    return 99;
  };
  answerFromSourceFirst(schema, 'Issue', 'positionCount', (source, args) =>
    args.asOf === undefined ? (source as { positionCount?: number }).positionCount : undefined,
  );

  it('answers from the object when `preloaded` finds the value for these arguments', async () => {
    calls.length = 0;
    const result = await execute({ schema, document: parse('{ issues { id positionCount } }') });
    expect(result.data).toEqual({
      issues: [
        { id: 'counted', positionCount: 7 },
        { id: 'bare', positionCount: 99 },
      ],
    });
    expect(calls).toEqual([{}]);
  });

  it('calls the resolver when the arguments ask for something else', async () => {
    calls.length = 0;
    const result = await execute({
      schema,
      document: parse('{ issues { positionCount(asOf: "2025-01-01") } }'),
    });
    expect(result.data).toEqual({ issues: [{ positionCount: 99 }, { positionCount: 99 }] });
    expect(calls).toHaveLength(2);
  });
});
