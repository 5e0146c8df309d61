#!/usr/bin/env node
// `npm run bench:io`: import and export speed and memory at about 10,000 and 100,000 synthetic
// positions, on a Neo4j of its own (or NEO4J_URI, whose data it replaces). Each step runs the
// built command-line tool as users do; its peak memory (maximum resident set) is that process's
// own, so a flat export shows as the same peak at both sizes.
// Usage: npm run bench:io [-- --sizes S,L] [--formats json,cypher,statements,csv]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureBuilt, ensureInstalled, root } from '../scripts/bootstrap.mjs';
import { fail, log } from '../scripts/output.mjs';

const SIZES = {
  S: { actors: 200, issues: 60, positions: 10000 },
  L: { actors: 1000, issues: 200, positions: 100000 },
};
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const sizes = option('--sizes', 'S,L').split(',');
const formats = option('--formats', 'json,cypher,statements,csv').split(',');
const HEAP_CAP_MB = 96;

ensureInstalled();
ensureBuilt();
const { startNeo4j } = await import('../scripts/neo4j.mjs');
const { syntheticDataset } = await import(path.join(root, 'dist/datasets/synthetic-dataset.js'));
const neo4jDriver = (await import('neo4j-driver')).default;

const env = { ...process.env, FAULTLINE_SEED: 'none', LOG_LEVEL: 'warn' };
let neo4j;
if (!process.env.NEO4J_URI) {
  // An import is one transaction: 100,000 positions need more than the default 512m heap.
  process.env.NEO4J_HEAP ??= '2g';
  process.env.NEO4J_PAGECACHE ??= '512m';
  process.env.NEO4J_TX_TIMEOUT ??= '600s';
  fs.rmSync(path.join(root, '.neo4j', 'bench', 'data'), { recursive: true, force: true });
  neo4j = await startNeo4j('bench');
  env.NEO4J_URI = neo4j.uri;
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-bench-io-'));
// Loaded into each measured process: writes its peak resident set (KiB) when it exits.
const peakProbe = path.join(work, 'peak.cjs');
fs.writeFileSync(
  peakProbe,
  "process.on('exit', () => require('node:fs').writeFileSync(process.env.BENCH_PEAK_FILE, String(process.resourceUsage().maxRSS)));\n",
);

/** Runs a built CLI; returns wall time, the time the command reports for its own work, and peak memory. */
function measure(command, commandArgs, nodeArgs = []) {
  const peakFile = path.join(work, 'peak.txt');
  const started = performance.now();
  const result = spawnSync(
    process.execPath,
    [...nodeArgs, '-r', peakProbe, path.join(root, 'dist/cli', command), ...commandArgs],
    {
      cwd: root,
      env: { ...env, BENCH_PEAK_FILE: peakFile },
      encoding: 'utf8',
      maxBuffer: 64 * 2 ** 20,
    },
  );
  const ms = performance.now() - started;
  if (result.status !== 0) fail(`${command} ${commandArgs.join(' ')} failed:\n${result.stderr}`);
  const reported = /in (\d+) ms/.exec(result.stdout)?.[1];
  return {
    ms,
    workMs: reported === undefined ? null : Number(reported),
    peakMb: Math.round(Number(fs.readFileSync(peakFile, 'utf8')) / 1024),
  };
}

/** Empties the database with the product's own query file (schema and migration records stay). */
async function wipe() {
  const driver = neo4jDriver.driver(env.NEO4J_URI);
  const session = driver.session();
  try {
    await session.run(fs.readFileSync(path.join(root, 'cypher/system/delete-all-data.cypher'), 'utf8'));
  } finally {
    await session.close();
    await driver.close();
  }
}

function sizeOf(target) {
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.size;
  return fs.readdirSync(target).reduce((sum, name) => sum + fs.statSync(path.join(target, name)).size, 0);
}

const rows = [];
try {
  // The start-up of a command (Node, Nest, the driver, migrations), measured on an empty import.
  const empty = path.join(work, 'empty.json');
  fs.writeFileSync(
    empty,
    JSON.stringify({ format: 'faultline/1', dataset: { id: 'bench-empty', title: 'Empty' } }),
  );
  await wipe();
  const startup = Math.min(...[0, 1].map(() => measure('import.js', [empty]).ms));
  log('bench', `command start-up: ${Math.round(startup)} ms`);
  for (const name of sizes) {
    const size = SIZES[name];
    if (!size) fail(`unknown size "${name}": use ${Object.keys(SIZES).join(', ')}`);
    const dataset = syntheticDataset(size);
    const positions = dataset.positions.length;
    const file = path.join(work, `dataset-${name}.json`);
    fs.writeFileSync(file, JSON.stringify(dataset));
    await wipe();
    log('bench', `size ${name}: importing ${positions} positions...`);
    const imported = measure('import.js', [file]);
    const importWork = Math.max(1, imported.ms - startup);
    rows.push({
      name,
      positions,
      step: 'import json',
      ...imported,
      workMs: importWork,
      bytes: fs.statSync(file).size,
    });
    for (const format of formats) {
      const out = path.join(work, `export-${name}.${format}`);
      log('bench', `size ${name}: exporting ${format}...`);
      const exported = measure('export.js', ['--format', format, '--out', out]);
      rows.push({ name, positions, step: `export ${format}`, ...exported, bytes: sizeOf(out) });
      fs.rmSync(out, { recursive: true, force: true });
    }
    // The same export with the JavaScript heap capped: it completes at both sizes, so what it
    // holds does not grow with the data (uncapped, V8 simply lets the heap grow before collecting).
    const capped = path.join(work, `export-${name}-capped.json`);
    log('bench', `size ${name}: exporting json with the heap capped at ${HEAP_CAP_MB} MB...`);
    const exported = measure(
      'export.js',
      ['--format', 'json', '--out', capped],
      [`--max-old-space-size=${HEAP_CAP_MB}`],
    );
    rows.push({
      name,
      positions,
      step: `export json, heap <= ${HEAP_CAP_MB} MB`,
      ...exported,
      bytes: sizeOf(capped),
    });
    fs.rmSync(capped, { force: true });
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true });
  if (neo4j) await neo4j.stop();
}

const perSecond = (count, ms) => Math.round((count * 1000) / ms).toLocaleString('en-US');
console.log(
  '\n| size | positions | step | wall ms | work ms | positions/s (work) | positions/s (wall) | peak RSS MB | output MB |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows) {
  console.log(
    `| ${r.name} | ${r.positions} | ${r.step} | ${Math.round(r.ms)} | ${Math.round(r.workMs)} | ` +
      `${perSecond(r.positions, r.workMs)} | ${perSecond(r.positions, r.ms)} | ${r.peakMb} | ${(r.bytes / 2 ** 20).toFixed(1)} |`,
  );
}
console.log(
  `\nwork ms: the export's own time as it reports it; for imports, wall time less the start-up of an empty import.` +
    `\ncsv includes the disagreement network, computed in memory (its edges grow with actors squared).` +
    `\nload average at the end: ${os
      .loadavg()
      .map((load) => load.toFixed(1))
      .join(', ')}` +
    `\n${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
);
