import { Injectable } from '@nestjs/common';
import { ActorLoaders } from '../actors/actor.loaders';
import { Actor } from '../actors/models/actor.model';
import { byKeys, GraphQLContext, requestLoader } from '../common/graphql/graphql-context';
import { IssueLoaders } from '../issues/issue.loaders';
import { Issue } from '../issues/models/issue.model';
import { Position } from '../positions/models/position.model';
import { PositionsService } from '../positions/positions.service';

/** Keeps the found values of a loadMany, rethrowing a failed batch. */
function found<V>(values: (V | null | Error)[]): V[] {
  const failure = values.find((value): value is Error => value instanceof Error);
  if (failure) throw failure;
  return values.filter((value): value is V => value !== null);
}

/**
 * How divergence results reach actors, issues and positions: by id, through per-request batch
 * loaders, so a whole matrix page or network costs one query per kind of object.
 */
@Injectable()
export class DivergenceLoaders {
  constructor(
    private readonly actorLoaders: ActorLoaders,
    private readonly issueLoaders: IssueLoaders,
    private readonly positions: PositionsService,
  ) {}

  actor(context: GraphQLContext, id: string | null): Promise<Actor | null> {
    return id === null ? Promise.resolve(null) : this.actorLoaders.byId(context).load(id);
  }

  async actors(context: GraphQLContext, ids: readonly string[]): Promise<Actor[]> {
    return found(await this.actorLoaders.byId(context).loadMany(ids));
  }

  issue(context: GraphQLContext, id: string | null): Promise<Issue | null> {
    return id === null ? Promise.resolve(null) : this.issueLoaders.byId(context).load(id);
  }

  async issues(context: GraphQLContext, ids: readonly string[]): Promise<Issue[]> {
    return found(await this.issueLoaders.byId(context).loadMany(ids));
  }

  position(context: GraphQLContext, id: string): Promise<Position | null> {
    return this.positionLoader(context).load(id);
  }

  async positionsByIds(context: GraphQLContext, ids: readonly string[]): Promise<Position[]> {
    return found(await this.positionLoader(context).loadMany(ids));
  }

  private positionLoader(context: GraphQLContext) {
    return requestLoader<string, Position | null>(context, 'divergence.positionById', async (ids) =>
      byKeys(ids, await this.positions.findByIds(ids), (position) => position.id),
    );
  }
}
