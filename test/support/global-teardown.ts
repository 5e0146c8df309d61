import fs from 'node:fs';
import path from 'node:path';
import { CYPHER_FILES } from '../../src/database/cypher-files';

/**
 * Fails the run when a product query file was never executed by any test (only when the whole
 * suite ran: a filtered run, e.g. `npm test -- actors`, cannot cover every file).
 */
export default function globalTeardown(config: {
  testPathPatterns?: unknown;
  testNamePattern?: string;
}): void {
  const file = process.env.FAULTLINE_EXECUTED_QUERIES_FILE;
  if (!file || !fs.existsSync(file)) return;
  const executed = new Set(fs.readFileSync(file, 'utf8').split('\n').filter(Boolean));
  fs.rmSync(file, { force: true });
  const filtered =
    process.argv.slice(2).some((arg) => !arg.startsWith('-')) || Boolean(config.testNamePattern);
  if (filtered || executed.size === 0) return;
  const schemaFiles = fs
    .readdirSync(path.join(__dirname, '../../cypher/schema'))
    .filter((name) => name.endsWith('.cypher'))
    .map((name) => `schema/${name}`);
  const listed = Object.values(CYPHER_FILES).flatMap((queries) => Object.values(queries) as string[]);
  const never = [...listed, ...schemaFiles].filter((name) => !executed.has(name));
  if (never.length > 0) {
    throw new Error(`query files never executed by a test: ${never.join(', ')}`);
  }
  process.stdout.write(`every one of ${listed.length + schemaFiles.length} query files ran in a test\n`);
}
