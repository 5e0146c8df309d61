import { IntrinsicException } from '@nestjs/common';

/** The error codes clients see in GraphQL `extensions.code`, and nothing else. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'UNAVAILABLE'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'TOO_MANY_REQUESTS'
  | 'TRANSACTION_TOO_LARGE'
  | 'INTERNAL_SERVER_ERROR';

export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * The one exception type of the domain: services throw it, the GraphQL layer maps its code to
 * `extensions.code`, and the CLIs print its message as one line. It extends Nest's
 * IntrinsicException so that expected refusals are not logged as server errors.
 */
export class DomainError extends IntrinsicException {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    readonly problems: FieldProblem[] = [],
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static badInput(field: string, message: string): DomainError {
    return new DomainError('BAD_USER_INPUT', `${field}: ${message}`, field, [{ field, message }]);
  }

  static invalid(problems: FieldProblem[]): DomainError {
    const summary = problems.map((p) => `${p.field}: ${p.message}`).join('; ');
    return new DomainError('BAD_USER_INPUT', summary, problems[0]?.field, problems);
  }

  static notFound(kind: string, id: string, field = 'id'): DomainError {
    return new DomainError('NOT_FOUND', `${kind} "${id}" does not exist`, field);
  }

  static conflict(message: string, field?: string): DomainError {
    return new DomainError('CONFLICT', message, field);
  }

  static unauthenticated(message: string): DomainError {
    return new DomainError('UNAUTHENTICATED', message);
  }

  static forbidden(message: string): DomainError {
    return new DomainError('FORBIDDEN', message);
  }

  static unavailable(message: string): DomainError {
    return new DomainError('UNAVAILABLE', message);
  }
}

/** Runs a create and words a uniqueness violation for the client: "an actor with id ... exists". */
export async function withConflictMessage<T>(work: Promise<T>, message: string, field = 'id'): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof DomainError && error.code === 'CONFLICT') throw DomainError.conflict(message, field);
    throw error;
  }
}
