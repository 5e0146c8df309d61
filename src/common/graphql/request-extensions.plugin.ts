import { ApolloServerPlugin } from '@apollo/server';
import { Logger } from '@nestjs/common';
import { GraphQLContext } from './graphql-context';

const logger = new Logger('GraphQL');

/**
 * Adds the request id and the number of database queries to every response's `extensions`
 * (so clients can quote the id, and tests can prove there is no N+1), and logs each operation.
 */
export function requestExtensionsPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ contextValue, response, operationName, errors }) {
          const { requestId, queryCount } = contextValue.request;
          if (response.body.kind === 'single') {
            response.body.singleResult.extensions = {
              ...response.body.singleResult.extensions,
              requestId,
              databaseQueries: queryCount,
            };
          }
          logger.log({
            msg: 'graphql operation',
            operation: operationName ?? null,
            ms: Number(process.hrtime.bigint() - started) / 1e6,
            databaseQueries: queryCount,
            errors: errors?.map((error) => error.extensions?.code ?? 'ERROR'),
          });
        },
      };
    },
  };
}
