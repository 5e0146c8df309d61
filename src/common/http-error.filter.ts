import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainError, ErrorCode } from './domain-error';

const STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: HttpStatus.BAD_REQUEST,
  NOT_FOUND: HttpStatus.NOT_FOUND,
  CONFLICT: HttpStatus.CONFLICT,
  UNAVAILABLE: HttpStatus.SERVICE_UNAVAILABLE,
  UNAUTHENTICATED: HttpStatus.UNAUTHORIZED,
  FORBIDDEN: HttpStatus.FORBIDDEN,
  TOO_MANY_REQUESTS: HttpStatus.TOO_MANY_REQUESTS,
  TRANSACTION_TOO_LARGE: HttpStatus.INSUFFICIENT_STORAGE,
  INTERNAL_SERVER_ERROR: HttpStatus.INTERNAL_SERVER_ERROR,
};

const CODE_OF_STATUS: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  413: 'PAYLOAD_TOO_LARGE',
  429: 'TOO_MANY_REQUESTS',
};

/**
 * Errors outside GraphQL execution (a body that is not JSON, a body too large, an export that
 * fails, a guard on a plain route) as a status and a JSON body: GraphQL-shaped on /graphql, so
 * every answer there is a well-formed GraphQL response; never a stack trace.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(error: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() === 'graphql') return error;
    const request = host.switchToHttp().getRequest<Request>();
    const response = host.switchToHttp().getResponse<Response>();
    let status: number;
    let code: string;
    let message: string;
    if (error instanceof DomainError) {
      [status, code, message] = [STATUS[error.code], error.code, error.message];
    } else {
      status =
        error instanceof HttpException
          ? error.getStatus()
          : Number((error as { status?: unknown }).status) || 500;
      code = CODE_OF_STATUS[status] ?? 'INTERNAL_SERVER_ERROR';
      message = status < 500 && error instanceof Error ? error.message : 'Internal server error';
      if (status >= 500)
        this.logger.error({ msg: 'request failed', path: request.path, error: String(error) });
    }
    if (response.headersSent) return undefined;
    const body = request.path.startsWith('/graphql')
      ? { errors: [{ message, extensions: { code } }] }
      : { code, message };
    response.status(status).json(body);
    return undefined;
  }
}
