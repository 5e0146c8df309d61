import { NestExpressApplication } from '@nestjs/platform-express';
import fs from 'node:fs';
import { AddressInfo } from 'node:net';
import { JsonLogger } from '../../src/common/logger';
import { cypher } from '../../src/database/cypher-registry';
import { Neo4jGateway } from '../../src/database/neo4j-gateway';
import { createApp } from '../../src/main';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> & { code?: string; field?: string } }[];
  extensions?: { requestId?: string; databaseQueries?: number };
}

export interface GraphCounts {
  nodes: number;
  relationships: number;
}

/**
 * The real Nest app on the real test Neo4j (NEO4J_URI, set by `npm test`), listening on a free
 * loopback port so that tests speak GraphQL over HTTP like any client.
 */
export class TestApp {
  private constructor(
    readonly app: NestExpressApplication,
    readonly url: string,
  ) {}

  /** Starts the app; `env` overrides configuration (e.g. another NEO4J_URI) for this app only. */
  static async start(env: Record<string, string> = {}): Promise<TestApp> {
    const saved = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
    Object.assign(process.env, env);
    let app: NestExpressApplication;
    try {
      app = await createApp(new JsonLogger('error'));
    } finally {
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as AddressInfo;
    return new TestApp(app, `http://127.0.0.1:${port}`);
  }

  get db(): Neo4jGateway {
    return this.app.get(Neo4jGateway);
  }

  async gql<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}) {
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<T>;
  }

  /** Runs a query that must succeed and returns its data. */
  async data<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<T> {
    const result = await this.gql<T>(query, variables);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data as T;
  }

  async counts(): Promise<GraphCounts> {
    const [row] = await this.db.read(cypher().system.countGraph);
    return { nodes: Number(row.nodes), relationships: Number(row.relationships) };
  }

  async reset(): Promise<void> {
    await this.db.autoCommit(cypher().system.deleteAllData);
  }

  async stop(): Promise<void> {
    const file = process.env.FAULTLINE_EXECUTED_QUERIES_FILE;
    if (file) fs.appendFileSync(file, [...this.db.executedQueries].map((name) => `${name}\n`).join(''));
    await this.app.close();
  }
}
