import { Args, ObjectType, Info, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Connection } from '../common/graphql/connection';
import { GraphQLContext } from '../common/graphql/graphql-context';
import { IssueLoaders } from '../issues/issue.loaders';
import { Issue } from '../issues/models/issue.model';
import {
  AttachEvidenceInput,
  PositionHistoryArgs,
  PositionsArgs,
  RecordPositionInput,
  RetirePositionInput,
} from './dto/position.inputs';
import { Evidence, Holder, Position } from './models/position.model';
import { PositionLoaders } from './position.loaders';
import { positionSelection } from './position-selection';
import { PositionsService } from './positions.service';

@ObjectType()
class PositionConnection extends Connection(Position) {}

@Resolver(() => Position)
export class PositionsResolver {
  constructor(
    private readonly service: PositionsService,
    private readonly loaders: PositionLoaders,
    private readonly issueLoaders: IssueLoaders,
  ) {}

  @Query(() => PositionConnection, {
    description: 'Positions valid at asOf (default now), filtered and paged.',
  })
  positions(@Args() args: PositionsArgs, @Info() info: GraphQLResolveInfo) {
    return this.service.list(args, positionSelection(info, ['edges', 'node']));
  }

  @Query(() => [Position], { description: "Every version of a holder's position on an issue, oldest first." })
  positionHistory(@Args() args: PositionHistoryArgs) {
    return this.service.history(args);
  }

  @Mutation(() => Position, {
    description:
      "Records a new position; the holder's open position on the issue is closed at its validFrom.",
  })
  recordPosition(@Args('input') input: RecordPositionInput) {
    return this.service.record(input);
  }

  @Mutation(() => Position, { description: 'Ends a position without a successor.' })
  retirePosition(@Args('input') input: RetirePositionInput) {
    return this.service.retire(input);
  }

  @Mutation(() => Position, { description: 'Attaches a verbatim quote; the confidence is recomputed.' })
  attachEvidence(@Args('input') input: AttachEvidenceInput) {
    return this.service.attachEvidence(input);
  }

  // holder, issue and evidence: positions whose read brought them along (`related`) answer
  // before reaching these resolvers (answerPreloadedFirst, in the GraphQL module's set-up).
  @ResolveField(() => Holder)
  holder(position: Position, _args: unknown, context: GraphQLContext) {
    return this.loaders.holder(context).load(position.holderId);
  }

  @ResolveField(() => Issue)
  issue(position: Position, _args: unknown, context: GraphQLContext) {
    return this.issueLoaders.byId(context).load(position.issueId);
  }

  @ResolveField(() => [Evidence])
  evidence(position: Position, _args: unknown, context: GraphQLContext) {
    return this.loaders.evidence(context).load(position.id);
  }
}
