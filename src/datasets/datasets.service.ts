import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DomainError } from '../common/domain-error';
import { Neo4jGateway, WriteTransaction } from '../database/neo4j-gateway';
import { DATASET_LISTS, FaultlineDataset } from './dataset.types';
import { DatasetsRepository, EntityCounts, ImportProgress } from './datasets.repository';
import { validateDataset } from './validate-dataset';

export interface ImportReport {
  datasetId: string;
  created: EntityCounts;
  unchanged: EntityCounts;
  relations: number;
}

/** The lists an import counts: every list of the file but relations (reported as one number). */
const KINDS = DATASET_LISTS.filter((list): list is keyof EntityCounts => list !== 'relations');

/** Validates a whole dataset first, then writes all of it in one transaction, or nothing. */
@Injectable()
export class DatasetsService {
  constructor(
    private readonly db: Neo4jGateway,
    private readonly datasets: DatasetsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Throws BAD_USER_INPUT listing every problem, each with its JSON path as `field`. */
  validate(input: unknown): FaultlineDataset {
    const result = validateDataset(input);
    if (!result.ok) {
      throw DomainError.invalid(
        result.errors.map((error) => ({ field: error.path, message: error.message })),
      );
    }
    return result.dataset;
  }

  /**
   * `beforeWrite` runs first inside the same transaction (a restore deletes the old graph there,
   * so it replaces everything or nothing).
   */
  async import(
    input: unknown,
    progress?: ImportProgress,
    beforeWrite?: (tx: WriteTransaction) => Promise<void>,
    afterWrite?: (tx: WriteTransaction) => Promise<void>,
  ): Promise<ImportReport> {
    const dataset = this.validate(input);
    const existing = await this.db.write(async (tx) => {
      await beforeWrite?.(tx);
      const before = await this.datasets.findExisting(tx, dataset);
      await this.datasets.write(tx, dataset, before, progress);
      await afterWrite?.(tx);
      return before.counts;
    }, this.config.neo4j.importTimeoutMs);
    const created = {} as EntityCounts;
    for (const kind of KINDS) created[kind] = (dataset[kind]?.length ?? 0) - existing[kind];
    return {
      datasetId: dataset.dataset.id,
      created,
      unchanged: existing,
      relations: dataset.relations?.length ?? 0,
    };
  }
}
