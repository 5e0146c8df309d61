#!/usr/bin/env node
// `npm run bench:divergence`: end-to-end time and server memory of divergenceMatrix and
// disagreementNetwork at 100 actors x 20 issues and 1,000 actors x 200 issues (about 50,000
// positions), on a Neo4j of its own (or NEO4J_URI, whose data it replaces).
// Usage: npm run bench:divergence [-- --sizes S,M] [--runs 3]
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureBuilt, ensureInstalled, root } from '../scripts/bootstrap.mjs';
import { fail, log } from '../scripts/output.mjs';
import { optionValue, sizeNamed } from './lib/options.mjs';

const sizes = optionValue('--sizes', 'S,M').split(',');
const runs = Number(optionValue('--runs', '3'));
const port = Number(process.env.BENCH_PORT ?? 4100);

ensureInstalled();
ensureBuilt();
const { startNeo4j } = await import('../scripts/neo4j.mjs');
const { syntheticDataset } = await import(path.join(root, 'dist/datasets/synthetic-dataset.js'));

const env = { ...process.env, PORT: String(port), FAULTLINE_SEED: 'none', LOG_LEVEL: 'warn' };
let neo4j;
if (!process.env.NEO4J_URI) {
  fs.rmSync(path.join(root, '.neo4j', 'bench', 'data'), { recursive: true, force: true });
  neo4j = await startNeo4j('bench');
  env.NEO4J_URI = neo4j.uri;
}

const MATRIX = `query($first: Int!) { divergenceMatrix(first: $first) { totalCount edges { node { divergence sharedIssues a { id } b { id } } } } }`;
const NETWORK = `{ disagreementNetwork { nodes { id community betweenness degree } edges { source target weight } communities { id size } balance } }`;

async function gql(query, variables = {}) {
  const started = performance.now();
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  const ms = performance.now() - started;
  if (body.errors) fail(`benchmark query failed: ${JSON.stringify(body.errors[0])}`);
  return { ms, body };
}

function memoryOf(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rssMb: Math.round(kb('VmRSS') / 1024), peakMb: Math.round(kb('VmHWM') / 1024) };
}

async function waitForServer(server) {
  for (let i = 0; i < 240; i += 1) {
    if (server.exitCode !== null) fail('the server exited during start: see its output above');
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  fail('the server did not answer /health within 120 s');
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rows = [];
const server = spawn(process.execPath, [path.join(root, 'dist/main.js')], {
  cwd: root,
  env,
  stdio: ['ignore', 'ignore', 'inherit'],
});
try {
  await waitForServer(server);
  for (const name of sizes) {
    const size = sizeNamed(name, ['S', 'M']);
    const dataset = syntheticDataset(size);
    const file = path.join(os.tmpdir(), `faultline-bench-${name}.json`);
    fs.writeFileSync(file, JSON.stringify(dataset));
    log('bench', `size ${name}: importing ${dataset.positions.length} positions...`);
    const imported = spawnSync(process.execPath, [path.join(root, 'dist/cli/import.js'), file], {
      env,
      stdio: 'inherit',
    });
    if (imported.status !== 0) fail('the import failed');
    for (const [workload, query, variables] of [
      ['divergenceMatrix (first 50)', MATRIX, { first: 50 }],
      ['disagreementNetwork', NETWORK, {}],
    ]) {
      const times = [];
      let result;
      for (let run = 0; run < runs; run += 1) {
        log('bench', `size ${name}: ${workload}, run ${run + 1}/${runs}`);
        result = await gql(query, variables);
        times.push(result.ms);
      }
      const data = result.body.data;
      const shape = data.divergenceMatrix
        ? `${data.divergenceMatrix.totalCount} pairs`
        : `${data.disagreementNetwork.nodes.length} nodes, ${data.disagreementNetwork.edges.length} edges`;
      rows.push({
        size: name,
        actors: size.actors,
        issues: size.issues,
        positions: dataset.positions.length,
        workload,
        shape,
        medianMs: Math.round(median(times)),
        ...memoryOf(server.pid),
      });
    }
  }
} finally {
  server.kill('SIGTERM');
  if (neo4j) await neo4j.stop();
}

console.log(
  '\n| size | actors x issues | positions | workload | answer | median ms | server RSS MB | server peak MB |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows) {
  console.log(
    `| ${r.size} | ${r.actors} x ${r.issues} | ${r.positions} | ${r.workload} | ${r.shape} | ${r.medianMs} | ${r.rssMb} | ${r.peakMb} |`,
  );
}
console.log(
  `\n${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${runs} runs each`,
);
