import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { BAD_INPUT_EXTENSIONS as BAD_INPUT } from './bad-input';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

function parse(value: unknown): Date {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) {
    throw new GraphQLError(
      `DateTime must be an ISO 8601 date or date-time string, got ${JSON.stringify(value)}`,
      {
        extensions: BAD_INPUT,
      },
    );
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    throw new GraphQLError(`DateTime "${value}" is not a real date`, {
      extensions: BAD_INPUT,
    });
  }
  return date;
}

/** ISO 8601 date-times; unlike a plain Date cast, malformed input is refused, never an Invalid Date. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description:
    'An ISO 8601 date-time in UTC, such as 2025-12-02T18:00:00Z (a date alone means its midnight UTC).',
  serialize: (value) => {
    if (value instanceof Date) return value.toISOString();
    if (typeof value === 'string') return new Date(value).toISOString();
    throw new GraphQLError('DateTime cannot represent a non-date value');
  },
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError('DateTime must be given as a string', {
        extensions: BAD_INPUT,
      });
    }
    return parse(ast.value);
  },
});
