import neo4j, { Record as Neo4jRecord } from 'neo4j-driver';

/**
 * Neo4j values as plain JavaScript: temporal values become Date, nodes and relationships their
 * properties, lists and maps recursively. Integers are numbers already (disableLosslessIntegers).
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  // Lists and Cypher maps (most values of a read) are converted in place, as the driver made them
  // for this record alone: no copies, and no test against every Neo4j type first.
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) value[index] = toPlain(value[index]);
    return value;
  }
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const map = value as Record<string, unknown>;
    for (const key of Object.keys(map)) map[key] = toPlain(map[key]);
    return map;
  }
  if (neo4j.isDateTime(value) && value.timeZoneOffsetSeconds != null && +value.year >= 100) {
    // From the fields, not via toString() and a second parse: reads return thousands of these.
    // (Date.UTC maps years 0-99 to 1900-1999: those take the slow path.)
    const { year, month, day, hour, minute, second, nanosecond, timeZoneOffsetSeconds } = value;
    const utc = Date.UTC(+year, +month - 1, +day, +hour, +minute, +second, Math.floor(+nanosecond / 1e6));
    return new Date(utc - +timeZoneOffsetSeconds * 1000);
  }
  if (neo4j.isDateTime(value) || neo4j.isLocalDateTime(value) || neo4j.isDate(value)) {
    return new Date(value.toString());
  }
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return toPlain(value.properties);
  if (value instanceof Date) return value;
  const plain: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) plain[key] = toPlain(inner);
  return plain;
}

/**
 * A record as a plain row. The driver's own `toObject` walks the record through a down-levelled
 * generator, several times the cost of this loop on reads of hundreds of records.
 */
export function toRow(record: Neo4jRecord): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  const keys = record.keys;
  for (let index = 0; index < keys.length; index++) row[keys[index] as string] = toPlain(record.get(index));
  return row;
}

/**
 * A date-time read back from a query: hot reads return `x.epochMillis` (a number, far cheaper for
 * the driver to decode than a DateTime structure), others a DateTime that toPlain made a Date.
 */
export function toDate(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  return value instanceof Date ? value : new Date(Number(value));
}
