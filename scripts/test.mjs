#!/usr/bin/env node
// `npm test`: installs what is missing, type-checks, lints, starts a Neo4j of its own (its own
// data folder and port, wiped first) and runs the whole Jest suite on it.
// NEO4J_TEST_URI runs the suite on another, disposable Neo4j instead: the tests delete its data.
import fs from 'node:fs';
import path from 'node:path';
import { ensureBuilt, ensureInstalled, root, run } from './bootstrap.mjs';
import { fail, log } from './output.mjs';

ensureInstalled();
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

log('test', 'type check (tsc --noEmit)');
if (run(bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']) !== 0) fail('type check failed');
log('test', 'lint (eslint, prettier)');
if (run('npm', ['run', '--silent', 'lint']) !== 0) fail('lint failed: `npm run format` fixes formatting');

// The CLI tests run the built commands, as users do.
ensureBuilt();

const { startNeo4j } = await import('./neo4j.mjs');
// The suite sends thousands of requests a minute (fuzzing): the rate limit is tested on its own.
const env = {
  ...process.env,
  FAULTLINE_SEED: 'none',
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  RATE_LIMIT_PER_MINUTE: process.env.RATE_LIMIT_PER_MINUTE ?? '1000000',
};
delete env.NEO4J_URI;
let neo4j;
if (process.env.NEO4J_TEST_URI) {
  env.NEO4J_URI = process.env.NEO4J_TEST_URI;
} else {
  fs.rmSync(path.join(root, '.neo4j', 'test', 'data'), { recursive: true, force: true });
  neo4j = await startNeo4j('test');
  env.NEO4J_URI = neo4j.uri;
}

let code;
try {
  code = run(bin('jest'), ['--runInBand', ...process.argv.slice(2)], { env });
} finally {
  if (neo4j) await neo4j.stop();
}
process.exit(code);
