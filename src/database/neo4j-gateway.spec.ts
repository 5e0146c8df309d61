import { Neo4jError } from 'neo4j-driver';
import { transactionTooLarge } from './neo4j-gateway';

describe('transactionTooLarge', () => {
  it("tells a transaction that outgrew Neo4j's memory what to do, with the limit Neo4j gave", () => {
    // The message Neo4j 5.26 gave an import of 110,000 positions on a 512 MB heap.
    const error = new Neo4jError(
      'The allocation of an extra 2.0 MiB would use more than the limit 358.4 MiB. Currently using 356.7 MiB. dbms.memory.transaction.total.max threshold reached',
      'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
      '50N42',
      'error: general processing exception - unexpected error',
    );
    expect(error.retriable).toBe(true); // what Neo4j says; the gateway does not retry it
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
