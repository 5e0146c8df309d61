import neo4j from 'neo4j-driver';

/**
 * Neo4j values as plain JavaScript: temporal values become Date, nodes and relationships their
 * properties, lists and maps recursively. Integers are numbers already (disableLosslessIntegers).
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value !== 'object') return value;
  if (neo4j.isDateTime(value) || neo4j.isLocalDateTime(value) || neo4j.isDate(value)) {
    return new Date(value.toString());
  }
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return toPlain(value.properties);
  if (value instanceof Date) return value;
  const plain: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) plain[key] = toPlain(inner);
  return plain;
}
