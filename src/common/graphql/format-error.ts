import { HttpException } from '@nestjs/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { DomainError, ErrorCode } from '../domain-error';

const PASSED_THROUGH: ReadonlySet<string> = new Set([
  'BAD_USER_INPUT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  'NOT_FOUND',
  'CONFLICT',
  'UNAVAILABLE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'TOO_MANY_REQUESTS',
  'TRANSACTION_TOO_LARGE',
  'QUERY_TOO_DEEP',
  'QUERY_TOO_COMPLEX',
]);

function originalOf(error: unknown): unknown {
  const inner = (error as { originalError?: unknown } | null)?.originalError;
  return inner ? originalOf(inner) : error;
}

/**
 * The one mapping from errors to what clients see: domain errors keep their code and field,
 * everything unexpected becomes INTERNAL_SERVER_ERROR with no stack trace or internals.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = originalOf(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (original instanceof DomainError) {
    const code: ErrorCode = original.code;
    const extensions: Record<string, unknown> = { code };
    if (original.field) extensions.field = original.field;
    if (original.problems.length > 0) extensions.problems = original.problems;
    return { ...base, message: original.message, extensions };
  }
  // A scalar that refused a literal (e.g. a malformed DateTime) is bad input, not a malformed query.
  if (original instanceof GraphQLError && original.extensions.code === 'BAD_USER_INPUT') {
    const field = original.extensions.field;
    return { ...base, extensions: { code: 'BAD_USER_INPUT', ...(field ? { field } : {}) } };
  }
  if (original instanceof HttpException) {
    return { ...base, message: original.message, extensions: { code: 'BAD_USER_INPUT' } };
  }
  const code = String(formatted.extensions?.code ?? '');
  if (PASSED_THROUGH.has(code)) return { ...base, extensions: { ...formatted.extensions, code } };
  return { ...base, message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
