// The floor's database access: neo4j-driver with the same settings as Faultline's gateway
// (plain JavaScript numbers, reads routed as reads, auto-commit), one hand-written query per answer; and a
// Neo4j server of a bench's own.
import neo4j from 'neo4j-driver';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export function createDriver(uri, { user, password, userAgent = 'faultline-bench' } = {}) {
  return neo4j.driver(uri, password ? neo4j.auth.basic(user ?? 'neo4j', password) : undefined, {
    disableLosslessIntegers: true,
    userAgent,
  });
}

export function driverFromEnv(env = process.env, userAgent = 'faultline-bench') {
  return createDriver(env.NEO4J_URI, { user: env.NEO4J_USER, password: env.NEO4J_PASSWORD, userAgent });
}

/**
 * Runs a workload's hand-written Cypher once; returns its rows as plain objects. Like Faultline's
 * reads, in an auto-commit transaction (one round trip, no BEGIN and COMMIT): the fastest way the
 * driver has to run one read.
 */
export async function runRaw(driver, workload, params, database = process.env.NEO4J_DATABASE || undefined) {
  const session = driver.session({
    database,
    defaultAccessMode: neo4j.session.READ,
    bookmarkManager: driver.executeQueryBookmarkManager,
  });
  try {
    const { records } = await session.run(workload.raw.cypher, params);
    return records.map((record) => record.toObject());
  } finally {
    await session.close();
  }
}

/**
 * A Neo4j of a bench's own: `node scripts/neo4j.mjs start --instance NAME --port N` as a child
 * process (any instance name and port, unlike startNeo4j), with its data folder wiped first and
 * `memory` ({ heap, pageCache }) unless NEO4J_HEAP / NEO4J_PAGECACHE say otherwise. Resolves once
 * Bolt answers with { uri, stop() }; stop() is the script's clean shutdown (SIGTERM, then it waits).
 */
export async function startOwnNeo4j(root, { instance, port, memory }) {
  const script = path.join(root, 'scripts', 'neo4j.mjs');
  // An instance left running by an interrupted run is stopped before its data is deleted.
  spawnSync(process.execPath, [script, 'stop', '--instance', instance], { cwd: root, stdio: 'ignore' });
  fs.rmSync(path.join(root, '.neo4j', instance, 'data'), { recursive: true, force: true });
  const child = spawn(process.execPath, [script, 'start', '--instance', instance, '--port', String(port)], {
    cwd: root,
    env: {
      ...process.env,
      NEO4J_HEAP: process.env.NEO4J_HEAP ?? memory.heap,
      NEO4J_PAGECACHE: process.env.NEO4J_PAGECACHE ?? memory.pageCache,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await new Promise((resolve, reject) => {
    let output = '';
    child.stderr.on('data', (chunk) => {
      process.stderr.write(chunk);
      output += chunk;
      if (output.includes('is ready on')) resolve();
    });
    exited.then((code) => reject(new Error(`Neo4j (${instance}) exited with code ${code} during start`)));
  });
  return {
    uri: `bolt://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
