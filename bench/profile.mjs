#!/usr/bin/env node
// `node bench/profile.mjs`: where Faultline spends the time of each compared workload. Runs the
// built app in this process on NEO4J_URI (the data must be loaded, e.g. by `npm run bench` on that
// Neo4j or `npm run import`), sends each workload's GraphQL request, and reports
//   - every database query the request ran (query file, ms, rows) and the time outside them;
//   - PROFILE of each of those queries with the same parameters (db hits, rows, operators);
//   - with --cpu-prof, the functions and packages that took the CPU (V8 sampling profiler),
//     the .cpuprofile files written to bench/results/profiles/ (open them in Chrome DevTools).
//   - with --writes, the queries of one recordPosition, and writes/s of 16 concurrent writers through
//     Faultline and through one hand-written Cypher write each (the floor). Writes change the data.
// Usage: NEO4J_URI=bolt://127.0.0.1:7689 node bench/profile.mjs [--size M] [--only a,b] [--runs 5]
//   [--cpu-prof] [--writes]
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { root } from '../scripts/bootstrap.mjs';
import { postJson } from './lib/http.mjs';
import { driverFromEnv } from './lib/neo4j.mjs';
import { SIZES } from './lib/options.mjs';
import { COMPARED } from './workloads/index.mjs';
import { RAW_RECORD, recordPositions, recordPositionsRaw } from './workloads/record-position.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const size = SIZES[option('--size', 'M')];
const only = option('--only', null)?.split(',');
const runs = Number(option('--runs', '5'));
const cpuProf = args.includes('--cpu-prof');
const writes = args.includes('--writes');
if (!process.env.NEO4J_URI) {
  process.stderr.write('error: set NEO4J_URI to a Neo4j that holds the benchmark data\n');
  process.exit(2);
}
Object.assign(process.env, {
  FAULTLINE_SEED: 'none',
  LOG_LEVEL: 'error',
  FAULTLINE_SCHEMA_FILE: path.join(os.tmpdir(), `faultline-profile-schema-${process.pid}.gql`),
});

const require = createRequire(import.meta.url);
const { createApp } = require(path.join(root, 'dist/main.js'));
const { JsonLogger } = require(path.join(root, 'dist/common/logger.js'));
const { Neo4jGateway } = require(path.join(root, 'dist/database/neo4j-gateway.js'));

const app = await createApp(new JsonLogger('error'));
await app.listen(0, '127.0.0.1');
const url = `http://127.0.0.1:${app.getHttpServer().address().port}/graphql`;
const gateway = app.get(Neo4jGateway);
const driver = driverFromEnv();

// Every query the gateway runs (reads, and statements of write transactions), with its
// parameters and time.
let trace = null;
const traced =
  (run) =>
  async (query, params = {}) => {
    const started = performance.now();
    const rows = await run(query, params);
    trace?.push({ query, params, ms: performance.now() - started, rows: rows.length });
    return rows;
  };
gateway.read = traced(gateway.read.bind(gateway));
const write = gateway.write.bind(gateway);
gateway.write = (work, ...rest) =>
  write(
    (tx) => work(Object.assign(Object.create(Object.getPrototypeOf(tx)), tx, { run: traced(tx.run) })),
    ...rest,
  );

const session = new Session();
session.connect();
if (cpuProf) {
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
}

function planSummary(plan) {
  const operators = [];
  let dbHits = 0;
  const walk = (node, depth) => {
    dbHits += node.dbHits ?? 0;
    const details = node.arguments?.Details ? ` ${String(node.arguments.Details).slice(0, 90)}` : '';
    operators.push(
      `${'  '.repeat(depth)}${node.operatorType}${details} (rows ${node.rows}, hits ${node.dbHits})`,
    );
    for (const child of node.children ?? []) walk(child, depth + 1);
  };
  walk(plan, 0);
  return { dbHits, operators };
}

