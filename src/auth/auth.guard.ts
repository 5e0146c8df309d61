import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import type { GraphQLResolveInfo } from 'graphql';
import { currentRequestContext } from '../common/request-context';
import { ApiKeysService } from './api-keys.service';
import { PUBLIC_ROUTE } from './public.decorator';
import { requireRole, Role } from './roles';

/**
 * Every GraphQL root field and HTTP route needs a key: READER for queries and exports, EDITOR
 * for mutations. Routes marked @Public() (health, the IDE and dashboard files) need none.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly keys: ApiKeysService,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    let request: Request;
    let needed = Role.READER;
    if (context.getType<GqlContextType>() === 'graphql') {
      const gql = GqlExecutionContext.create(context);
      request = gql.getContext<{ req: Request }>().req;
      const info = gql.getInfo<GraphQLResolveInfo>();
      if (info.operation.operation === 'mutation') needed = Role.EDITOR;
      const requestContext = currentRequestContext();
      if (requestContext) requestContext.operation = info.fieldName;
    } else {
      if (
        this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, [context.getHandler(), context.getClass()])
      ) {
        return true;
      }
      request = context.switchToHttp().getRequest<Request>();
    }
    const principal = await this.keys.authenticate(request.header('authorization'));
    const requestContext = currentRequestContext();
    if (requestContext) requestContext.principal = principal;
    requireRole(principal, needed);
    return true;
  }
}
