import {
  Args,
  ObjectType,
  Context,
  ID,
  Info,
  Mutation,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Connection } from '../common/graphql/connection';
import { GraphQLContext } from '../common/graphql/graphql-context';
import { PositionLoaders } from '../positions/position.loaders';
import { ActorLoaders } from './actor.loaders';
import { ActorsService } from './actors.service';
import { ActorsArgs, CreateActorInput, LinkActorsInput, UpdateActorInput } from './dto/actor.inputs';
import { Actor } from './models/actor.model';

@ObjectType()
class ActorConnection extends Connection(Actor) {}

@Resolver(() => Actor)
export class ActorsResolver {
  constructor(
    private readonly service: ActorsService,
    private readonly loaders: ActorLoaders,
    private readonly positionLoaders: PositionLoaders,
  ) {}

  @Query(() => Actor, { nullable: true })
  async actor(
    @Args('id', { type: () => ID }) id: string,
    @Context() context: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Actor | null> {
    // With its positions in one read when the query shows them (the floor's shape for this question).
    const holder = await this.positionLoaders.holderWithPositions(context, info, id);
    if (holder) return holder.holderType === 'Actor' ? (holder as Actor) : null;
    return this.loaders.byId(context).load(id);
  }

  @Query(() => ActorConnection)
  actors(@Args() args: ActorsArgs) {
    return this.service.list(args);
  }

  @Mutation(() => Actor)
  createActor(@Args('input') input: CreateActorInput) {
    return this.service.create(input);
  }

  @Mutation(() => Actor)
  updateActor(@Args('input') input: UpdateActorInput) {
    return this.service.update(input);
  }

  @Mutation(() => Actor, { description: 'Adds a MEMBER_OF or REPRESENTS link; returns the `from` actor.' })
  linkActors(@Args('input') input: LinkActorsInput) {
    return this.service.link(input);
  }

  @ResolveField(() => [Actor], { description: 'Blocs and organizations this actor is a member of.' })
  memberOf(actor: Actor, _args: unknown, context: GraphQLContext) {
    return this.loaders.related(context, 'MEMBER_OF', true).load(actor.id);
  }

  @ResolveField(() => [Actor])
  members(actor: Actor, _args: unknown, context: GraphQLContext) {
    return this.loaders.related(context, 'MEMBER_OF', false).load(actor.id);
  }

  @ResolveField(() => [Actor], { description: 'Actors this actor speaks for.' })
  represents(actor: Actor, _args: unknown, context: GraphQLContext) {
    return this.loaders.related(context, 'REPRESENTS', true).load(actor.id);
  }

  @ResolveField(() => [Actor], { description: 'Actors who speak for this actor.' })
  representedBy(actor: Actor, _args: unknown, context: GraphQLContext) {
    return this.loaders.related(context, 'REPRESENTS', false).load(actor.id);
  }
}
