import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type DataLoader from 'dataloader';
import type { GraphQLSchema } from 'graphql';
import { resolveDirectly } from '../common/graphql/direct-fields';
import { GraphQLContext } from '../common/graphql/graphql-context';
import { CreateIssueInput, IssuesArgs, PositionCountArgs, UpdateIssueInput } from './dto/issue.inputs';
import { IssueLoaders } from './issue.loaders';
import { IssuesService } from './issues.service';
import { Issue } from './models/issue.model';

/**
 * An issue's positionCount: the count its read brought (issues(orderBy: POSITION_COUNT)) when asked
 * without asOf, else from `loader`.
 */
function positionCountOf(issue: Issue, args: PositionCountArgs, loader: DataLoader<string, number>) {
  return args.asOf === undefined && issue.positionCount !== undefined
    ? issue.positionCount
    : loader.load(issue.id);
}

/**
 * `Issue.positionCount` answered directly (resolveDirectly): from the count the list brought, else
 * through its loader made once per request and field, so that a list of hundreds of issues does
 * not go through the resolver pipeline once per issue. The resolver below declares the field.
 */
export function resolvePositionCountDirectly(schema: GraphQLSchema, loaders: IssueLoaders): GraphQLSchema {
  return resolveDirectly(schema, 'Issue', 'positionCount', {
    args: PositionCountArgs,
    prepare: (args, context) => ({
      args,
      loader: loaders.positionCount(context as GraphQLContext, args.asOf),
    }),
    resolve: (issue: Issue, { args, loader }) => positionCountOf(issue, args, loader),
  });
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
    return positionCountOf(issue, args, this.loaders.positionCount(context, args.asOf));
  }

  @ResolveField(() => [Issue])
  children(issue: Issue, _args: unknown, context: GraphQLContext) {
    return this.loaders.children(context).load(issue.id);
  }
}
