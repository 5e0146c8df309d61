#!/usr/bin/env node
// `npm run bench:load`: a bounded soak test of the built Faultline server. Rounds of mixed reads
// and writes (autocannon, 50 connections, 60 s each, loopback) on synthetic data of size M; after
// each round every acknowledged write is looked up in Neo4j. Prints requests per second, p50/p95/p99,
// errors, lost writes and the server's resident memory per round; writes the JSON result to
// bench/results/. Exit code 1 on any error or lost write, or when the server's memory after the
// last round is more than 10% above the first's. See "Load" in bench/README.md.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ensureBuilt, ensureInstalled, root } from '../scripts/bootstrap.mjs';
import { log as say } from '../scripts/output.mjs';
import { loadSyntheticData } from './lib/data.mjs';
import { graphql, postJson } from './lib/http.mjs';
import { drain, variedLoadTest } from './lib/load.mjs';
import { LoadMix, prepareLoadKinds, WriteLedger } from './lib/load-mix.mjs';
import { driverFromEnv, startOwnNeo4j } from './lib/neo4j.mjs';
import { NEO4J_MEMORY, SIZES } from './lib/options.mjs';
import { freePort, memoryOf, NO_RATE_LIMIT, startFaultline } from './lib/processes.mjs';
import { ms, table } from './lib/report.mjs';

const log = (message) => say('bench:load', message);
/** The server's resident memory after the last round may exceed the first round's by this much. */
const MEMORY_GROWTH_LIMIT = 0.1;
/** A request unanswered after this long is a timeout: the server's own transaction limit. */
const TIMEOUT_SECONDS = 60;

const USAGE = `usage: npm run bench:load -- [--size tiny|S|M|L] [options]
  --size NAME         data size (default M): ${Object.entries(SIZES)
    .map(([name, s]) => `${name} = ${s.actors} actors, ${s.issues} issues, ~${s.positions} positions`)
    .join('; ')}
  --duration S        seconds of load per round (default 60)
  --connections N     concurrent keep-alive connections (default 50)
  --rounds N          rounds of load (default 3)
  --warmup S          seconds of the same load before round 1, not measured (default 20; 0 for none):
                      the server's heap grows to its working size there, so rounds compare like with like
  --out FILE          where to write the JSON result (default bench/results/load-<size>-<time>.json)
  --no-build          do not rebuild dist/ when src/ changed (the caller built it)
Environment: NEO4J_URI uses that Neo4j (the dataset is imported into it, the writes stay);
without it a Neo4j of its own (instance "load", port NEO4J_LOAD_PORT or 7690, wiped first).
FAULTLINE_API_KEY is sent as a Bearer token when that database has API keys (an EDITOR key).
The server runs without its rate limit unless RATE_LIMIT_PER_MINUTE is set.`;

function parseOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      size: { type: 'string', default: 'M' },
      duration: { type: 'string', default: '60' },
      connections: { type: 'string', default: '50' },
      rounds: { type: 'string', default: '3' },
      warmup: { type: 'string', default: '20' },
      out: { type: 'string' },
      'no-build': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (!SIZES[values.size])
    throw new Error(`unknown size "${values.size}": use ${Object.keys(SIZES).join(', ')}`);
  const whole = (name) => {
    const value = Number(values[name]);
    if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} needs a whole number ≥ 1`);
    return value;
  };
  const { actors, issues, positions } = SIZES[values.size];
  return {
    help: values.help,
    size: values.size,
    data: { actors, issues, positions },
    duration: whole('duration'),
    connections: whole('connections'),
    rounds: whole('rounds'),
    warmup: (() => {
      const value = Number(values.warmup);
      if (!Number.isInteger(value) || value < 0) throw new Error('--warmup needs a whole number ≥ 0');
      return value;
    })(),
    out: values.out,
    build: !values['no-build'],
  };
}

let options;
try {
  options = parseOptions(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`error: ${error.message}\n${USAGE}\n`);
  process.exit(2);
}
if (options.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (options.build) {
  ensureInstalled();
  ensureBuilt();
}

const loadAverage = () => os.loadavg().map((load) => Math.round(load * 100) / 100);
const startedAt = new Date().toISOString();
const out =
  options.out ??
  path.join(root, 'bench', 'results', `load-${options.size}-${startedAt.replace(/[:.]/g, '-')}.json`);
const env = {
  ...process.env,
  FAULTLINE_SEED: 'none',
  LOG_LEVEL: 'warn',
  // The server writes its generated schema at start: never over the committed schema.gql.
  FAULTLINE_SCHEMA_FILE: path.join(os.tmpdir(), `faultline-bench-load-schema-${process.pid}.gql`),
};
const result = {
  size: { name: options.size },
  options: {
    duration: options.duration,
    connections: options.connections,
    rounds: options.rounds,
    warmupSeconds: options.warmup,
    timeoutSeconds: TIMEOUT_SECONDS,
  },
  environment: {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model?.trim() ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    freeMemoryGiB: Math.round(os.freemem() / 2 ** 30),
    node: process.version,
    loadBefore: loadAverage(),
    startedAt,
  },
  rounds: [],
};
const save = () => {
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
};

let neo4j;
let server;
let driver;
const stopAll = async () => {
  await server?.stop();
  await driver?.close();
  await neo4j?.stop();
  fs.rmSync(env.FAULTLINE_SCHEMA_FILE, { force: true });
};
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    log(`${signal}: stopping the server${neo4j ? ' and Neo4j' : ''}`);
    result.error = `interrupted by ${signal}`;
    save();
    await stopAll();
    process.exit(130);
  });
}

/** Samples the server's resident memory every second until the returned function is called. */
function sampleMemory(pid) {
  const samples = [];
  const take = () => samples.push(memoryOf(pid).rssMb);
  take();
  const timer = setInterval(take, 1000);
  return () => {
    clearInterval(timer);
    take();
    return samples;
  };
}

const ledger = new WriteLedger();
try {
  if (!env.NEO4J_URI) {
    const port = Number(process.env.NEO4J_LOAD_PORT ?? 7690);
    neo4j = await startOwnNeo4j(root, { instance: 'load', port, memory: NEO4J_MEMORY[options.size] });
    env.NEO4J_URI = neo4j.uri;
  }
  driver = driverFromEnv(env, 'faultline-bench-load');
  const { records } = await driver.executeQuery(
    'CALL dbms.components() YIELD versions RETURN versions[0] AS v',
  );
  result.environment.neo4j = records[0]?.get('v') ?? 'unknown';

  log(`size ${options.size}: importing the synthetic data through the import CLI...`);
  const counts = await loadSyntheticData(root, options.data, env, log);
  Object.assign(result.size, counts);

  server = await startFaultline(root, env, { port: await freePort() });
  result.rateLimitPerMinute = Number(env.RATE_LIMIT_PER_MINUTE ?? NO_RATE_LIMIT);
  const tag = Date.now().toString(36);
  const ask = async (query, variables) => (await graphql(server.url, query, variables)).data;
  const kinds = await prepareLoadKinds({ driver, counts, ask, tag });
  const mix = new LoadMix(kinds, ledger);
  result.mix = kinds.map((kind) => ({ name: kind.name, title: kind.title, weight: kind.weight }));
  result.writeTag = tag;

  // Each kind once, one at a time: a request the server refuses stops the run before any load.
  for (const kind of kinds) {
    const sent = mix.nextOf(kind);
    const started = performance.now();
    const { status, json } = await postJson(server.url, sent.body);
    mix.answered(sent, status, JSON.stringify(json), performance.now() - started);
  }
  if (mix.firstErrors.length) throw new Error(`a request failed before the load: ${mix.firstErrors[0]}`);

  /** The mix's requests on every connection for `seconds`. */
  const loadFor = (seconds) =>
    variedLoadTest({
      url: server.url,
      connections: options.connections,
      duration: seconds,
      timeout: TIMEOUT_SECONDS,
      next: () => mix.next(),
      answered: (sent, status, body, elapsed) => mix.answered(sent, status, body, elapsed),
    });

  if (options.warmup > 0) {
    log(`warm-up: ${options.connections} connections for ${options.warmup} s (not measured)`);
    mix.startRound(0);
    await loadFor(options.warmup);
    await drain(server.url, driver);
  }

  for (let round = 1; round <= options.rounds; round += 1) {
    log(`round ${round}/${options.rounds}: ${options.connections} connections for ${options.duration} s`);
    mix.startRound(round);
    const stopSampling = sampleMemory(server.pid);
    const load = await loadFor(options.duration);
    const samples = stopSampling();
    // Requests still in flight when the load stopped are finished before the writes are counted.
    const drainSeconds = await drain(server.url, driver);
    const settled = memoryOf(server.pid);
    const summary = mix.summary();
    const answered = summary.latency.n;
    const errors =
      summary.errorAnswers.status + summary.errorAnswers.graphql + load.timeouts + load.socketErrors;
    const entry = {
      round,
      seconds: load.seconds,
      requests: answered,
      rps: Math.round((answered / load.seconds) * 10) / 10,
      latency: summary.latency,
      autocannonLatency: load.autocannonLatency,
      errors,
      errorKinds: { ...summary.errorAnswers, timeouts: load.timeouts, socket: load.socketErrors },
      firstErrors: summary.firstErrors,
      byKind: summary.byKind,
      writes: await ledger.check(driver, round),
      memory: {
        // After the drain: the server idle again (no GC forced), compared between rounds.
        rssMb: settled.rssMb,
        rssAtEndOfLoadMb: samples.at(-1),
        peakRssMb: Math.max(...samples),
        vmHwmMb: settled.peakMb,
        samplesMb: samples,
      },
      drainSeconds,
    };
    if (errors > 0) entry.serverStderr = server.stderr().slice(-2000);
    result.rounds.push(entry);
    save();
    log(
      `round ${round}: ${entry.requests} requests, ${entry.rps} req/s, p50/p95/p99 ${ms(entry.latency.p50)} / ` +
        `${ms(entry.latency.p95)} / ${ms(entry.latency.p99)} ms, ${errors} errors, ` +
        `${entry.writes.acknowledged} writes acknowledged, ${entry.writes.lost} lost, server RSS ${entry.memory.rssMb} MiB`,
    );
  }
  // Every acknowledged write of the run (the rounds' and the warm-up's), looked up once more.
  result.writes = { ...(await ledger.check(driver)), acknowledgedIds: ledger.acknowledgedIds() };
  result.byKind = mix.overall();
} catch (error) {
  result.error = error instanceof Error ? error.message : String(error);
  if (server) result.serverStderr = server.stderr().slice(-2000);
  process.stderr.write(`error: ${result.error}\n`);
} finally {
  await stopAll();
}

result.environment.loadAfter = loadAverage();
result.environment.finishedAt = new Date().toISOString();
result.failures = targetsMissed(result);
save();
if (!result.error) process.stdout.write(`${report(result)}\n`);
log(`result written to ${path.relative(process.cwd(), out)}`);
for (const failure of result.failures) log(`target missed: ${failure.message}`);
process.exitCode = result.error || result.failures.length ? 1 : 0;

/** Zero errors, zero lost writes, memory after the last round within 10% of the first's. */
function targetsMissed(r) {
  const failures = [];
  const errors = r.rounds.reduce((sum, round) => sum + round.errors, 0);
  if (errors > 0) failures.push({ target: 'errors', message: `${errors} errors (want 0)` });
  const lost = Math.max(r.writes?.lost ?? 0, ...r.rounds.map((round) => round.writes.lost));
  if (lost > 0) failures.push({ target: 'lost', message: `${lost} acknowledged writes lost (want 0)` });
  if (r.rounds.length >= 2) {
    const [first, last] = [r.rounds[0].memory.rssMb, r.rounds.at(-1).memory.rssMb];
    r.memoryGrowth = Math.round(((last - first) / first) * 1000) / 10;
    if (last > first * (1 + MEMORY_GROWTH_LIMIT)) {
      failures.push({
        target: 'memory',
        message: `server RSS after round ${r.rounds.length} ${last} MiB, ${r.memoryGrowth}% above round 1's ${first} MiB (want ≤ ${MEMORY_GROWTH_LIMIT * 100}%)`,
      });
    }
  }
  return failures;
}

