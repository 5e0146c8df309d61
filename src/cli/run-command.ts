import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import path from 'node:path';
import { runWithRequestContext } from '../common/request-context';
import { DomainError } from '../common/domain-error';
import { JsonLogger } from '../common/logger';
import { ConfigError } from '../config/app-config';
import { Neo4jGateway } from '../database/neo4j-gateway';
import { prepareDatabase } from '../startup';
import { CliModule } from './cli.module';

/** Exit codes: 0 done, 2 bad input (nothing written), 1 anything else. */
export const EXIT_BAD_INPUT = 2;

/**
 * Runs one CLI command with the app's services on a migrated database, and turns every failure
 * into a one-line message (plus one line per problem for invalid input) and an exit code.
 */
export async function runCommand(work: (app: INestApplicationContext) => Promise<void>): Promise<void> {
  let app: INestApplicationContext | undefined;
  // The audit trail names the command (import, keys, ...) and "cli" as the one who wrote.
  const operation = path.basename(process.argv[1] ?? 'cli', '.js');
  try {
    app = await NestFactory.createApplicationContext(CliModule, { logger: new JsonLogger('warn') });
    await prepareDatabase(app.get(Neo4jGateway));
    const context = app;
    await runWithRequestContext({ principal: { name: 'cli', role: 'ADMIN' }, operation }, () =>
      work(context),
    );
  } catch (error) {
    process.exitCode = report(error);
  } finally {
    await app?.close();
  }
}

function report(error: unknown): number {
  if (error instanceof DomainError) {
    const count = error.problems.length;
    if (error.code === 'BAD_USER_INPUT' && count > 1) {
      process.stderr.write(`error: ${count} problems, nothing was written:\n`);
      for (const problem of error.problems) process.stderr.write(`  ${problem.field}: ${problem.message}\n`);
    } else {
      process.stderr.write(
        `error: ${error.message}${error.code === 'BAD_USER_INPUT' ? ' (nothing was written)' : ''}\n`,
      );
    }
    return error.code === 'BAD_USER_INPUT' || error.code === 'NOT_FOUND' ? EXIT_BAD_INPUT : 1;
  }
  if (error instanceof ConfigError) {
    process.stderr.write(`error: ${error.message}\n`);
    return EXIT_BAD_INPUT;
  }
  process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
  return 1;
}
