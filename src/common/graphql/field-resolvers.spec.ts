import { GqlParamtype } from '@nestjs/graphql/dist/enums/gql-paramtype.enum.js';
import { PARAM_ARGS_METADATA, RESOLVER_PROPERTY_METADATA } from '@nestjs/graphql/dist/graphql.constants.js';
import { sourceExports } from '../../../test/support/source-exports';

type ResolverClass = { prototype: Record<string, unknown> };

/** Every field resolver method of the API, as `Class.method`, with its decorated parameters. */
function fieldResolvers(): { name: string; parameterTypes: number[] }[] {
  const classes = sourceExports(/@ResolveField\(/).filter(
    (value): value is ResolverClass => typeof value === 'function',
  );
  return classes.flatMap((resolver) =>
    Object.getOwnPropertyNames(resolver.prototype)
      .filter(
        (key) => Reflect.getMetadata(RESOLVER_PROPERTY_METADATA, resolver.prototype[key] as object) === true,
      )
      .map((key) => {
        const parameters = (Reflect.getMetadata(PARAM_ARGS_METADATA, resolver, key) ?? {}) as Record<
          string,
          unknown
        >;
        return {
          name: `${(resolver as unknown as { name: string }).name}.${key}`,
          parameterTypes: Object.keys(parameters).map((entry) => Number(entry.split(':')[0])),
        };
      }),
  );
}

describe('field resolvers', () => {
  const resolvers = fieldResolvers();

  it('are found across the API', () => {
    expect(resolvers.length).toBeGreaterThan(40);
  });

  // A field resolver without parameter decorators is called by NestJS directly with GraphQL's
  // (parent, args, context, info); with them it goes through the per-call pipeline (parameter
  // factories, pipes, promises): about 20 µs for each item of a list, 10 ms for memberOf of 500
  // actors. Only resolvers with arguments to validate need the pipeline.
  it('take no parameter decorators unless they have arguments to validate', () => {
    const piped = resolvers.filter(
      ({ parameterTypes }) => parameterTypes.length > 0 && !parameterTypes.includes(GqlParamtype.ARGS),
    );
    expect(piped.map(({ name }) => name)).toEqual([]);
    expect(resolvers.some(({ parameterTypes }) => parameterTypes.includes(GqlParamtype.ARGS))).toBe(true);
  });
});
