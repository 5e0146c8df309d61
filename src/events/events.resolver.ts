import { Args, Context, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLContext } from '../common/graphql/graphql-context';
import { Source } from '../sources/models/source.model';
import { CreateEventInput, EventsArgs, UpdateEventInput } from './dto/event.inputs';
import { EventLoaders } from './event.loaders';
import { EventsService } from './events.service';
import { Event, Participation } from './models/event.model';

@Resolver(() => Event)
export class EventsResolver {
  constructor(
    private readonly service: EventsService,
    private readonly loaders: EventLoaders,
  ) {}

  @Query(() => Event, { nullable: true })
  event(@Args('id', { type: () => ID }) id: string, @Context() context: GraphQLContext) {
    return this.loaders.byId(context).load(id);
  }

  @Query(() => [Event], {
    description: 'Events oldest first, optionally in a date window or with one actor.',
  })
  events(@Args() args: EventsArgs) {
    return this.service.list(args);
  }

  @Mutation(() => Event)
  createEvent(@Args('input') input: CreateEventInput) {
    return this.service.create(input);
  }

  @Mutation(() => Event, { description: 'Given participants and sources are added to the existing ones.' })
  updateEvent(@Args('input') input: UpdateEventInput) {
    return this.service.update(input);
  }

  @ResolveField(() => [Participation])
  participants(event: Event, _args: unknown, context: GraphQLContext) {
    return this.loaders.participants(context).load(event.id);
  }

  @ResolveField(() => [Source], { description: 'The sources that report this event.' })
  reportedBy(event: Event, _args: unknown, context: GraphQLContext) {
    return this.loaders.reportedBy(context).load(event.id);
  }
}
