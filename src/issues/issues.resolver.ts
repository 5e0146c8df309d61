import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLContext } from '../common/graphql/graphql-context';
import { CreateIssueInput, IssuesArgs, PositionCountArgs, UpdateIssueInput } from './dto/issue.inputs';
import { IssueLoaders } from './issue.loaders';
import { IssuesService } from './issues.service';
import { Issue } from './models/issue.model';

/**
 * The count an issue read brought (issues(orderBy: POSITION_COUNT)), when positionCount is asked
 * without asOf; undefined otherwise. The GraphQL module answers it before this resolver
 * (answerFromSourceFirst), so that a list of hundreds of issues does not go through the resolver
 * pipeline once per issue.
 */
export function preloadedPositionCount(issue: unknown, args: { asOf?: unknown }): number | undefined {
  return args.asOf === undefined ? (issue as Issue).positionCount : undefined;
}

@Resolver(() => Issue)
export class IssuesResolver {
  constructor(
    private readonly service: IssuesService,
    private readonly loaders: IssueLoaders,
  ) {}

  @Query(() => Issue, { nullable: true })
  issue(@Args('id', { type: () => ID }) id: string, @Context() context: GraphQLContext) {
    return this.loaders.byId(context).load(id);
  }

  @Query(() => [Issue], {
    description: 'Issues ordered by id or by their number of positions; filter by category, or roots only.',
  })
  issues(@Args() args: IssuesArgs) {
    return this.service.list(args);
  }

  @Mutation(() => Issue)
  createIssue(@Args('input') input: CreateIssueInput) {
    return this.service.create(input);
  }

  @Mutation(() => Issue)
  updateIssue(@Args('input') input: UpdateIssueInput) {
    return this.service.update(input);
  }

  @ResolveField(() => Issue, { nullable: true, description: 'The broader issue this one is part of.' })
  parent(issue: Issue, _args: unknown, context: GraphQLContext) {
    return issue.parentId ? this.loaders.byId(context).load(issue.parentId) : null;
  }

  @ResolveField(() => Int, {
    description:
      'How many positions on this issue are valid at asOf (default now; in `issues(orderBy: POSITION_COUNT)` without asOf: the count the list was ordered by).',
  })
  positionCount(@Parent() issue: Issue, @Args() args: PositionCountArgs, @Context() context: GraphQLContext) {
    return (
      preloadedPositionCount(issue, args) ?? this.loaders.positionCount(context, args.asOf).load(issue.id)
    );
  }

  @ResolveField(() => [Issue])
  children(issue: Issue, _args: unknown, context: GraphQLContext) {
    return this.loaders.children(context).load(issue.id);
  }
}
