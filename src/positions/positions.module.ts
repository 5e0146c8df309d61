import { Module } from '@nestjs/common';
import { IssuesModule } from '../issues/issues.module';
import { SourcesModule } from '../sources/sources.module';
import {
  ActorPositionsResolver,
  IssuePositionsResolver,
  ProposalPositionsResolver,
} from './held-positions.resolver';
import { PositionLoaders } from './position.loaders';
import { PositionsRepository } from './positions.repository';
import { PositionsResolver } from './positions.resolver';
import { PositionsService } from './positions.service';

@Module({
  imports: [IssuesModule, SourcesModule],
  providers: [
    PositionsRepository,
    PositionsService,
    PositionLoaders,
    PositionsResolver,
    ActorPositionsResolver,
    ProposalPositionsResolver,
    IssuePositionsResolver,
  ],
  exports: [PositionsService, PositionLoaders],
})
export class PositionsModule {}
