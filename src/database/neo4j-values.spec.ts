import neo4j from 'neo4j-driver';
import { toDate, toPlain, toRow } from './neo4j-values';

describe('toPlain', () => {
  it('turns a DateTime with an offset into the same instant', () => {
    // 2025-07-14T10:30:15.250+02:00 is 08:30:15.250 UTC.
    const value = new neo4j.types.DateTime(2025, 7, 14, 10, 30, 15, 250_000_000, 7200);
    expect(toPlain(value)).toEqual(new Date('2025-07-14T08:30:15.250Z'));
  });

  it('keeps negative offsets and sub-millisecond nanoseconds right', () => {
    const value = new neo4j.types.DateTime(2024, 12, 31, 23, 0, 0, 999_999, -3600);
    expect(toPlain(value)).toEqual(new Date('2025-01-01T00:00:00.000Z'));
  });

  it('reads years below 100 without shifting them into the 1900s', () => {
    const value = new neo4j.types.DateTime(50, 1, 1, 0, 0, 0, 0, 0);
    expect((toPlain(value) as Date).getUTCFullYear()).toBe(50);
  });

  it('maps nested maps and lists', () => {
    const value = { a: [{ at: new neo4j.types.Date(2025, 3, 1) }], b: null };
    expect(toPlain(value)).toEqual({ a: [{ at: new Date('2025-03-01T00:00:00Z') }], b: null });
  });
});

describe('toRow', () => {
  it('names each value by its key, as plain values, like toPlain(record.toObject())', () => {
    const record = new neo4j.Record(
      ['id', 'at', 'tags'],
      ['p-1', new neo4j.types.Date(2025, 3, 1), [{ at: new neo4j.types.Date(2025, 3, 2) }]],
    );
    const row = toRow(record);
    expect(row).toEqual({
      id: 'p-1',
      at: new Date('2025-03-01T00:00:00Z'),
      tags: [{ at: new Date('2025-03-02T00:00:00Z') }],
    });
    expect(row).toEqual(toPlain(record.toObject()));
  });
});

describe('toDate', () => {
  it('reads epoch milliseconds and Dates, and keeps null', () => {
    expect(toDate(Date.UTC(2025, 2, 1))).toEqual(new Date('2025-03-01T00:00:00Z'));
    expect(toDate(new Date('2025-03-01T00:00:00Z'))).toEqual(new Date('2025-03-01T00:00:00Z'));
    expect(toDate(null)).toBeNull();
  });
});