/** Self time per function and per package (node_modules/<pkg>, dist/<folder>, node internals). */
function cpuSummary(profile) {
  const interval = (profile.endTime - profile.startTime) / Math.max(1, profile.samples.length) / 1000;
  const byFunction = new Map();
  const byPackage = new Map();
  let total = 0;
  for (const node of profile.nodes) {
    const ms = node.hitCount * interval;
    if (!ms) continue;
    const { functionName, url: file, lineNumber } = node.callFrame;
    if (functionName === '(idle)' || functionName === '(program)') continue;
    total += ms;
    const where = file.replace(`file://${root}/`, '').replace(`${root}/`, '');
    const name = `${functionName || '(anonymous)'} ${where.split('/').slice(-2).join('/')}:${lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
    const pkg =
      /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(where)?.[1] ??
      (where.startsWith('dist/')
        ? where.split('/').slice(0, 2).join('/')
        : where
          ? 'node internals'
          : functionName);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + ms);
  }
  const top = (map, n) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, ms]) => `${((100 * ms) / total).toFixed(1).padStart(5)}%  ${name}`);
  return { totalMs: Math.round(total), packages: top(byPackage, 10), functions: top(byFunction, 15) };
}

const ask = async (query, variables) => (await postJson(url, { query, variables })).json.data;
const now = new Date().toISOString();
try {
  for (const workload of COMPARED.filter((w) => !only || only.includes(w.name))) {
    let params = await workload.prepare({ driver, size });
    if (workload.cursors) params = await workload.cursors(params, { faultline: ask });
    const body = { query: workload.faultline.query, variables: workload.faultline.variables(params, now) };
    await postJson(url, body); // warm-up
    if (cpuProf) await session.post('Profiler.start');
    const totals = [];
    let last;
    for (let run = 0; run < runs; run += 1) {
      trace = [];
      const { ms, json } = await postJson(url, body);
      if (json.errors) throw new Error(JSON.stringify(json.errors));
      totals.push(ms);
      last = trace;
    }
    trace = null;
    const median = [...totals].sort((a, b) => a - b)[Math.floor(totals.length / 2)];
    const dbMs = last.reduce((sum, q) => sum + q.ms, 0);
    console.log(`\n## ${workload.name}: ${median.toFixed(1)} ms per request (median of ${runs})`);
    console.log(`database queries of the last request: ${last.length}, ${dbMs.toFixed(1)} ms in total`);
    for (const q of last)
      console.log(`  ${q.query.name.padEnd(28)} ${q.ms.toFixed(1).padStart(8)} ms ${q.rows} rows`);
    if (cpuProf) {
      const { profile } = await session.post('Profiler.stop');
      const dir = path.join(root, 'bench', 'results', 'profiles');
      fs.mkdirSync(dir, { recursive: true });
      const file = path.join(dir, `${workload.name}.cpuprofile`);
      fs.writeFileSync(file, JSON.stringify(profile));
      const cpu = cpuSummary(profile);
      console.log(
        `CPU of the server process over ${runs} requests: ${cpu.totalMs} ms (${path.relative(root, file)})`,
      );
      console.log('  by package:');
      cpu.packages.forEach((line) => console.log(`    ${line}`));
      console.log('  by function (self time):');
      cpu.functions.forEach((line) => console.log(`    ${line}`));
    }
    const seen = new Set();
    for (const q of last) {
      if (seen.has(q.query.name)) continue;
      seen.add(q.query.name);
      const result = await driver.executeQuery(`PROFILE ${q.query.text}`, q.params);
      const { dbHits, operators } = planSummary(result.summary.profile);
      console.log(`PROFILE ${q.query.name} (${q.query.file}): ${dbHits} db hits`);
      operators.forEach((line) => console.log(`    ${line}`));
    }
  }
  if (writes) {
    const dataSize = { ...size, sources: Math.ceil(size.actors / 10) };
    trace = [];
    await recordPositions({ url, writers: 1, seconds: 0.001, size: dataSize });
    console.log(`\n## recordPosition: the queries of one request`);
    for (const q of trace)
      console.log(`  ${q.query.name.padEnd(28)} ${q.ms.toFixed(1).padStart(8)} ms ${q.rows} rows`);
    trace = null;
    for (const writers of [1, 16]) {
      const faultline = await recordPositions({ url, writers, seconds: 5, size: dataSize });
      const floor = await recordPositionsRaw({ driver, writers, seconds: 5, size: dataSize });
      console.log(
        `${writers} writer(s), 5 s: Faultline ${faultline.writesPerSecond} writes/s (p50 ${faultline.latency.p50} ms, ` +
          `${faultline.errors} errors); one Cypher write ${floor.writesPerSecond} writes/s (p50 ${floor.latency.p50} ms)`,
      );
    }
    console.log(`the floor's write:\n${RAW_RECORD}`);
  }
} finally {
  session.disconnect();
  await driver.close();
  await app.close();
  fs.rmSync(process.env.FAULTLINE_SCHEMA_FILE, { force: true });
}
