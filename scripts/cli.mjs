#!/usr/bin/env node
// Runs a command-line tool of the server (`npm run import -- file.json`) on the built code.
// Without NEO4J_URI it uses the local Neo4j: the running one, or one started for this command.
import { spawnSync } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { ensureBuilt, ensureInstalled, root } from './bootstrap.mjs';
import { fail } from './output.mjs';

const COMMANDS = {
  import: 'cli/import.js',
  export: 'cli/export.js',
  keys: 'cli/keys.js',
  backup: 'cli/backup.js',
  restore: 'cli/backup.js',
};
const [command, ...args] = process.argv.slice(2);
if (!COMMANDS[command])
  fail(`unknown command "${command}": use one of ${Object.keys(COMMANDS).join(', ')}`, 2);

ensureInstalled();
ensureBuilt();
const { instancePort, startNeo4j } = await import('./neo4j.mjs');

const listening = (port) =>
  new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

const env = { ...process.env };
let neo4j;
if (!env.NEO4J_URI) {
  const port = instancePort('dev');
  if (await listening(port)) env.NEO4J_URI = `bolt://127.0.0.1:${port}`;
  else {
    neo4j = await startNeo4j('dev');
    env.NEO4J_URI = neo4j.uri;
  }
}
// backup and restore share one program, which takes the command as its first argument.
const commandArgs = COMMANDS[command] === 'cli/backup.js' ? [command, ...args] : args;
const result = spawnSync(process.execPath, [path.join(root, 'dist', COMMANDS[command]), ...commandArgs], {
  cwd: process.env.INIT_CWD ?? process.cwd(),
  env,
  stdio: 'inherit',
});
if (neo4j) await neo4j.stop();
process.exit(result.status ?? 1);