function report(r) {
  const { environment: env, size, options: o } = r;
  const lines = [
    `## Load, size ${size.name}: ${size.actors} actors, ${size.issues} issues, ${size.positions} positions (imported in ${size.importSeconds} s)`,
    '',
    `autocannon, ${o.connections} connections on loopback, ${o.warmupSeconds ? `${o.warmupSeconds} s of warm-up, then ` : ''}${o.rounds} rounds of ${o.duration} s; requests in a fixed cycle: ` +
      r.mix.map((kind) => `${kind.name} ${kind.weight}`).join(', ') +
      ` of ${r.mix.reduce((sum, kind) => sum + kind.weight, 0)}. The server ran with RATE_LIMIT_PER_MINUTE=${r.rateLimitPerMinute} ` +
      '(one client far over any key\u2019s budget). Errors: non-200 answers, GraphQL errors, timeouts ' +
      `(${o.timeoutSeconds} s) and socket errors. Writes are looked up in Neo4j after each round.`,
    '',
    table(
      [
        'round',
        'requests',
        'req/s',
        'p50 / p95 / p99 ms',
        'errors',
        'writes acknowledged',
        'lost writes',
        'server RSS after / peak MiB',
      ],
      r.rounds.map((round) => [
        round.round,
        round.requests,
        round.rps,
        `${ms(round.latency.p50)} / ${ms(round.latency.p95)} / ${ms(round.latency.p99)}`,
        round.errors,
        round.writes.acknowledged,
        round.writes.lost,
        `${round.memory.rssMb} / ${round.memory.peakRssMb}`,
      ]),
    ),
    '',
    table(
      ['request (all rounds)', 'share', 'answered', 'p50 / p95 / p99 ms'],
      r.byKind.map((kind) => [
        kind.title,
        `${Math.round(kind.share * 100)}%`,
        kind.n,
        `${ms(kind.p50)} / ${ms(kind.p95)} / ${ms(kind.p99)}`,
      ]),
    ),
    '',
    `Writes: ${r.writes.acknowledged} acknowledged, ${r.writes.lost} of them lost (looked up again at the end); ` +
      `${r.writes.unacknowledged} without a clean answer (in flight at the end of a round, timed out or refused), ` +
      `${r.writes.unacknowledgedPresent} of which were written anyway; ${r.writes.refused} refused with an error answer, ` +
      `${r.writes.refusedPresent} of those written.`,
    r.memoryGrowth == null
      ? 'Memory: one round, nothing to compare.'
      : `Memory: server RSS after round ${r.rounds.length} is ${r.memoryGrowth > 0 ? '+' : ''}${r.memoryGrowth}% of round 1's ` +
        `(target ≤ +${MEMORY_GROWTH_LIMIT * 100}%).`,
    r.failures.length
      ? `**Targets missed**: ${r.failures.map((f) => f.message).join('; ')}.`
      : 'Targets met: no errors, no lost writes, memory within 10%.',
    '',
    `Machine: ${env.cpus} cores (${env.cpuModel}), ${env.memoryGiB} GiB (${env.freeMemoryGiB} free at the start); ` +
      `load average ${env.loadBefore.join(' / ')} before, ${env.loadAfter.join(' / ')} after (1 / 5 / 15 min); ` +
      `Node ${env.node}; Neo4j ${env.neo4j}.`,
  ];
  return lines.join('\n');
}
