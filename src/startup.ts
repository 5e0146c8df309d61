import { Logger } from '@nestjs/common';
import { cypher } from './database/cypher-registry';
import { Neo4jGateway } from './database/neo4j-gateway';
import { applyMigrations, MigrationReport } from './database/schema-migrations';

const logger = new Logger('Startup');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits for the database, retrying with backoff: the server comes up by itself once Neo4j does. */
export async function waitForDatabase(db: Neo4jGateway, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let delay = 250;
  while (!(await db.ping(cypher().system.ping))) {
    if (Date.now() > deadline) {
      throw new Error('the database did not answer: check NEO4J_URI and that Neo4j is running');
    }
    logger.warn({ msg: 'database not reachable yet, retrying', retryInMs: delay });
    await sleep(delay);
    delay = Math.min(delay * 2, 5000);
  }
}

export async function prepareDatabase(db: Neo4jGateway): Promise<MigrationReport> {
  await waitForDatabase(db);
  const report = await applyMigrations(db);
  logger.log({ msg: 'schema ready', version: report.version, applied: report.applied });
  return report;
}
