import './production-default';
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { ApiKeysService } from './auth/api-keys.service';
import { jsonBody } from './common/json-body';
import { ArgsValidationPipe } from './common/validation';
import { JsonLogger } from './common/logger';
import { APP_CONFIG, AppConfig, ConfigError, describeConfig, loadConfig } from './config/app-config';
import { Neo4jGateway } from './database/neo4j-gateway';
import { SchemaState } from './database/schema-state';
import { prepareDatabase } from './startup';
import { SeedLoader } from './datasets/seed-loader';

export async function createApp(logger = new JsonLogger()): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { logger, bodyParser: false });
  app.use(jsonBody(app.get<AppConfig>(APP_CONFIG).maxBodyBytes));
  // No ETag on answers: GraphQL answers are POSTed and never revalidated, and Express would hash
  // every one of them (files keep their own validators).
  app.set('etag', false);
  app.disable('x-powered-by');
  app.useGlobalPipes(new ArgsValidationPipe());
  const report = await prepareDatabase(app.get(Neo4jGateway));
  app.get(SchemaState).version = report.version;
  return app;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

/** Without any API key the server runs open, which is only allowed on a loopback address. */
async function guardOpenMode(
  app: NestExpressApplication,
  config: AppConfig,
  logger: JsonLogger,
): Promise<void> {
  if (!(await app.get(ApiKeysService).isOpen())) return;
  if (!LOOPBACK.has(config.host)) {
    throw new Error(
      `no API key exists, so the server would be open to anyone on ${config.host}: ` +
        'create one with `npm run keys -- create --role admin --name NAME`, or bind to 127.0.0.1',
    );
  }
  logger.warn({ msg: 'no API keys: the API is open to anyone on this machine (loopback only)' }, 'Main');
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
  await guardOpenMode(app, config, logger);
  await app.listen(config.port, config.host);
  logger.log({ msg: `GraphQL ready at http://${config.host}:${config.port}/graphql` }, 'Main');
  process.once('SIGTERM', () => void stopGracefully(app, logger));
  process.once('SIGINT', () => void stopGracefully(app, logger));
}

/** Stops accepting connections, lets in-flight requests finish (10 s at most), then exits 0. */
async function stopGracefully(app: NestExpressApplication, logger: JsonLogger): Promise<void> {
  logger.log({ msg: 'stopping: finishing in-flight requests' }, 'Main');
  const server = app.getHttpServer() as import('node:http').Server;
  server.closeIdleConnections();
  const idle = setInterval(() => server.closeIdleConnections(), 100);
  const deadline = setTimeout(() => server.closeAllConnections(), 10_000);
  await app.close();
  clearInterval(idle);
  clearTimeout(deadline);
  process.exit(0);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
