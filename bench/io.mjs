#!/usr/bin/env node
// `npm run bench:io`: import and export speed and memory at about 10,000 and 100,000 synthetic
// positions, on a Neo4j of its own (or NEO4J_URI, whose data it replaces). Each step runs the
// built command-line tool as users do; its peak memory (maximum resident set) is that process's
// own, so a flat export shows as the same peak at both sizes. CPU time is reported beside wall
// time because on a shared machine it is the steadier figure: the command's own, and Neo4j's when
// the bench runs it or NEO4J_PID names the process of the NEO4J_URI server.
// Usage: npm run bench:io [-- --sizes S,L] [--formats json,cypher,statements,csv] (size T: a few
// hundred positions, for the test of this script)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureBuilt, ensureInstalled, root } from '../scripts/bootstrap.mjs';
import { fail, log } from '../scripts/output.mjs';
import { optionValue } from './lib/options.mjs';

const SIZES = {
  // Tiny: for the test that keeps this script from rotting, not a measure of anything.
  T: { actors: 30, issues: 8, positions: 300 },
  S: { actors: 200, issues: 60, positions: 10000 },
  L: { actors: 1000, issues: 200, positions: 100000 },
};
const sizes = optionValue('--sizes', 'S,L').split(',');
const formats = optionValue('--formats', 'json,cypher,statements,csv').split(',');
const HEAP_CAP_MB = 96;
/** Issue #5's targets on a 2-core machine. */
const TARGETS = { importPerSecond: 20_000, exportPerSecond: 50_000 };

ensureInstalled();
ensureBuilt();
const { startNeo4j } = await import('../scripts/neo4j.mjs');
const { syntheticDataset } = await import(path.join(root, 'dist/datasets/synthetic-dataset.js'));
const neo4jDriver = (await import('neo4j-driver')).default;
const { parse: parseCsv } = await import('csv-parse/sync');

const env = { ...process.env, FAULTLINE_SEED: 'none', LOG_LEVEL: 'warn' };
let neo4j;
if (!process.env.NEO4J_URI) {
  // An import is one transaction: 100,000 positions need more than the default 512m heap.
  process.env.NEO4J_HEAP ??= '2g';
  process.env.NEO4J_PAGECACHE ??= '512m';
  fs.rmSync(path.join(root, '.neo4j', 'bench', 'data'), { recursive: true, force: true });
  neo4j = await startNeo4j('bench');
  env.NEO4J_URI = neo4j.uri;
}
const neo4jPid = neo4j?.child.pid ?? (process.env.NEO4J_PID ? Number(process.env.NEO4J_PID) : null);

