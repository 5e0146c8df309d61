#!/usr/bin/env node
// `npm start`: installs what is missing, starts the local Neo4j (unless NEO4J_URI is set),
// then runs the server, which applies the schema and loads the seed into an empty database.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ensureBuilt, ensureInstalled, root } from './bootstrap.mjs';
import { log } from './output.mjs';

ensureInstalled();
ensureBuilt();
const { startNeo4j } = await import('./neo4j.mjs');

const env = { ...process.env };
let neo4j;
if (env.NEO4J_URI) {
  log('start', `using the Neo4j at ${env.NEO4J_URI} (NEO4J_URI is set: nothing provisioned)`);
} else {
  neo4j = await startNeo4j('dev');
  env.NEO4J_URI = neo4j.uri;
}

const server = spawn(process.execPath, ['--enable-source-maps', path.join(root, 'dist', 'main.js')], {
  cwd: root,
  env,
  stdio: 'inherit',
});

let stopping = false;
async function stop(code) {
  if (stopping) return;
  stopping = true;
  if (server.exitCode === null) {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
  }
  if (neo4j) {
    log('start', 'stopping Neo4j...');
    await neo4j.stop();
  }
  process.exit(code);
}

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
server.once('exit', (code) => stop(code ?? 1));
neo4j?.child.once('exit', () => {
  if (!stopping) log('start', 'Neo4j exited; stopping the server');
  stop(1);
});
