import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import neo4j, { Driver, Neo4jError, QueryResult, Record as Neo4jRecord } from 'neo4j-driver';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DomainError } from '../common/domain-error';
import { currentRequestContext } from '../common/request-context';
import { cypher, CypherQuery } from './cypher-registry';
import { randomUUID } from 'node:crypto';
import { toRow } from './neo4j-values';

export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

/** A write transaction as repositories see it: run query files, get plain rows. */
export interface WriteTransaction {
  run(query: CypherQuery, params?: Params): Promise<Row[]>;
  /** Names nodes this write touched, for its audit-trail entry. */
  touch(...ids: string[]): void;
  /** Id of this write's audit-trail entry (recorded at its end when it touched anything). */
  readonly changeId: string;
}

/** Ids kept on one audit entry; its touchedCount holds the full number. */
const AUDIT_TOUCHED_MAX = 1000;

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

/**
 * Neo4j's refusals of a transaction that outgrows its memory limits (its own, or all transactions'
 * together). Neo4j calls them transient, but the same work fails the same way: never retried.
 */
const MEMORY_LIMIT_CODES = new Set([
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
  'Neo.TransientError.General.TransactionMemoryLimit',
]);

/** The refusal to show when a transaction outgrew Neo4j's memory limits, or null for other errors. */
export function transactionTooLarge(error: Neo4jError): DomainError | null {
  if (!MEMORY_LIMIT_CODES.has(error.code)) return null;
  const limit = /limit (\d+(?:\.\d+)? ?[KMG]i?B)/.exec(error.message)?.[1];
  return new DomainError(
    'TRANSACTION_TOO_LARGE',
    `Neo4j refused the work: it needs more memory than the database allows a transaction${limit ? ` (${limit})` : ''}. ` +
      'Send less at once (a smaller file or page), or give Neo4j more memory ' +
      '(the local one: a larger NEO4J_HEAP, such as NEO4J_HEAP=2g for about 100,000 positions or 10g for ' +
      '500,000; any other: dbms.memory.transaction.total.max).',
  );
}

const isRetryable = (error: unknown): boolean =>
  error instanceof Neo4jError && error.retryable && !MEMORY_LIMIT_CODES.has(error.code);

/** The audit-trail entry of a write: who (the key, or the CLI), which operation, which nodes. */
function auditEntry(id: string, touched: Set<string>): Params {
  const context = currentRequestContext();
  const ids = [...touched];
  return {
    id,
    by: context?.principal?.name ?? 'system',
    operation: context?.operation ?? 'unknown',
    requestId: context?.requestId ?? null,
    touched: ids.slice(0, AUDIT_TOUCHED_MAX),
    touchedCount: ids.length,
  };
}

/**
 * The only owner of the driver: sessions, transactions (retried on transient errors), and the
 * mapping of Neo4j errors to domain errors. Repositories talk to Neo4j through it alone. Every
 * session shares the driver's bookmark manager, so that on a cluster a read follows the writes
 * before it (causal consistency), whichever member serves it.
 */
