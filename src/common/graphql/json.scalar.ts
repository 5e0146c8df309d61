import { GraphQLError, GraphQLScalarType, valueFromASTUntyped } from 'graphql';
import { BAD_INPUT_EXTENSIONS as BAD_INPUT } from './bad-input';

/** An arbitrary JSON object, e.g. a whole dataset passed as a variable. */
export const JSONObjectScalar = new GraphQLScalarType<Record<string, unknown>, Record<string, unknown>>({
  name: 'JSONObject',
  description: 'A JSON object.',
  serialize: (value) => value as Record<string, unknown>,
  parseValue: (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new GraphQLError('JSONObject must be an object', { extensions: BAD_INPUT });
    }
    return value as Record<string, unknown>;
  },
  parseLiteral: (ast, variables) => {
    const value: unknown = valueFromASTUntyped(ast, variables);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new GraphQLError('JSONObject must be an object', { extensions: BAD_INPUT });
    }
    return value as Record<string, unknown>;
  },
});
