import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import type { Response } from 'express';
import { cypher } from '../database/cypher-registry';
import { Neo4jGateway } from '../database/neo4j-gateway';
import { SchemaState } from '../database/schema-state';
import { Public } from '../auth/public.decorator';

/** GET /health: the server, the database connection and the schema version; 503 while the database is down. */
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly db: Neo4jGateway,
    private readonly schema: SchemaState,
  ) {}

  @Get()
  async health(@Res() response: Response): Promise<void> {
    const databaseUp = await this.db.ping(cypher().system.ping);
    const body = {
      status: databaseUp ? 'ok' : 'degraded',
      server: 'up',
      database: databaseUp ? 'up' : 'down',
      schemaVersion: this.schema.version,
      uptimeSeconds: Math.round(process.uptime()),
    };
    response.status(databaseUp ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json(body);
  }
}
