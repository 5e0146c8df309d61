import { Module } from '@nestjs/common';
import { SourceLoaders } from './source.loaders';
import { SourcesRepository } from './sources.repository';
import { SourcesResolver } from './sources.resolver';
import { SourcesService } from './sources.service';

@Module({
  providers: [SourcesRepository, SourcesService, SourceLoaders, SourcesResolver],
  exports: [SourcesService, SourceLoaders],
})
export class SourcesModule {}
