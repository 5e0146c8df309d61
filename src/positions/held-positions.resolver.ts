import { Args, Context, Info, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo, GraphQLSchema } from 'graphql';
import { Actor } from '../actors/models/actor.model';
import { DirectField, resolveDirectly } from '../common/graphql/direct-fields';
import { GraphQLContext } from '../common/graphql/graphql-context';
import { Issue } from '../issues/models/issue.model';
import { Proposal } from '../proposals/models/proposal.model';
import { HeldPositionsArgs } from './dto/position.inputs';
import { Position } from './models/position.model';
import { PositionLoaders } from './position.loaders';
import { positionSelection } from './position-selection';

const POSITIONS_AT = { description: 'Positions valid at asOf (default now), optionally on one issue.' };

/** The loader of a holder's positions for these arguments and the selection below the field. */
function holderPositions(
  loaders: PositionLoaders,
  args: HeldPositionsArgs,
  context: object,
  info: GraphQLResolveInfo,
) {
  return loaders.byHolder(context as GraphQLContext, args.asOf, args.issue ?? null, positionSelection(info));
}

/** The loader of an issue's positions for these arguments and the selection below the field. */
function issuePositions(
  loaders: PositionLoaders,
  args: HeldPositionsArgs,
  context: object,
  info: GraphQLResolveInfo,
) {
  return loaders.byIssue(context as GraphQLContext, args.asOf, positionSelection(info));
}

/**
 * `positions` of actors, proposals and issues answered directly (resolveDirectly), its loader made
 * once per request and field of the query: lists of hundreds of actors ask for it. The resolvers
 * below declare the fields (and answer the same way when called through NestJS).
 */
export function resolveHeldPositionsDirectly(schema: GraphQLSchema, loaders: PositionLoaders): GraphQLSchema {
  const byHolder: DirectField<HeldPositionsArgs, ReturnType<typeof holderPositions>> = {
    args: HeldPositionsArgs,
    prepare: (args, context, info) => holderPositions(loaders, args, context, info),
    resolve: (holder: { id: string }, loader) => loader.load(holder.id),
  };
  resolveDirectly(schema, 'Actor', 'positions', byHolder);
  resolveDirectly(schema, 'Proposal', 'positions', byHolder);
  return resolveDirectly(schema, 'Issue', 'positions', {
    args: HeldPositionsArgs,
    prepare: (args, context, info) => issuePositions(loaders, args, context, info),
    resolve: (issue: { id: string }, loader) => loader.load(issue.id),
  });
}

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
    return holderPositions(this.loaders, args, context, info).load(actor.id);
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
    return holderPositions(this.loaders, args, context, info).load(proposal.id);
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
    return issuePositions(this.loaders, args, context, info).load(issue.id);
  }
}
