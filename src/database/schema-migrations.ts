import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { cypher, cypherDirectory, CypherQuery } from './cypher-registry';
import { Neo4jGateway } from './neo4j-gateway';

export interface MigrationFile {
  id: string;
  checksum: string;
  statements: string[];
}

export interface MigrationReport {
  applied: string[];
  alreadyApplied: string[];
  version: string | null;
}

export class MigrationError extends Error {}

const MIGRATION_NAME = /^(\d{3})-[a-z0-9-]+\.cypher$/;

/** Splits a migration file into statements: `;` ends a statement, `//` lines are comments. */
export function splitStatements(text: string): string[] {
  const withoutComments = text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
  return withoutComments
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}

/** Reads cypher/schema/NNN-name.cypher in order; numbering must be unique. */
export function readMigrationFiles(dir = path.join(cypherDirectory(), 'schema')): MigrationFile[] {
  const names = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.cypher'))
    .sort();
  const seen = new Set<string>();
  return names.map((name) => {
    const match = MIGRATION_NAME.exec(name);
    if (!match) throw new MigrationError(`${name}: migration files are named NNN-kebab-name.cypher`);
    if (seen.has(match[1])) throw new MigrationError(`${name}: migration number ${match[1]} is used twice`);
    seen.add(match[1]);
    const text = fs.readFileSync(path.join(dir, name), 'utf8');
    return {
      id: name.replace(/\.cypher$/, ''),
      checksum: createHash('sha256').update(text).digest('hex'),
      statements: splitStatements(text),
    };
  });
}

/**
 * Applies the schema migrations not yet recorded in the graph, in order. Each statement is
 * idempotent (IF NOT EXISTS); a migration edited after it was applied stops the start.
 */
export async function applyMigrations(
  gateway: Neo4jGateway,
  files: MigrationFile[] = readMigrationFiles(),
): Promise<MigrationReport> {
  const rows = await gateway.read(cypher().migrations.listApplied);
  const recorded = new Map(rows.map((row) => [String(row.id), String(row.checksum)]));
  const report: MigrationReport = { applied: [], alreadyApplied: [], version: null };
  for (const file of files) {
    const checksum = recorded.get(file.id);
    if (checksum !== undefined) {
      if (checksum !== file.checksum) {
        throw new MigrationError(
          `migration ${file.id} was edited after it was applied (recorded checksum ${checksum.slice(0, 12)}, ` +
            `file ${file.checksum.slice(0, 12)}): restore the file and put the change in a new migration`,
        );
      }
      report.alreadyApplied.push(file.id);
      continue;
    }
    // Schema changes cannot share a transaction with data writes, so each statement runs alone.
    for (const [index, statement] of file.statements.entries()) {
      const query: CypherQuery = {
        name: `${file.id}#${index + 1}`,
        file: `schema/${file.id}.cypher`,
        files: [`schema/${file.id}.cypher`],
        text: statement,
      };
      await gateway.write((tx) => tx.run(query));
    }
    await gateway.write((tx) => tx.run(cypher().migrations.record, { id: file.id, checksum: file.checksum }));
    report.applied.push(file.id);
  }
  report.version = files.length > 0 ? files[files.length - 1].id : null;
  return report;
}
