import { Injectable, Logger } from '@nestjs/common';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../common/project-root';
import { cypher } from '../database/cypher-registry';
import { Neo4jGateway } from '../database/neo4j-gateway';
import { DatasetsService } from './datasets.service';

/** Loads the seed dataset at start, but only into an empty database: existing data is never touched. */
@Injectable()
export class SeedLoader {
  private readonly logger = new Logger('Seed');

  constructor(
    private readonly db: Neo4jGateway,
    private readonly datasets: DatasetsService,
  ) {}

  async loadWhenEmpty(seedFile: string | undefined): Promise<boolean> {
    if (!seedFile) return false;
    const [row] = await this.db.read(cypher().system.isEmpty);
    if (!row.empty) {
      this.logger.log({ msg: 'database holds data: seed not loaded' });
      return false;
    }
    const file = path.resolve(projectRoot(), seedFile);
    const report = await this.datasets.import(JSON.parse(fs.readFileSync(file, 'utf8')));
    this.logger.log({ msg: 'seed dataset loaded', file: seedFile, created: report.created });
    return true;
  }
}
