import { ResolveField, Resolver } from '@nestjs/graphql';
import { Actor } from '../actors/models/actor.model';
import { GraphQLContext } from '../common/graphql/graphql-context';
import { EventLoaders } from '../events/event.loaders';
import { Event } from '../events/models/event.model';
import { Issue } from '../issues/models/issue.model';
import { Position } from '../positions/models/position.model';
import { DivergenceLoaders } from './divergence.loaders';
import { AgreementZone } from './models/agreement-zone.model';
import { IssueSummary } from './models/issue-summary.model';
import { Network, NetworkNode } from './models/network.model';
import { PositionShift, PositionShiftReport } from './models/position-shift.model';

@Resolver(() => AgreementZone)
export class AgreementZoneFieldsResolver {
  constructor(
    private readonly loaders: DivergenceLoaders,
    private readonly events: EventLoaders,
  ) {}

  @ResolveField(() => Issue)
  issue(zone: AgreementZone, _args: unknown, context: GraphQLContext) {
    return this.loaders.issue(context, zone.issueId);
  }

  @ResolveField(() => Event, {
    nullable: true,
    description: 'The event whose participants were the parties.',
  })
  event(zone: AgreementZone, _args: unknown, context: GraphQLContext) {
    return zone.eventId === null ? null : this.events.byId(context).load(zone.eventId);
  }

  @ResolveField(() => [Actor], { description: 'Parties with a known acceptable range: the zone is theirs.' })
  parties(zone: AgreementZone, _args: unknown, context: GraphQLContext) {
    return this.loaders.actors(context, zone.partyIds);
  }

  @ResolveField(() => [Actor], { description: 'Parties with a position but no known range (left out).' })
  excluded(zone: AgreementZone, _args: unknown, context: GraphQLContext) {
    return this.loaders.actors(context, zone.excludedIds);
  }

  @ResolveField(() => [Actor], { description: 'Requested parties with no position on the issue at asOf.' })
  withoutPosition(zone: AgreementZone, _args: unknown, context: GraphQLContext) {
    return this.loaders.actors(context, zone.withoutPositionIds);
  }

  @ResolveField(() => Actor, {
    nullable: true,
    description: 'The party whose acceptable minimum is highest (sets `lower`).',
  })
  floorSetter(zone: AgreementZone, _args: unknown, context: GraphQLContext) {
    return this.loaders.actor(context, zone.floorSetterId);
  }

  @ResolveField(() => Actor, {
    nullable: true,
    description: 'The party whose acceptable maximum is lowest (sets `upper`).',
  })
  ceilingSetter(zone: AgreementZone, _args: unknown, context: GraphQLContext) {
    return this.loaders.actor(context, zone.ceilingSetterId);
  }

  @ResolveField(() => [Position], { description: 'Every position considered, with its evidence.' })
  positions(zone: AgreementZone, _args: unknown, context: GraphQLContext) {
    return this.loaders.positionsByIds(context, zone.positionIds);
  }
}

@Resolver(() => IssueSummary)
export class IssueSummaryFieldsResolver {
  constructor(private readonly loaders: DivergenceLoaders) {}

  @ResolveField(() => Issue)
  issue(summary: IssueSummary, _args: unknown, context: GraphQLContext) {
    return this.loaders.issue(context, summary.issueId);
  }

  @ResolveField(() => [Actor], { description: 'The actors whose positions the figures are computed over.' })
  parties(summary: IssueSummary, _args: unknown, context: GraphQLContext) {
    return this.loaders.actors(context, summary.partyIds);
  }

  @ResolveField(() => [Position], { description: 'The positions the figures are computed over.' })
  positions(summary: IssueSummary, _args: unknown, context: GraphQLContext) {
    return this.loaders.positionsByIds(context, summary.positionIds);
  }
}

@Resolver(() => NetworkNode)
export class NetworkNodeFieldsResolver {
  constructor(private readonly loaders: DivergenceLoaders) {}

  @ResolveField(() => Actor)
  actor(node: NetworkNode, _args: unknown, context: GraphQLContext) {
    return this.loaders.actor(context, node.id);
  }
}

@Resolver(() => Network)
export class NetworkFieldsResolver {
  constructor(private readonly loaders: DivergenceLoaders) {}

  @ResolveField(() => [Issue], { description: 'The issues with a position in scope, by id.' })
  issues(network: Network, _args: unknown, context: GraphQLContext) {
    return this.loaders.issues(context, network.issueIds);
  }
}

@Resolver(() => PositionShift)
export class PositionShiftFieldsResolver {
  constructor(private readonly loaders: DivergenceLoaders) {}

  @ResolveField(() => Actor)
  holder(shift: PositionShift, _args: unknown, context: GraphQLContext) {
    return this.loaders.actor(context, shift.holderId);
  }

  @ResolveField(() => Issue)
  issue(shift: PositionShift, _args: unknown, context: GraphQLContext) {
    return this.loaders.issue(context, shift.issueId);
  }

  @ResolveField(() => [Actor], { description: 'Actors the holder moved toward (distance shrank).' })
  closerTo(shift: PositionShift, _args: unknown, context: GraphQLContext) {
    return this.loaders.actors(context, shift.closerToIds);
  }

  @ResolveField(() => [Actor], { description: 'Actors the holder moved away from (distance grew).' })
  furtherFrom(shift: PositionShift, _args: unknown, context: GraphQLContext) {
    return this.loaders.actors(context, shift.furtherFromIds);
  }
}

@Resolver(() => PositionShiftReport)
export class ShiftReportFieldsResolver {
  constructor(private readonly loaders: DivergenceLoaders) {}

  @ResolveField(() => Actor, { nullable: true, description: 'The actor the report was limited to.' })
  actor(report: PositionShiftReport, _args: unknown, context: GraphQLContext) {
    return this.loaders.actor(context, report.actorId);
  }

  @ResolveField(() => Issue, { nullable: true, description: 'The issue the report was limited to.' })
  issue(report: PositionShiftReport, _args: unknown, context: GraphQLContext) {
    return this.loaders.issue(context, report.issueId);
  }
}
