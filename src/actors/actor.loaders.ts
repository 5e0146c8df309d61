import { Injectable } from '@nestjs/common';
import { byKeys, GraphQLContext, groupByKeys, requestLoader } from '../common/graphql/graphql-context';
import { ActorRelation } from './actors.repository';
import { ActorsService } from './actors.service';
import { Actor } from './models/actor.model';

/** Per-request batch loaders for actors, shared by every resolver that returns actors. */
@Injectable()
export class ActorLoaders {
  constructor(private readonly actors: ActorsService) {}

  byId(context: GraphQLContext) {
    return requestLoader<string, Actor | null>(context, 'actor.byId', async (ids) =>
      byKeys(ids, await this.actors.findByIds(ids), (actor) => actor.id),
    );
  }

  related(context: GraphQLContext, type: ActorRelation, outgoing: boolean) {
    return requestLoader<string, Actor[]>(context, `actor.related.${type}.${outgoing}`, async (ids) => {
      const rows = await this.actors.related(ids, type, outgoing);
      return groupByKeys(ids, rows, (row) => row.key).map((group) => group.map((row) => row.actor));
    });
  }
}
