#!/usr/bin/env node
// `npm run bench -- --size S|M|L`: the same questions answered by the raw neo4j-driver with
// hand-written Cypher (the floor), by Faultline's GraphQL (dist/main.js) and by @neo4j/graphql
// (the peer), on the same Neo4j and the same synthetic data, loaded by Faultline's import CLI; and
// by the GraphQL floor (the floor's Cypher behind Faultline's query on Faultline's stack), which
// tells the cost of GraphQL over HTTP from Faultline's own.
// Prints markdown tables and writes the whole result as JSON to bench/results/. See bench/README.md.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureBuilt, ensureInstalled, root } from '../scripts/bootstrap.mjs';
import { log as say } from '../scripts/output.mjs';
import { importDataset, writeDataset } from './lib/data.mjs';
import { measureFaultlineOnly, queryFields } from './lib/faultline-only.mjs';
import { graphql } from './lib/http.mjs';
import { IMPLEMENTATIONS, measureCompared } from './lib/measure.mjs';
import { driverFromEnv } from './lib/neo4j.mjs';
import { NEO4J_MEMORY, parseOptions, USAGE } from './lib/options.mjs';
import { freePort, startFaultline, startServer } from './lib/processes.mjs';
import { markdown, targets } from './lib/report.mjs';
import { FAULTLINE_ONLY } from './workloads/faultline-only.mjs';
import { COMPARED } from './workloads/index.mjs';
import { recordPositions } from './workloads/record-position.mjs';

const log = (message) => say('bench', message);

let options;
try {
  options = parseOptions(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`error: ${error.message}\n`);
  process.exit(2);
}
if (options.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (options.report) {
  process.stdout.write(`${markdown(JSON.parse(fs.readFileSync(options.report, 'utf8')))}\n`);
  process.exit(0);
}
const selected = (name) => !options.only || options.only.includes(name);

if (options.build) {
  ensureInstalled();
  ensureBuilt();
}

const loadAverage = () => os.loadavg().map((load) => Math.round(load * 100) / 100);
const environment = {
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model?.trim() ?? 'unknown',
  memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  node: process.version,
  loadBefore: loadAverage(),
  startedAt: new Date().toISOString(),
};
const peerVersion = JSON.parse(
  fs.readFileSync(path.join(root, 'node_modules/@neo4j/graphql/package.json'), 'utf8'),
).version;

// The database: NEO4J_URI (kept: the data is imported into it), or the bench's own, wiped first.
let neo4j;
const env = { ...process.env, FAULTLINE_SEED: 'none', LOG_LEVEL: 'warn' };
// The server writes its generated schema at start: never over the committed schema.gql.
env.FAULTLINE_SCHEMA_FILE = path.join(os.tmpdir(), `faultline-bench-schema-${process.pid}.gql`);
if (!env.NEO4J_URI) {
  const memory = NEO4J_MEMORY[options.size];
  process.env.NEO4J_HEAP ??= memory.heap;
  process.env.NEO4J_PAGECACHE ??= memory.pageCache;
  const { startNeo4j } = await import('../scripts/neo4j.mjs');
  fs.rmSync(path.join(root, '.neo4j', 'bench', 'data'), { recursive: true, force: true });
  neo4j = await startNeo4j('bench');
  env.NEO4J_URI = neo4j.uri;
}

const result = {
  size: { name: options.size },
  options: {
    runs: options.runs,
    warmup: options.warmup,
    duration: options.duration,
    connections: options.connections,
    writers: options.writers,
  },
  environment,
  compared: [],
  faultlineOnly: [],
};
const servers = {};
const driver = driverFromEnv(env);
const out =
  options.out ??
  path.join(root, 'bench', 'results', `${options.size}-${environment.startedAt.replace(/[:.]/g, '-')}.json`);
/** Written after every workload too, so an interrupted run keeps what it measured. */
const save = () => {
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
};
const stopAll = async () => {
  await Promise.all(Object.values(servers).map((server) => server.stop()));
  await driver.close();
  if (neo4j) await neo4j.stop();
  fs.rmSync(env.FAULTLINE_SCHEMA_FILE, { force: true });
};
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    log(`${signal}: stopping the servers${neo4j ? ' and Neo4j' : ''}`);
    result.error = `interrupted by ${signal}`;
    save();
    await stopAll();
    process.exit(130);
  });
}

