import { Neo4jError } from 'neo4j-driver';
import { loadConfig } from '../config/app-config';
import { Neo4jGateway, transactionTooLarge } from './neo4j-gateway';

describe('transactionTooLarge', () => {
  it("tells a transaction that outgrew Neo4j's memory what to do, with the limit Neo4j gave", () => {
    // The message Neo4j 5.26 gave an import of 110,000 positions on a 512 MB heap.
    const error = new Neo4jError(
      'The allocation of an extra 2.0 MiB would use more than the limit 358.4 MiB. Currently using 356.7 MiB. dbms.memory.transaction.total.max threshold reached',
      'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
      '50N42',
      'error: general processing exception - unexpected error',
    );
    expect(error.retryable).toBe(true); // what Neo4j says; the gateway does not retry it
    const refusal = transactionTooLarge(error);
    expect(refusal?.code).toBe('TRANSACTION_TOO_LARGE');
    expect(refusal?.message).toContain('(358.4 MiB)');
    expect(refusal?.message).toContain('NEO4J_HEAP=2g');
  });

  it('leaves other errors to the general mapping', () => {
    const error = new Neo4jError('gone', 'ServiceUnavailable', '08000', 'connection exception');
    expect(transactionTooLarge(error)).toBeNull();
  });
});

/**
 * The gateway's retry policy for writes, on a stand-in driver whose commits fail as told (the
 * policy, not storage: the e2e tests run writes on the real Neo4j).
 */
describe('Neo4jGateway.write retries', () => {
  const memoryRefusal = () =>
    new Neo4jError(
      'The allocation of an extra 2.0 MiB would use more than the limit 358.4 MiB.',
      'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
      '50N42',
      'error: general processing exception - unexpected error',
    );
  const deadlock = () =>
    new Neo4jError('deadlock', 'Neo.TransientError.Transaction.DeadlockDetected', '50N05', 'deadlock');

  /** A gateway whose transactions run nothing and commit with `commits[n]` on attempt n. */
  function gatewayCommitting(commits: (() => Promise<void>)[], env: Record<string, string> = {}) {
    let attempts = 0;
    const driver = {
      executeQueryBookmarkManager: {},
      session: () => ({
        beginTransaction: () => {
          const commit = commits[attempts++];
          let open = true;
          return {
            run: () => Promise.resolve({ records: [] }),
            commit: async () => {
              open = false;
              await commit();
            },
            rollback: () => {
              open = false;
              return Promise.resolve();
            },
            isOpen: () => open,
          };
        },
        close: () => Promise.resolve(),
      }),
    };
    const gateway = new Neo4jGateway(loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:1', ...env }));
    void gateway.driver.close();
    Object.assign(gateway, { driver });
    return { gateway, attempts: () => attempts };
  }

  const query = {
    name: 'system.ping',
    file: 'system/ping.cypher',
    files: ['system/ping.cypher'],
    text: 'RETURN 1',
  };

  it('ends a write refused for memory at commit at once, as TRANSACTION_TOO_LARGE (the work runs once)', async () => {
    const { gateway, attempts } = gatewayCommitting([() => Promise.reject(memoryRefusal())]);
    await expect(gateway.write((tx) => tx.run(query))).rejects.toMatchObject({
      code: 'TRANSACTION_TOO_LARGE',
    });
    expect(attempts()).toBe(1);
  });

  it('runs the work again after a transient error such as a deadlock, and returns its outcome', async () => {
    const { gateway, attempts } = gatewayCommitting([
      () => Promise.reject(deadlock()),
      () => Promise.resolve(),
    ]);
    await expect(gateway.write(async (tx) => (await tx.run(query)).length)).resolves.toBe(0);
    expect(attempts()).toBe(2);
  });

  it('retries a write that failed after running longer than the retry time (the clock starts at the failure)', async () => {
    const slowDeadlock = () => new Promise<void>((_, reject) => setTimeout(() => reject(deadlock()), 150));
    const { gateway, attempts } = gatewayCommitting([slowDeadlock, () => Promise.resolve()], {
      NEO4J_ACQUISITION_TIMEOUT_MS: '100',
    });
    await expect(gateway.write((tx) => tx.run(query))).resolves.toEqual([]);
    expect(attempts()).toBe(2);
  });
});
