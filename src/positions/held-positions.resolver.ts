import { Args, Context, Info, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Actor } from '../actors/models/actor.model';
import { GraphQLContext } from '../common/graphql/graphql-context';
import { Issue } from '../issues/models/issue.model';
import { Proposal } from '../proposals/models/proposal.model';
import { HeldPositionsArgs } from './dto/position.inputs';
import { Position } from './models/position.model';
import { PositionLoaders } from './position.loaders';
import { positionSelection } from './position-selection';

const POSITIONS_AT = { description: 'Positions valid at asOf (default now), optionally on one issue.' };

/** `positions` on the types that hold or gather positions, batched per request. */
@Resolver(() => Actor)
export class ActorPositionsResolver {
  constructor(private readonly loaders: PositionLoaders) {}

  @ResolveField(() => [Position], POSITIONS_AT)
  positions(
    @Parent() actor: Actor,
    @Args() args: HeldPositionsArgs,
    @Context() context: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const selection = positionSelection(info);
    return this.loaders.byHolder(context, args.asOf, args.issue ?? null, selection).load(actor.id);
  }
}

@Resolver(() => Proposal)
export class ProposalPositionsResolver {
  constructor(private readonly loaders: PositionLoaders) {}

  @ResolveField(() => [Position], { description: "The proposal's terms valid at asOf." })
  positions(
    @Parent() proposal: Proposal,
    @Args() args: HeldPositionsArgs,
    @Context() context: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const selection = positionSelection(info);
    return this.loaders.byHolder(context, args.asOf, args.issue ?? null, selection).load(proposal.id);
  }
}

@Resolver(() => Issue)
export class IssuePositionsResolver {
  constructor(private readonly loaders: PositionLoaders) {}

  @ResolveField(() => [Position], { description: 'Every holder’s position on this issue valid at asOf.' })
  positions(
    @Parent() issue: Issue,
    @Args() args: HeldPositionsArgs,
    @Context() context: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.loaders.byIssue(context, args.asOf, positionSelection(info)).load(issue.id);
  }
}
