/**
 * All configuration in one validated object. Every bad variable is reported at once at start,
 * and the password never appears in logs (see `describe`).
 */
export interface AppConfig {
  host: string;
  port: number;
  neo4j: {
    uri: string;
    user: string;
    password: string;
    database: string | undefined;
    /** How long a request waits for a connection before it fails with UNAVAILABLE. */
    acquisitionTimeoutMs: number;
    /** Longest a request's transaction may run before Neo4j terminates it. */
    queryTimeoutMs: number;
    /** Longest an import's single transaction may run. */
    importTimeoutMs: number;
  };
  seedFile: string | undefined;
  /** Largest accepted request body, e.g. a dataset sent to importDataset. */
  maxBodyBytes: number;
  limits: {
    /** Deepest selection nesting a query may have. */
    maxDepth: number;
    /** Highest estimated cost of a query (list fields count `first` times their selection). */
    maxComplexity: number;
    /** Requests (root fields) per minute per API key, or per address when the server runs open. */
    ratePerMinute: number;
  };
  /**
   * How GraphQL operations run: `compiled` (graphql-jit, each operation compiled once) or
   * `graphql-js` (the reference executor, a fallback should the compiled one ever misbehave).
   */
  graphqlExecutor: GraphQLExecutor;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  production: boolean;
}

export const GRAPHQL_EXECUTORS = ['compiled', 'graphql-js'] as const;
export type GraphQLExecutor = (typeof GRAPHQL_EXECUTORS)[number];

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration: ${problems.join('; ')}`);
  }
}

const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;

function readPort(env: NodeJS.ProcessEnv, name: string, fallback: number, problems: string[]): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    problems.push(`${name}="${raw}" is not a port number (0-65535)`);
  }
  return port;
}

function readPositiveInt(env: NodeJS.ProcessEnv, name: string, fallback: number, problems: string[]) {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) problems.push(`${name}="${raw}" must be a positive integer`);
  return value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const problems: string[] = [];
  const uri = env.NEO4J_URI ?? `bolt://127.0.0.1:${env.NEO4J_PORT ?? 7687}`;
  if (!/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s]+$/.test(uri)) {
    problems.push(`NEO4J_URI="${uri}" must be a bolt://, bolt+s://, neo4j:// or neo4j+s:// URI`);
  }
  const logLevel = (env.LOG_LEVEL ?? 'info') as AppConfig['logLevel'];
  if (!LOG_LEVELS.includes(logLevel))
    problems.push(`LOG_LEVEL="${logLevel}" must be one of ${LOG_LEVELS.join(', ')}`);
  const graphqlExecutor = (env.GRAPHQL_EXECUTOR || 'compiled') as GraphQLExecutor;
  if (!GRAPHQL_EXECUTORS.includes(graphqlExecutor))
    problems.push(`GRAPHQL_EXECUTOR="${graphqlExecutor}" must be one of ${GRAPHQL_EXECUTORS.join(', ')}`);
  const config: AppConfig = {
    host: env.HOST ?? '127.0.0.1',
    port: readPort(env, 'PORT', 4000, problems),
    neo4j: {
      uri,
      user: env.NEO4J_USER ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      database: env.NEO4J_DATABASE || undefined,
      acquisitionTimeoutMs: readPositiveInt(env, 'NEO4J_ACQUISITION_TIMEOUT_MS', 5000, problems),
      queryTimeoutMs: readPositiveInt(env, 'NEO4J_QUERY_TIMEOUT_MS', 60_000, problems),
      importTimeoutMs: readPositiveInt(env, 'NEO4J_IMPORT_TIMEOUT_MS', 1_800_000, problems),
    },
    seedFile:
      env.FAULTLINE_SEED === 'none' ? undefined : (env.FAULTLINE_SEED ?? 'seeds/ukraine-talks-2025.json'),
    maxBodyBytes: readPositiveInt(env, 'MAX_BODY_BYTES', 50 * 1024 * 1024, problems),
    limits: {
      maxDepth: readPositiveInt(env, 'MAX_QUERY_DEPTH', 12, problems),
      maxComplexity: readPositiveInt(env, 'MAX_QUERY_COMPLEXITY', 25_000, problems),
      ratePerMinute: readPositiveInt(env, 'RATE_LIMIT_PER_MINUTE', 1200, problems),
    },
    graphqlExecutor,
    logLevel,
    production: env.NODE_ENV === 'production',
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** What start-up logs say about the configuration: everything but secrets. */
export function describeConfig(config: AppConfig): Record<string, unknown> {
  return {
    host: config.host,
    port: config.port,
    neo4jUri: config.neo4j.uri,
    neo4jUser: config.neo4j.user,
    neo4jPassword: config.neo4j.password ? '(set)' : '(empty)',
    neo4jDatabase: config.neo4j.database ?? '(default)',
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
