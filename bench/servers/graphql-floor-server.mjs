#!/usr/bin/env node
// The GraphQL floor: Faultline's own GraphQL query of each workload, answered from the floor's
// hand-written Cypher on Faultline's stack and nothing more. Apollo Server 5 through the Express
// integration on the Express that NestJS runs, graphql-jit through Faultline's executor adapter
// (dist/common/graphql/compiled-execution.js), NODE_ENV=production (set by bench/run.mjs) and no
// cache-control plugin, as in Faultline; but no NestJS, guards, argument validation, pagination
// order or generic columns. Raw floor → GraphQL floor is what answering GraphQL over HTTP costs
// on this stack; GraphQL floor → Faultline is Faultline's own cost.
// Spawned by bench/run.mjs. Environment: PORT, NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE.
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { buildSchema } from 'graphql';
import http from 'node:http';
import { createRequire } from 'node:module';
import { root } from '../../scripts/bootstrap.mjs';
import { driverFromEnv, runRaw } from '../lib/neo4j.mjs';
import { COMPARED } from '../workloads/index.mjs';

const require = createRequire(import.meta.url);
const express = createRequire(require.resolve('@nestjs/platform-express'))('express');
const { CompiledExecution } = require(`${root}/dist/common/graphql/compiled-execution.js`);

const port = Number(process.env.PORT ?? 4104);
const driver = driverFromEnv(process.env, 'faultline-bench-graphql-floor');

// The part of Faultline's schema the four queries read, with its names and types.
const schema = buildSchema(`
  scalar DateTime
  enum ActorKind { BLOC GOVERNMENT ORGANIZATION PERSON STATE }
  enum IssueCategory { CEASEFIRE ECONOMIC GOVERNANCE HUMANITARIAN OTHER SANCTIONS SECURITY_GUARANTEES TERRITORY }
  enum IssueOrder { ID POSITION_COUNT }
  enum Reliability { A B C D E F }
  input ActorFilter { kind: ActorKind }
  input PositionFilter { issue: ID, asOf: DateTime }
  type Query {
    actor(id: ID!): Actor
    actors(filter: ActorFilter, first: Int, after: String): ActorConnection!
    issues(orderBy: IssueOrder): [Issue!]!
    positions(filter: PositionFilter, first: Int): PositionConnection!
  }
  type PageInfo { hasNextPage: Boolean!, endCursor: String }
  type ActorEdge { node: Actor! }
  type ActorConnection { totalCount: Int!, pageInfo: PageInfo!, edges: [ActorEdge!]! }
  type PositionEdge { node: Position! }
  type PositionConnection { totalCount: Int!, edges: [PositionEdge!]! }
  type Actor { id: ID!, name: String!, kind: ActorKind!, positions: [Position!]! }
  type Proposal { id: ID! }
  union Holder = Actor | Proposal
  type Source { id: ID!, publisher: String!, reliability: Reliability! }
  type Evidence { quote: String!, source: Source! }
  type Issue { id: ID!, name: String!, category: IssueCategory!, positionCount: Int! }
  type Position {
    id: ID!, value: Float!, salience: Float!, redLine: Boolean!
    holder: Holder!, issue: Issue!, evidence: [Evidence!]!
  }
`);
schema.getType('Holder').resolveType = (holder) => holder.type;
const queryFields = schema.getQueryType().getFields();
for (const workload of COMPARED) {
  const { field, cypher = workload.raw.cypher, params, resolve } = workload.graphqlFloor;
  const statement = { raw: { cypher } };
  queryFields[field].resolve = async (_root, args) =>
    resolve(await runRaw(driver, statement, params(args, new Date().toISOString())), args);
}

const execution = new CompiledExecution();
execution.useSchema(schema);
const server = new ApolloServer({
  gateway: execution,
  plugins: [ApolloServerPluginCacheControlDisabled()],
  includeStacktraceInErrorResponses: false,
});
await server.start();
const app = express();
app.set('etag', false);
app.disable('x-powered-by');
app.get('/health', (_request, response) => response.json({ ok: true }));
app.use('/graphql', express.json(), expressMiddleware(server));
const httpServer = http.createServer(app);
httpServer.keepAliveTimeout = 65_000;
httpServer.listen(port, '127.0.0.1', () =>
  process.stderr.write(`[graphql-floor] ready on http://127.0.0.1:${port}/graphql\n`),
);

const shutdown = () =>
  httpServer.close(async () => (await server.stop(), await driver.close(), process.exit(0)));
process.once('SIGTERM', shutdown);
process.once('SIGINT', shutdown);
