import { Module } from '@nestjs/common';
import { ActorsModule } from '../actors/actors.module';
import { EventsModule } from '../events/events.module';
import { IssuesModule } from '../issues/issues.module';
import { PositionsModule } from '../positions/positions.module';
import {
  AgreementZoneFieldsResolver,
  IssueSummaryFieldsResolver,
  NetworkFieldsResolver,
  NetworkNodeFieldsResolver,
  PositionShiftFieldsResolver,
  ShiftReportFieldsResolver,
} from './analysis-fields.resolver';
import { DivergenceScope } from './divergence-scope';
import { DivergenceLoaders } from './divergence.loaders';
import { DivergenceRepository } from './divergence.repository';
import { DivergenceResolver } from './divergence.resolver';
import { DivergenceService } from './divergence.service';
import { IssueAnalysisService } from './issue-analysis.service';
import {
  IssueDistanceFieldsResolver,
  PairConnectionFieldsResolver,
  PairDivergenceFieldsResolver,
  RedLineConflictFieldsResolver,
  RedLineReportFieldsResolver,
} from './pair-fields.resolver';
import { PositionShiftsService } from './position-shifts.service';

@Module({
  imports: [ActorsModule, IssuesModule, EventsModule, PositionsModule],
  providers: [
    DivergenceRepository,
    DivergenceScope,
    DivergenceService,
    IssueAnalysisService,
    PositionShiftsService,
    DivergenceLoaders,
    DivergenceResolver,
    PairDivergenceFieldsResolver,
    IssueDistanceFieldsResolver,
    PairConnectionFieldsResolver,
    RedLineConflictFieldsResolver,
    RedLineReportFieldsResolver,
    AgreementZoneFieldsResolver,
    IssueSummaryFieldsResolver,
    NetworkNodeFieldsResolver,
    NetworkFieldsResolver,
    PositionShiftFieldsResolver,
    ShiftReportFieldsResolver,
  ],
  exports: [DivergenceRepository],
})
export class DivergenceModule {}