@Injectable()
export class Neo4jGateway implements OnModuleDestroy {
  private readonly logger = new Logger('Neo4j');
  readonly driver: Driver;
  private readonly database: string | undefined;
  private readonly queryTimeoutMs: number;
  /** How long reads retry transient errors (as the driver's managed transactions do). */
  private readonly retryTimeMs: number;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const { uri, user, password, database, acquisitionTimeoutMs, queryTimeoutMs } = config.neo4j;
    this.database = database;
    this.queryTimeoutMs = queryTimeoutMs;
    this.retryTimeMs = acquisitionTimeoutMs;
    this.driver = neo4j.driver(uri, password ? neo4j.auth.basic(user, password) : undefined, {
      disableLosslessIntegers: true,
      connectionAcquisitionTimeout: acquisitionTimeoutMs,
      connectionTimeout: acquisitionTimeoutMs,
      maxTransactionRetryTime: acquisitionTimeoutMs,
      userAgent: 'faultline',
    });
  }

  /**
   * Runs one read query (routed to a reader on a cluster) in an auto-commit transaction: one round
   * trip (RUN and PULL together) where a managed transaction needs BEGIN and COMMIT around them,
   * about 1.7 ms less per read on loopback. Reads keep the driver's causal chaining (its bookmarks)
   * and are retried on transient errors within the acquisition timeout, as managed ones would be.
   */
  async read(query: CypherQuery, params: Params = {}): Promise<Row[]> {
    return this.readRecords(query, params, toPlainRow);
  }

  /**
   * Runs one read as `read` does, but maps each record with `map` (no copy to a plain row first)
   * and, given `fetchSize`, fetches that many records per round trip instead of the driver's
   * 1,000: an export reads pages of 10,000 rows, and Neo4j would wait on Node every thousand.
   */
  async readRecords<T>(
    query: CypherQuery,
    params: Params,
    map: (record: Neo4jRecord) => T,
    fetchSize?: number,
  ): Promise<T[]> {
    this.countQuery(query);
    return this.retrying(
      () => query.name,
      async () => {
        const session = this.session(neo4j.session.READ, fetchSize);
        try {
          return await recordsOf(
            () => session.run(query.text, params, { timeout: this.queryTimeoutMs }),
            map,
          );
        } finally {
          // The answer does not wait for the connection to go back to the pool: the result is
          // consumed, and closing cannot fail in a way the caller could act on.
          void session.close().catch(() => undefined);
        }
      },
    );
  }

  /**
   * Runs `work` in one write transaction: all of it is committed, or none. Imports pass a longer
   * `timeoutMs` than the default for one request. The transaction is explicit rather than the
   * driver's managed one so that a refusal for memory, which Neo4j calls transient, ends the write
   * at once even when it comes at commit (the driver would run all the work again first).
   */
  async write<T>(work: (tx: WriteTransaction) => Promise<T>, timeoutMs = this.queryTimeoutMs): Promise<T> {
    // What the failing attempt was doing, for the log: its last query, or the commit after it.
    let step: string | undefined;
    return this.retrying(
      () => step,
      async () => {
        step = undefined;
        const session = this.session(neo4j.session.WRITE);
        try {
          const tx = session.beginTransaction({ timeout: timeoutMs });
          try {
            const touched = new Set<string>();
            const run = async (query: CypherQuery, params: Params = {}) => {
              step = query.name;
              this.countQuery(query);
              return recordsOf(() => tx.run(query.text, params), toPlainRow);
            };
            const changeId = randomUUID();
            const touch = (...ids: string[]) => ids.forEach((id) => touched.add(id));
            const outcome = await work({ run, touch, changeId });
            if (touched.size > 0)
              await run(cypher().audit.recordChange, { change: auditEntry(changeId, touched) });
            step = `commit after ${step ?? 'no query'}`;
            await tx.commit();
            return outcome;
          } finally {
            if (tx.isOpen()) await tx.rollback().catch(() => undefined);
          }
        } finally {
          await session.close();
        }
      },
    );
  }

  /**
   * Runs `attempt` again after transient errors (a leader change, a deadlock, a lost connection)
   * for up to the acquisition timeout from the first failure, as the driver's managed transactions
   * do (a long import is not refused a retry for having run long); any other error, or the last,
   * is mapped for callers, logged with what was running (`running`). The waits grow and are
   * jittered, so that writers that deadlocked together do not retry in step.
   */
  private async retrying<T>(running: () => string | undefined, attempt: () => Promise<T>): Promise<T> {
    let deadline: number | undefined;
    for (let attempts = 1; ; attempts++) {
      try {
        return await attempt();
      } catch (error) {
        deadline ??= Date.now() + this.retryTimeMs;
        if (!isRetryable(error) || Date.now() >= deadline) throw this.translate(error, running());
      }
      const wait = Math.min(1000, 50 * 2 ** attempts) * (0.8 + Math.random() * 0.4);
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }

  private session(mode: typeof neo4j.session.READ | typeof neo4j.session.WRITE, fetchSize?: number) {
    return this.driver.session({
      database: this.database,
      defaultAccessMode: mode,
      bookmarkManager: this.driver.executeQueryBookmarkManager,
      fetchSize,
    });
  }

  /**
   * Runs one query in an auto-commit transaction: only for queries that manage their own
   * transactions (`CALL { ... } IN TRANSACTIONS`), which a managed transaction cannot run.
   */
  async autoCommit(query: CypherQuery, params: Params = {}): Promise<Row[]> {
    this.countQuery(query);
    const session = this.session(neo4j.session.WRITE);
    try {
      return await recordsOf(() => session.run(query.text, params), toPlainRow);
    } catch (error) {
      throw this.translate(error, query.name);
    } finally {
      await session.close();
    }
  }

  /** Whether the database answers now; never throws. */
  async ping(query: CypherQuery): Promise<boolean> {
    this.markExecuted(query);
    try {
      await this.driver.executeQuery(query.text, {}, { database: this.database });
      return true;
    } catch {
      return false;
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.driver.close();
  }

  /** Names of the query files run by this process (the test suite checks that every file runs). */
  readonly executedQueries = new Set<string>();

  /** Records the query files of a statement as run (see executedQueries). */
  markExecuted(query: CypherQuery): void {
    for (const file of query.files) this.executedQueries.add(file);
  }

  private countQuery(query?: CypherQuery): void {
    if (query) this.markExecuted(query);
    // A request's count is what its operation ran: the (cached) API-key checks of the guard are
    // not part of it, and would make the count depend on the age of that cache.
    const context = currentRequestContext();
    if (context && !query?.file.startsWith('api-keys/')) context.queryCount += 1;
  }

  private translate(error: unknown, query?: string): unknown {
    if (error instanceof DomainError) return error;
    if (error instanceof Neo4jError) {
      const tooLarge = transactionTooLarge(error);
      if (tooLarge) {
        this.logger.warn({
          msg: 'transaction too large',
          code: error.code,
          query,
          error: error.message,
        });
        return tooLarge;
      }
      if (UNAVAILABLE_CODES.has(error.code) || error.code === 'N/A' || error.retryable) {
        // The driver's message tells an outage from a full connection pool (acquisition timeout).
        this.logger.warn({
          msg: 'database unavailable',
          code: error.code,
          query,
          error: error.message,
        });
        return DomainError.unavailable('The database is unavailable; retry in a few seconds.');
      }
      if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
        return DomainError.conflict(error.message);
      }
      this.logger.error({ msg: 'query failed', code: error.code, query, error: error.message });
    }
    return error;
  }
}

/**
 * The records of one driver call, each mapped by `map`, started without the caller's stack trace:
 * the driver formats one for every query (to show where a failed query was run from), which costs
 * ~0.1 ms a query under NestJS's deep async stacks. Errors are logged with the query's name
 * instead (see `translate`).
 */
async function recordsOf<T>(run: () => Promise<QueryResult>, map: (record: Neo4jRecord) => T): Promise<T[]> {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  let running: Promise<QueryResult>;
  try {
    running = run();
  } finally {
    Error.stackTraceLimit = limit;
  }
  const result = await running;
  return result.records.map(map);
}

function toPlainRow(record: Neo4jRecord): Row {
  return toRow(record) as Row;
}
