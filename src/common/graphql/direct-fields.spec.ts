import { IsOptional, Min } from 'class-validator';
import { buildSchema, execute, parse } from 'graphql';
import { resolveDirectly } from './direct-fields';

class ScoreArgs {
  @IsOptional() @Min(1) scale?: number;
}

/** A list of teams, each with a score that takes an argument: the shape of `actors { positions(issue:) }`. */
function schemaWithCounters() {
  const schema = buildSchema(`
    type Team { id: ID!, score(scale: Int): Int }
    type Query { teams: [Team!]! }
  `);
  schema.getQueryType()!.getFields().teams.resolve = () => [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
  const prepared: { args: ScoreArgs; context: object }[] = [];
  resolveDirectly(schema, 'Team', 'score', {
    args: ScoreArgs,
    prepare: (args, context) => {
      prepared.push({ args, context });
      return args.scale ?? 1;
    },
    resolve: (team: { id: string }, scale) => scale * team.id.charCodeAt(0),
  });
  return { schema, prepared };
}

describe('resolveDirectly', () => {
  it('checks the arguments and makes the plan once per request and field, then answers every item', async () => {
    const { schema, prepared } = schemaWithCounters();
    const context = {};
    const result = await execute({
      schema,
      document: parse('{ teams { id plain: score tripled: score(scale: 3) } }'),
      contextValue: context,
    });
    expect(result.errors).toBeUndefined();
    // 'a' is 97: plain (scale 1) and tripled (scale 3) for each of the three teams.
    expect(result.data).toEqual({
      teams: [
        { id: 'a', plain: 97, tripled: 291 },
        { id: 'b', plain: 98, tripled: 294 },
        { id: 'c', plain: 99, tripled: 297 },
      ],
    });
    // One plan per field node (two aliases), not one per team; arguments as instances of their class.
    expect(prepared.map(({ args }) => args.scale)).toEqual([undefined, 3]);
    expect(prepared.every(({ args, context: seen }) => args instanceof ScoreArgs && seen === context)).toBe(
      true,
    );
  });

  it('makes a new plan for each request, from its own variables', async () => {
    const { schema, prepared } = schemaWithCounters();
    const document = parse('query Q($scale: Int) { teams { score(scale: $scale) } }');
    for (const scale of [2, 5]) {
      const result = await execute({ schema, document, contextValue: {}, variableValues: { scale } });
      expect(result.data).toEqual({
        teams: [{ score: 97 * scale }, { score: 98 * scale }, { score: 99 * scale }],
      });
    }
    expect(prepared.map(({ args }) => args.scale)).toEqual([2, 5]);
  });

  it('refuses arguments that break their rules with BAD_USER_INPUT, before any plan', async () => {
    const { schema, prepared } = schemaWithCounters();
    const result = await execute({
      schema,
      document: parse('{ teams { score(scale: 0) } }'),
      contextValue: {},
    });
    // Each team's score fails alone (the field is nullable), as through NestJS's pipe.
    expect(result.data).toEqual({ teams: [{ score: null }, { score: null }, { score: null }] });
    expect(result.errors).toHaveLength(3);
    for (const error of result.errors ?? []) {
      expect(error.originalError).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(error.message).toMatch(/scale/);
    }
    expect(prepared).toEqual([]);
  });

  it('names a type or field the schema lacks', () => {
    const { schema } = schemaWithCounters();
    const field = { args: ScoreArgs, prepare: () => 1, resolve: () => 1 };
    expect(() => resolveDirectly(schema, 'Nope', 'score', field)).toThrow('Nope is not an object type');
    expect(() => resolveDirectly(schema, 'Team', 'nope', field)).toThrow('Team.nope is not a field');
  });
});
