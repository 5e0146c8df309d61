import { ExecutionContext, Injectable } from '@nestjs/common';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { DomainError } from '../common/domain-error';
import { currentRequestContext } from '../common/request-context';

/**
 * Rate limiting per API key (per address when the server runs open), for GraphQL root fields
 * and HTTP routes alike; runs after the AuthGuard, which names the key.
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override getRequestResponse(context: ExecutionContext): { req: Request; res: Response } {
    if (context.getType<GqlContextType>() === 'graphql') {
      const req = GqlExecutionContext.create(context).getContext<{ req: Request }>().req;
      return { req, res: req.res as Response };
    }
    return super.getRequestResponse(context) as { req: Request; res: Response };
  }

  protected override async getTracker(req: Record<string, unknown>): Promise<string> {
    const principal = currentRequestContext()?.principal;
    if (principal && principal.name !== 'local (no keys)') return `key:${principal.name}`;
    return `address:${String((req as unknown as Request).ip)}`;
  }

  protected override async throwThrottlingException(): Promise<void> {
    throw new DomainError(
      'TOO_MANY_REQUESTS',
      'too many requests for this key: slow down and retry in a minute',
    );
  }
}
