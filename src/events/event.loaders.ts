import { Injectable } from '@nestjs/common';
import { byKeys, GraphQLContext, groupByKeys, requestLoader } from '../common/graphql/graphql-context';
import { Source } from '../sources/models/source.model';
import { EventsService } from './events.service';
import { Event, Participation } from './models/event.model';

/** Per-request batch loaders for events and what hangs off them. */
@Injectable()
export class EventLoaders {
  constructor(private readonly events: EventsService) {}

  byId(context: GraphQLContext) {
    return requestLoader<string, Event | null>(context, 'event.byId', async (ids) =>
      byKeys(ids, await this.events.findByIds(ids), (event) => event.id),
    );
  }

  participants(context: GraphQLContext) {
    return requestLoader<string, Participation[]>(context, 'event.participants', async (ids) => {
      const rows = await this.events.participants(ids);
      return groupByKeys(ids, rows, (row) => row.key).map((group) =>
        group.map((row) => ({ actor: row.actor, role: row.role })),
      );
    });
  }

  reportedBy(context: GraphQLContext) {
    return requestLoader<string, Source[]>(context, 'event.reportedBy', async (ids) => {
      const rows = await this.events.reportedBy(ids);
      return groupByKeys(ids, rows, (row) => row.key).map((group) => group.map((row) => row.source));
    });
  }
}
