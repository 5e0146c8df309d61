import { Args, Query, Resolver } from '@nestjs/graphql';
import { DivergenceService } from './divergence.service';
import { DivergenceArgs, DivergenceMatrixArgs, RedLineConflictsArgs } from './dto/divergence.args';
import { AgreementZoneArgs, IssueSummaryArgs } from './dto/issue-analysis.args';
import { DisagreementNetworkArgs } from './dto/network.args';
import { PositionShiftsArgs } from './dto/position-shifts.args';
import { IssueAnalysisService } from './issue-analysis.service';
import { AgreementZone } from './models/agreement-zone.model';
import { IssueSummary } from './models/issue-summary.model';
import { Network } from './models/network.model';
import { PairConnection, PairDivergence } from './models/pair-divergence.model';
import { PositionShiftReport } from './models/position-shift.model';
import { RedLineConflictReport } from './models/red-line.model';
import { PositionShiftsService } from './position-shifts.service';

/** The divergence analytics: where, how far and since when the parties disagree. */
@Resolver()
export class DivergenceResolver {
  constructor(
    private readonly pairs: DivergenceService,
    private readonly issues: IssueAnalysisService,
    private readonly shifts: PositionShiftsService,
  ) {}

  @Query(() => PairDivergence, {
    description: 'D(a,b) over the issues both actors hold a position on at asOf, issue by issue.',
  })
  divergence(@Args() args: DivergenceArgs) {
    return this.pairs.pair(args);
  }

  @Query(() => PairConnection, {
    description: 'Every pair of the actors, largest divergence first (undefined last), from one read.',
  })
  divergenceMatrix(@Args() args: DivergenceMatrixArgs) {
    return this.pairs.matrix(args);
  }

  @Query(() => RedLineConflictReport, {
    description: 'Pairs of non-overlapping acceptable ranges where at least one side is a red line.',
  })
  redLineConflicts(@Args() args: RedLineConflictsArgs) {
    return this.pairs.redLineConflicts(args);
  }

  @Query(() => AgreementZone, {
    description: 'The zone of possible agreement on an issue for a set of parties, or a deadlock.',
  })
  agreementZone(@Args() args: AgreementZoneArgs) {
    return this.issues.agreementZone(args);
  }

  @Query(() => IssueSummary, { description: 'Predicted outcome and polarization of an issue.' })
  issueSummary(@Args() args: IssueSummaryArgs) {
    return this.issues.issueSummary(args);
  }

  @Query(() => Network, {
    description: 'Actors as nodes and pairs as weighted edges, with communities, bridges and balance.',
  })
  disagreementNetwork(@Args() args: DisagreementNetworkArgs) {
    return this.pairs.network(args);
  }

  @Query(() => PositionShiftReport, {
    description: 'Positions that changed between `from` and `to`, and toward or away from whom.',
  })
  positionShifts(@Args() args: PositionShiftsArgs) {
    return this.shifts.shifts(args);
  }
}
