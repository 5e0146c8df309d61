import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../common/project-root';
import { CYPHER_FILES } from './cypher-files';

/** One query file: its registry name (`actors.findById`) and the statement it runs. */
export interface CypherQuery {
  readonly name: string;
  readonly file: string;
  /** The query files whose text this statement is (one, or the parts joinQueries joined). */
  readonly files: readonly string[];
  /** The file's statement without its comments and indentation (see `compactCypher`). */
  readonly text: string;
}

/**
 * The statement of a query file as it is sent: without comment lines, indentation and blank lines.
 * The commented text of a long query passes the driver's 1,400-byte write buffer, and each
 * buffer more is one more socket write per query; Neo4j's query cache keys on the text alone.
 * Query files keep comments on lines of their own and no string literal spans lines (both checked
 * by the registry's test), so this changes nothing Cypher reads.
 */
export function compactCypher(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('//'))
    .join('\n');
}

export type CypherRegistry = {
  readonly [D in keyof typeof CYPHER_FILES]: {
    readonly [Q in keyof (typeof CYPHER_FILES)[D]]: CypherQuery;
  };
};

export function cypherDirectory(): string {
  return path.join(projectRoot(), 'cypher');
}

/** Reads every listed query file; throws one error naming all missing or empty files. */
export function loadCypherRegistry(dir = cypherDirectory()): CypherRegistry {
  const problems: string[] = [];
  const registry: Record<string, Record<string, CypherQuery>> = {};
  for (const [domain, queries] of Object.entries(CYPHER_FILES)) {
    registry[domain] = {};
    for (const [name, file] of Object.entries(queries)) {
      const fullPath = path.join(dir, file);
      if (!fs.existsSync(fullPath)) {
        problems.push(`missing ${fullPath}`);
        continue;
      }
      const text = compactCypher(fs.readFileSync(fullPath, 'utf8'));
      if (text === '') problems.push(`empty ${fullPath}`);
      registry[domain][name] = { name: `${domain}.${name}`, file, files: [file], text };
    }
  }
  if (problems.length > 0) throw new Error(`Cypher query files: ${problems.join(', ')}`);
  return registry as unknown as CypherRegistry;
}

const joined = new Map<string, CypherQuery>();

/**
 * One statement from query files that are parts of it, in order: reads that differ only in where
 * they start or which columns they return share the rest instead of copying it, and each variant
 * stays a plain statement that Neo4j plans (and caches) for what it does. Joined once per list of
 * parts, so that callers may ask for it on every read.
 */
export function joinQueries(parts: readonly CypherQuery[]): CypherQuery {
  const name = parts.map((part) => part.name).join(' + ');
  let query = joined.get(name);
  if (!query) {
    query = {
      name,
      file: parts.map((part) => part.file).join(' + '),
      files: parts.flatMap((part) => part.files),
      text: parts.map((part) => part.text).join('\n'),
    };
    joined.set(name, query);
  }
  return query;
}

let loaded: CypherRegistry | undefined;

/** The registry, loaded on first use and kept: query files are read once per process. */
export function cypher(): CypherRegistry {
  loaded ??= loadCypherRegistry();
  return loaded;
}
