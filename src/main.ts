import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { createValidationPipe } from './common/validation';
import { JsonLogger } from './common/logger';
import { APP_CONFIG, AppConfig, ConfigError, describeConfig, loadConfig } from './config/app-config';
import { Neo4jGateway } from './database/neo4j-gateway';
import { SchemaState } from './database/schema-state';
import { prepareDatabase } from './startup';
import { SeedLoader } from './datasets/seed-loader';

export async function createApp(logger = new JsonLogger()): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { logger, bodyParser: false });
  app.useBodyParser('json', { limit: app.get<AppConfig>(APP_CONFIG).maxBodyBytes });
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  const report = await prepareDatabase(app.get(Neo4jGateway));
  app.get(SchemaState).version = report.version;
  return app;
}

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`error: ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const logger = new JsonLogger(config.logLevel);
  logger.log({ msg: 'starting Faultline', ...describeConfig(config) }, 'Main');
  const app = await createApp(logger);
  await app.get(SeedLoader).loadWhenEmpty(app.get<AppConfig>(APP_CONFIG).seedFile);
  await app.listen(config.port, config.host);
  logger.log({ msg: `GraphQL ready at http://${config.host}:${config.port}/graphql` }, 'Main');
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