/** CPU milliseconds the Neo4j server has used so far (all its threads), or null when unknown. */
function neo4jCpuMs() {
  if (neo4jPid === null) return null;
  try {
    const fields = fs.readFileSync(`/proc/${neo4jPid}/stat`, 'utf8').split(') ')[1].split(' ');
    // utime and stime, in clock ticks of 10 ms (Linux USER_HZ).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/** Neo4j's CPU milliseconds since `before` (a neo4jCpuMs() reading), or null when unknown. */
function neo4jCpuSince(before) {
  const after = neo4jCpuMs();
  return before === null || after === null ? null : after - before;
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-bench-io-'));
// Loaded into each measured process: writes its peak resident set (KiB) and CPU time when it exits.
const peakProbe = path.join(work, 'peak.cjs');
fs.writeFileSync(
  peakProbe,
  "process.on('exit', () => { const u = process.resourceUsage(); require('node:fs').writeFileSync(process.env.BENCH_PEAK_FILE, JSON.stringify({ rss: u.maxRSS, cpu: (u.userCPUTime + u.systemCPUTime) / 1000 })); });\n",
);

/**
 * Runs a built CLI; returns wall time, the time the command reports for its own work, peak
 * memory, and the CPU time of the command and of Neo4j.
 */
function measure(command, commandArgs, nodeArgs = []) {
  const peakFile = path.join(work, 'peak.txt');
  const neo4jBefore = neo4jCpuMs();
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
  const usage = JSON.parse(fs.readFileSync(peakFile, 'utf8'));
  const neo4jCpu = neo4jCpuSince(neo4jBefore);
  return {
    ms,
    workMs: reported === undefined ? null : Number(reported),
    peakMb: Math.round(usage.rss / 1024),
    cpuMs: usage.cpu,
    neo4jCpuMs: neo4jCpu,
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

/**
 * Records an export wrote, counted from its output rather than taken from the command: JSON
 * entities (every top-level list), CSV records less the header row (each table of a CSV folder,
 * the network's included), and in a Cypher script the rows of its UNWIND lists (one map literal
 * per line).
 */
function rowsWritten(format, target) {
  if (format === 'json') {
    const dataset = JSON.parse(fs.readFileSync(target, 'utf8'));
    return Object.values(dataset)
      .filter(Array.isArray)
      .reduce((sum, list) => sum + list.length, 0);
  }
  if (format === 'cypher') return fs.readFileSync(target, 'utf8').split('\n{').length - 1;
  const files = fs.statSync(target).isDirectory()
    ? fs.readdirSync(target).map((name) => path.join(target, name))
    : [target];
  return files.reduce((sum, file) => sum + parseCsv(fs.readFileSync(file, 'utf8')).length - 1, 0);
}

function sizeOf(target) {
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.size;
  return fs.readdirSync(target).reduce((sum, name) => sum + fs.statSync(path.join(target, name)).size, 0);
}

/**
 * What Neo4j itself takes to write the positions of `dataset` in one transaction, as an import
 * does, without the import around it: the import's own create statement through the raw driver
 * (holders, issues and sources imported first, untimed), then bare position nodes with only their
 * HOLDS and ON relationships. The import cannot be faster than the first; the second is the least
 * that any one-transaction write of these positions costs.
 */
async function writeFloor(dataset) {
  const { positionColumns, IMPORT_BATCH_SIZE } = await import(
    path.join(root, 'dist/datasets/datasets.repository.js')
  );
  const { positions, ...rest } = dataset;
  const file = path.join(work, 'floor-without-positions.json');
  fs.writeFileSync(file, JSON.stringify(rest));
  const reliability = new Map(dataset.sources.map((source) => [source.id, source.reliability]));
  const statements = {
    create: {
      text: fs.readFileSync(path.join(root, 'cypher/datasets/create-positions.cypher'), 'utf8'),
      params: (batch) => positionColumns(batch, reliability),
    },
    bare: {
      text: `UNWIND $rows AS row
        MATCH (h:Holder {id: row.holder}) MATCH (i:Issue {id: row.issue})
        CREATE (h)-[:HOLDS]->(:Position {id: row.id})-[:ON]->(i)`,
      params: (batch) => ({ rows: batch.map(({ id, holder, issue }) => ({ id, holder, issue })) }),
    },
  };
  const result = {};
  for (const [name, statement] of Object.entries(statements)) {
    await wipe();
    measure('import.js', [file]);
    log('bench', `write floor: ${positions.length} positions, ${name}, raw driver, one transaction...`);
    const driver = neo4jDriver.driver(env.NEO4J_URI);
    const session = driver.session();
    const neo4jBefore = neo4jCpuMs();
    const started = performance.now();
    try {
      const tx = session.beginTransaction();
      for (let start = 0; start < positions.length; start += IMPORT_BATCH_SIZE) {
        await tx.run(statement.text, statement.params(positions.slice(start, start + IMPORT_BATCH_SIZE)));
      }
      await tx.commit();
    } finally {
      await session.close();
      await driver.close();
    }
    const ms = performance.now() - started;
    result[name] = {
      positions: positions.length,
      ms,
      neo4jCpuMs: neo4jCpuSince(neo4jBefore),
    };
  }
  return result;
}

const rows = [];
let floor;
try {
  // The start-up of a command (Node, Nest, the driver, migrations), measured on an empty import.
  const empty = path.join(work, 'empty.json');
  fs.writeFileSync(
    empty,
    JSON.stringify({ format: 'faultline/1', dataset: { id: 'bench-empty', title: 'Empty' } }),
  );
  await wipe();
  const startups = [0, 1].map(() => measure('import.js', [empty]));
  const startup = Math.min(...startups.map((run) => run.ms));
  const startupCpu = Math.min(...startups.map((run) => run.cpuMs));
  log('bench', `command start-up: ${Math.round(startup)} ms`);
  for (const name of sizes) {
    const size = SIZES[name];
    if (!size) fail(`unknown size "${name}": use ${Object.keys(SIZES).join(', ')}`);
    const dataset = syntheticDataset(size);
    const positions = dataset.positions.length;
    const file = path.join(work, `dataset-${name}.json`);
    fs.writeFileSync(file, JSON.stringify(dataset));
    // Twice: the first import of a size is also Neo4j's first large write of it (its code paths
    // compiled, its store files grown), about twice the work of the same import again.
    for (const step of ['import json', 'import json, again']) {
      await wipe();
      log(
        'bench',
        `size ${name}: ${step === 'import json' ? 'importing' : 'importing again'} ${positions} positions...`,
      );
      const imported = measure('import.js', [file]);
      rows.push({
        name,
        positions,
        step,
        ...imported,
        workMs: Math.max(1, imported.ms - startup),
        cpuMs: imported.cpuMs - startupCpu,
        bytes: fs.statSync(file).size,
      });
    }
    // Untimed: the first export after an import also pays for Neo4j planning the export queries,
    // compiling its read paths and collecting the import's garbage; the timed ones measure rows/s.
    log('bench', `size ${name}: warming up with an untimed json export...`);
    measure('export.js', ['--format', 'json', '--out', path.join(work, 'warm-up.json')]);
    fs.rmSync(path.join(work, 'warm-up.json'), { force: true });
    for (const format of formats) {
      const out = path.join(work, `export-${name}.${format}`);
      log('bench', `size ${name}: exporting ${format}...`);
      const exported = measure('export.js', ['--format', format, '--out', out]);
      rows.push({
        name,
        positions,
        step: `export ${format}`,
        ...exported,
        bytes: sizeOf(out),
        written: rowsWritten(format, out),
      });
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
  floor = await writeFloor(syntheticDataset(SIZES[sizes.at(-1)]));
} finally {
  fs.rmSync(work, { recursive: true, force: true });
  if (neo4j) await neo4j.stop();
}

const perSecond = (count, ms) => Math.round((count * 1000) / ms).toLocaleString('en-US');
const cpu = (ms) => (ms === null ? 'n/a' : Math.round(ms));
const rowsPerSecond = (r) => (r.written === undefined ? '' : perSecond(r.written, r.workMs));
console.log(
  '\n| size | positions | step | wall ms | work ms | positions/s (work) | positions/s (wall) | rows written | rows/s (work) | command CPU ms | Neo4j CPU ms | peak RSS MB | output MB |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows) {
  console.log(
    `| ${r.name} | ${r.positions} | ${r.step} | ${Math.round(r.ms)} | ${Math.round(r.workMs)} | ` +
      `${perSecond(r.positions, r.workMs)} | ${perSecond(r.positions, r.ms)} | ${r.written ?? ''} | ${rowsPerSecond(r)} | ` +
      `${cpu(r.cpuMs)} | ${cpu(r.neo4jCpuMs)} | ${r.peakMb} | ${(r.bytes / 2 ** 20).toFixed(1)} |`,
  );
}

/**
 * Each target against the largest size measured, in work time: imports in positions per second,
 * exports in rows written per second (and positions per second beside them).
 */
function targets() {
  const largest = rows.filter((r) => r.positions === Math.max(...rows.map((row) => row.positions)));
  const lines = largest
    .filter((r) => !r.step.includes('heap'))
    .map((r) => {
      const importing = r.step.startsWith('import');
      const goal = importing ? TARGETS.importPerSecond : TARGETS.exportPerSecond;
      const count = importing ? r.positions : r.written;
      const rate = (count * 1000) / r.workMs;
      const measured = importing
        ? `${perSecond(count, r.workMs)} positions/s`
        : `${perSecond(count, r.workMs)} rows/s (${perSecond(r.positions, r.workMs)} positions/s)`;
      return `${r.step}: ${measured}, target ${goal.toLocaleString('en-US')}/s: ${rate >= goal ? 'met' : 'missed'}`;
    });
  const peaks = formats.map((format) => {
    const [small, large] = [sizes[0], sizes.at(-1)].map(
      (name) => rows.find((r) => r.name === name && r.step === `export ${format}`)?.peakMb,
    );
    return `${format} ${small} → ${large} MB`;
  });
  return [...lines, `export peak RSS ${sizes[0]} → ${sizes.at(-1)}: ${peaks.join(', ')}`];
}

console.log(
  `\nwork ms: the export's own time as it reports it; for imports, wall time less the start-up of an empty import` +
    ` (command CPU likewise less the start-up's).` +
    `\ncsv includes the disagreement network, computed in memory (its edges grow with actors squared).` +
    `\n${targets().join('\n')}` +
    (floor
      ? `\nNeo4j's write floor for ${floor.create.positions} positions in one transaction (raw driver, no import around it):` +
        ` the import's create statement ${perSecond(floor.create.positions, floor.create.ms)}/s (Neo4j CPU ${cpu(floor.create.neo4jCpuMs)} ms),` +
        ` bare nodes with HOLDS and ON only ${perSecond(floor.bare.positions, floor.bare.ms)}/s (Neo4j CPU ${cpu(floor.bare.neo4jCpuMs)} ms)`
      : '') +
    `\nload average at the end: ${os
      .loadavg()
      .map((load) => load.toFixed(1))
      .join(', ')}` +
    `\n${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
);