try {
  const { records } = await driver.executeQuery(
    'CALL dbms.components() YIELD versions RETURN versions[0] AS v',
  );
  environment.neo4j = records[0]?.get('v') ?? 'unknown';
  environment.peerVersion = peerVersion;

  const dataset = await writeDataset(root, options.data);
  Object.assign(result.size, options.data, dataset, { file: undefined });
  if (options.import) {
    log(`size ${options.size}: importing ${dataset.positions} positions through the import CLI...`);
    const { seconds } = await importDataset(root, dataset.file, env, (line) => log(line));
    result.import = {
      positions: dataset.positions,
      seconds: Math.round(seconds * 100) / 100,
      positionsPerSecond: Math.round(dataset.positions / seconds),
    };
  }
  fs.rmSync(dataset.file, { force: true });

  log('starting the four servers...');
  const [faultlinePort, peerPort, rawPort, graphqlFloorPort] = [
    await freePort(),
    await freePort(),
    await freePort(),
    await freePort(),
  ];
  // Every GraphQL server runs as deployed: graphql-js skips its development-mode checks under
  // NODE_ENV=production (Faultline defaults to it).
  const production = { ...env, NODE_ENV: 'production' };
  const profileDir = path.join(root, 'bench', 'results', 'profiles');
  if (options.cpuProf) fs.mkdirSync(profileDir, { recursive: true });
  const starting = {
    faultline: startFaultline(root, env, {
      port: faultlinePort,
      nodeArgs: options.cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
    }),
    peer: startServer({
      name: 'peer',
      script: path.join(root, 'bench/servers/neo4j-graphql-server.mjs'),
      env: production,
      port: peerPort,
      path: '/',
      ready: async (base) =>
        (
          await fetch(`${base}/`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: '{"query":"{ __typename }"}',
          })
        ).ok,
    }),
    raw: startServer({
      name: 'raw',
      script: path.join(root, 'bench/servers/raw-server.mjs'),
      env,
      port: rawPort,
      path: '/',
      ready: async (base) => (await fetch(`${base}/health`)).ok,
    }),
    graphqlFloor: startServer({
      name: 'graphql-floor',
      script: path.join(root, 'bench/servers/graphql-floor-server.mjs'),
      env: production,
      port: graphqlFloorPort,
      path: '/graphql',
      ready: async (base) => (await fetch(`${base}/health`)).ok,
    }),
  };
  const started = await Promise.allSettled(Object.values(starting));
  Object.keys(starting).forEach((name, i) => {
    if (started[i].status === 'fulfilled') servers[name] = started[i].value;
  });
  const failedStart = started.find((outcome) => outcome.status === 'rejected');
  if (failedStart) throw failedStart.reason;

  const now = new Date().toISOString();
  const ask = (server) => async (query, variables) => (await graphql(server.url, query, variables)).data;
  for (const workload of COMPARED.filter((w) => selected(w.name))) {
    log(`${workload.name}: checking the answers, then timing...`);
    let params = await workload.prepare({ driver, size: options.data });
    if (workload.cursors) {
      params = await workload.cursors(params, { faultline: ask(servers.faultline), peer: ask(servers.peer) });
    }
    result.compared.push(await measureCompared({ workload, params, servers, driver, options, now, log }));
    save();
  }

  const fields = await queryFields(servers.faultline.url);
  for (const workload of FAULTLINE_ONLY.filter((w) => selected(w.name))) {
    result.faultlineOnly.push(
      await measureFaultlineOnly({ workload, fields, server: servers.faultline, driver, options, log }),
    );
    save();
  }
  if (selected('record-position')) {
    log(`record-position: ${options.writers} concurrent writers for ${options.duration} s`);
    result.recordPosition = await recordPositions({
      url: servers.faultline.url,
      writers: options.writers,
      seconds: options.duration,
      size: result.size,
    });
  }
  result.memory = Object.fromEntries(IMPLEMENTATIONS.map((impl) => [impl, servers[impl].memory()]));
} catch (error) {
  result.error = error instanceof Error ? error.message : String(error);
  process.stderr.write(`error: ${result.error}\n`);
  process.exitCode = 1;
} finally {
  await stopAll();
}

environment.loadAfter = loadAverage();
environment.finishedAt = new Date().toISOString();
for (const workload of result.compared) workload.targets = targets(workload);
result.agree = result.compared.every((w) => w.agree);
if (!result.agree) process.exitCode = 1;

save();
if (!result.error) process.stdout.write(`${markdown(result)}\n`);
log(`result written to ${path.relative(process.cwd(), out)}`);
