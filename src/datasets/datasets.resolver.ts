import { Args, Field, InputType, Mutation, Resolver } from '@nestjs/graphql';
import { requireRole, Role } from '../auth/roles';
import { JSONObjectScalar } from '../common/graphql/json.scalar';
import { currentRequestContext } from '../common/request-context';
import { DatasetsService } from './datasets.service';
import { ImportReportModel } from './models/import-report.model';

@InputType()
export class ImportDatasetInput {
  @Field(() => JSONObjectScalar, {
    description: 'A whole dataset in format faultline/1; one that carries `changes` needs an ADMIN key.',
  })
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
    // Audit entries name who wrote what: bringing them in from elsewhere is for administrators.
    const principal = currentRequestContext()?.principal;
    const changes = input.dataset.changes;
    if (principal && Array.isArray(changes) && changes.length > 0) {
      requireRole(principal, Role.ADMIN, 'importing an audit trail (changes)');
    }
    return this.datasets.import(input.dataset);
  }
}
