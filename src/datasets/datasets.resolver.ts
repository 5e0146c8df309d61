import { Args, Field, InputType, Mutation, Resolver } from '@nestjs/graphql';
import { JSONObjectScalar } from '../common/graphql/json.scalar';
import { DatasetsService } from './datasets.service';
import { ImportReportModel } from './models/import-report.model';

@InputType()
export class ImportDatasetInput {
  @Field(() => JSONObjectScalar, { description: 'A whole dataset in format faultline/1.' })
  dataset!: Record<string, unknown>;
}

@Resolver()
export class DatasetsResolver {
  constructor(private readonly datasets: DatasetsService) {}

  @Mutation(() => ImportReportModel, {
    description:
      'Validates the whole dataset, then writes all of it or nothing; importing twice changes nothing.',
  })
  importDataset(@Args('input') input: ImportDatasetInput) {
    return this.datasets.import(input.dataset);
  }
}
