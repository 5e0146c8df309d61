import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('runs GraphQL with the compiled executor unless told otherwise', () => {
    expect(loadConfig({}).graphqlExecutor).toBe('compiled');
    expect(loadConfig({ GRAPHQL_EXECUTOR: 'graphql-js' }).graphqlExecutor).toBe('graphql-js');
  });

  it('reports every bad variable at once', () => {
    const problems = () => {
      try {
        loadConfig({ GRAPHQL_EXECUTOR: 'fast', PORT: 'x', MAX_QUERY_DEPTH: '0' });
      } catch (error) {
        return (error as ConfigError).problems;
      }
      return [];
    };
    expect(problems()).toEqual([
      'GRAPHQL_EXECUTOR="fast" must be one of compiled, graphql-js',
      'PORT="x" is not a port number (0-65535)',
      'MAX_QUERY_DEPTH="0" must be a positive integer',
    ]);
  });
});
