import { Module } from '@nestjs/common';
import { DatasetsRepository } from './datasets.repository';
import { DatasetsResolver } from './datasets.resolver';
import { DatasetsService } from './datasets.service';
import { SeedLoader } from './seed-loader';

@Module({
  providers: [DatasetsRepository, DatasetsService, DatasetsResolver, SeedLoader],
  exports: [DatasetsService, SeedLoader],
})
export class DatasetsModule {}
