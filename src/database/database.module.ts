import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, loadConfig } from '../config/app-config';
import { Neo4jGateway } from './neo4j-gateway';
import { SchemaState } from './schema-state';

@Global()
@Module({
  providers: [{ provide: APP_CONFIG, useFactory: () => loadConfig() }, Neo4jGateway, SchemaState],
  exports: [APP_CONFIG, Neo4jGateway, SchemaState],
})
export class DatabaseModule {}
