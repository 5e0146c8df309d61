#!/usr/bin/env node
// The peer: @neo4j/graphql over HTTP (Apollo Server's standalone server) on the same Neo4j.
// Spawned by bench/run.mjs. Environment: PORT, NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE.
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';
import { typeDefs } from './neo4j-graphql-type-defs.mjs';

const port = Number(process.env.PORT ?? 4102);
const driver = neo4j.driver(
  process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7689',
  process.env.NEO4J_PASSWORD
    ? neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD)
    : undefined,
  { userAgent: 'faultline-bench-peer' },
);
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
const server = new ApolloServer({ schema, includeStacktraceInErrorResponses: false });
const database = process.env.NEO4J_DATABASE;
const { url } = await startStandaloneServer(server, {
  listen: { port, host: '127.0.0.1' },
  context: async () => (database ? { sessionConfig: { database } } : {}),
});
process.stderr.write(`[peer] @neo4j/graphql ready at ${url}\n`);

const shutdown = async () => {
  await server.stop();
  await driver.close();
  process.exit(0);
};
process.once('SIGTERM', shutdown);
process.once('SIGINT', shutdown);
