import { Args, Context, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor } from '../actors/models/actor.model';
import { GraphQLContext } from '../common/graphql/graphql-context';
import {
  CreateProposalInput,
  ProposalsArgs,
  RecordReactionInput,
  UpdateProposalInput,
} from './dto/proposal.inputs';
import { Proposal, Reaction } from './models/proposal.model';
import { ProposalLoaders } from './proposal.loaders';
import { ProposalsService } from './proposals.service';

@Resolver(() => Proposal)
export class ProposalsResolver {
  constructor(
    private readonly service: ProposalsService,
    private readonly loaders: ProposalLoaders,
  ) {}

  @Query(() => Proposal, { nullable: true })
  proposal(@Args('id', { type: () => ID }) id: string, @Context() context: GraphQLContext) {
    return this.loaders.byId(context).load(id);
  }

  @Query(() => [Proposal], { description: 'Proposals newest first (undated last).' })
  proposals(@Args() args: ProposalsArgs) {
    return this.service.list(args.first);
  }

  @Mutation(() => Proposal)
  createProposal(@Args('input') input: CreateProposalInput) {
    return this.service.create(input);
  }

  @Mutation(() => Proposal, { description: 'Given sponsors are added to the existing ones.' })
  updateProposal(@Args('input') input: UpdateProposalInput) {
    return this.service.update(input);
  }

  @Mutation(() => Reaction, {
    description: "Records an actor's reaction to a proposal, replacing an earlier one.",
  })
  recordReaction(@Args('input') input: RecordReactionInput) {
    return this.service.recordReaction(input);
  }

  @ResolveField(() => [Actor], { description: 'The actors who put the proposal forward.' })
  sponsors(proposal: Proposal, _args: unknown, context: GraphQLContext) {
    return this.loaders.sponsors(context).load(proposal.id);
  }

  @ResolveField(() => [Reaction])
  reactions(proposal: Proposal, _args: unknown, context: GraphQLContext) {
    return this.loaders.reactions(context).load(proposal.id);
  }
}
