import { ResolveField, Resolver } from '@nestjs/graphql';
import { Actor } from '../actors/models/actor.model';
import { GraphQLContext } from '../common/graphql/graphql-context';
import { Issue } from '../issues/models/issue.model';
import { Position } from '../positions/models/position.model';
import { DivergenceLoaders } from './divergence.loaders';
import { pairDivergence } from './math';
import { IssueDistance, PairConnection, PairDivergence } from './models/pair-divergence.model';
import { RedLineConflict, RedLineConflictReport } from './models/red-line.model';

@Resolver(() => PairDivergence)
export class PairDivergenceFieldsResolver {
  constructor(private readonly loaders: DivergenceLoaders) {}

  @ResolveField(() => Actor)
  a(pair: PairDivergence, _args: unknown, context: GraphQLContext) {
    return this.loaders.actor(context, pair.aId);
  }

  @ResolveField(() => Actor)
  b(pair: PairDivergence, _args: unknown, context: GraphQLContext) {
    return this.loaders.actor(context, pair.bId);
  }

  @ResolveField(() => [IssueDistance], { description: 'One row per shared issue, largest distance first.' })
  perIssue(pair: PairDivergence): IssueDistance[] {
    return pairDivergence(pair.pointsA, pair.pointsB).perIssue.map((row) => ({
      distance: row.distance,
      weight: row.weight,
      issueId: row.issueId,
      positionAId: row.positionA,
      positionBId: row.positionB,
    }));
  }
}

@Resolver(() => IssueDistance)
export class IssueDistanceFieldsResolver {
  constructor(private readonly loaders: DivergenceLoaders) {}

  @ResolveField(() => Issue)
  issue(row: IssueDistance, _args: unknown, context: GraphQLContext) {
    return this.loaders.issue(context, row.issueId);
  }

  @ResolveField(() => Position, { description: "a's position on the issue." })
  positionA(row: IssueDistance, _args: unknown, context: GraphQLContext) {
    return this.loaders.position(context, row.positionAId);
  }

  @ResolveField(() => Position, { description: "b's position on the issue." })
  positionB(row: IssueDistance, _args: unknown, context: GraphQLContext) {
    return this.loaders.position(context, row.positionBId);
  }
}

@Resolver(() => PairConnection)
export class PairConnectionFieldsResolver {
  constructor(private readonly loaders: DivergenceLoaders) {}

  @ResolveField(() => [Actor], { description: 'The actors paired, by id.' })
  actors(connection: PairConnection, _args: unknown, context: GraphQLContext) {
    return this.loaders.actors(context, connection.actorIds);
  }
}

@Resolver(() => RedLineConflict)
export class RedLineConflictFieldsResolver {
  constructor(private readonly loaders: DivergenceLoaders) {}

  @ResolveField(() => Issue)
  issue(conflict: RedLineConflict, _args: unknown, context: GraphQLContext) {
    return this.loaders.issue(context, conflict.issueId);
  }

  @ResolveField(() => Actor, { description: 'The pair in id order: a < b.' })
  a(conflict: RedLineConflict, _args: unknown, context: GraphQLContext) {
    return this.loaders.actor(context, conflict.aId);
  }

  @ResolveField(() => Actor)
  b(conflict: RedLineConflict, _args: unknown, context: GraphQLContext) {
    return this.loaders.actor(context, conflict.bId);
  }

  @ResolveField(() => Position, { description: "a's position, with its evidence (quotes)." })
  positionA(conflict: RedLineConflict, _args: unknown, context: GraphQLContext) {
    return this.loaders.position(context, conflict.positionAId);
  }

  @ResolveField(() => Position, { description: "b's position, with its evidence (quotes)." })
  positionB(conflict: RedLineConflict, _args: unknown, context: GraphQLContext) {
    return this.loaders.position(context, conflict.positionBId);
  }

  @ResolveField(() => [Actor], { description: 'Who declared their range a red line (one or both).' })
  redLineHolders(conflict: RedLineConflict, _args: unknown, context: GraphQLContext) {
    return this.loaders.actors(context, conflict.redLineHolderIds);
  }
}

@Resolver(() => RedLineConflictReport)
export class RedLineReportFieldsResolver {
  constructor(private readonly loaders: DivergenceLoaders) {}

  @ResolveField(() => Issue, { nullable: true, description: 'The issue the report was limited to.' })
  issue(report: RedLineConflictReport, _args: unknown, context: GraphQLContext) {
    return this.loaders.issue(context, report.issueId);
  }

  @ResolveField(() => Actor, { nullable: true, description: 'The actor the report was limited to.' })
  actor(report: RedLineConflictReport, _args: unknown, context: GraphQLContext) {
    return this.loaders.actor(context, report.actorId);
  }
}
