import { Module } from '@nestjs/common';
import { ActorsModule } from '../actors/actors.module';
import { SourcesModule } from '../sources/sources.module';
import { ProposalLoaders } from './proposal.loaders';
import { ProposalsRepository } from './proposals.repository';
import { ProposalsResolver } from './proposals.resolver';
import { ProposalsService } from './proposals.service';
import { ReactionsResolver } from './reactions.resolver';

@Module({
  imports: [ActorsModule, SourcesModule],
  providers: [ProposalsRepository, ProposalsService, ProposalLoaders, ProposalsResolver, ReactionsResolver],
  exports: [ProposalsService, ProposalLoaders],
})
export class ProposalsModule {}
