#!/usr/bin/env node
// `npm run bench:dashboard`: how long the dashboard takes to draw a large network the first time,
// in headless Chromium (/usr/bin/chromium or CHROMIUM_PATH), measured apart from the query:
//   query  — the page's disagreementNetwork request, timed from Node (server + transfer + parse);
//   render — in the page, from the answer to the first painted canvas (data-render-ms);
//   total  — navigation to the drawn network, as a person waits for it.
// Data: syntheticDataset at size M (1,000 actors x 200 issues, ~50,000 positions) or S, imported
// into a Neo4j of its own (or NEO4J_URI, whose data it replaces).
// Above 300 actors the page asks only for pairs with D >= 0.5 (its default minimum weight); the
// Node query does the same, and --full also times the query for every pair once.
// Usage: npm run bench:dashboard [-- --size S|M] [--runs 3] [--no-import] [--full]
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureBuilt, ensureInstalled, root } from '../scripts/bootstrap.mjs';
import { fail, log } from '../scripts/output.mjs';
import { optionValue, sizeNamed } from './lib/options.mjs';

const args = process.argv.slice(2);
const sizeName = optionValue('--size', 'M');
const size = sizeNamed(sizeName, ['S', 'M']);
const runs = Number(optionValue('--runs', '3'));
const port = Number(process.env.BENCH_PORT ?? 4101);
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!fs.existsSync(chromiumPath))
  fail(`no Chromium at ${chromiumPath}: apt-get install chromium, or set CHROMIUM_PATH`);

ensureInstalled();
ensureBuilt();
const { chromium } = await import('playwright-core');
const { syntheticDataset } = await import(path.join(root, 'dist/datasets/synthetic-dataset.js'));
const { startNeo4j } = await import('../scripts/neo4j.mjs');

const env = { ...process.env, PORT: String(port), FAULTLINE_SEED: 'none', LOG_LEVEL: 'warn' };
let neo4j;
if (!process.env.NEO4J_URI) {
  // An import is one transaction: 55,000 positions need more than the default 512m heap.
  process.env.NEO4J_HEAP ??= '2g';
  fs.rmSync(path.join(root, '.neo4j', 'bench', 'data'), { recursive: true, force: true });
  neo4j = await startNeo4j('bench');
  env.NEO4J_URI = neo4j.uri;
}
const base = `http://127.0.0.1:${port}`;
const NETWORK = `query($measure: Measure!, $normalization: Normalization!, $minWeight: Float) {
  disagreementNetwork(measure: $measure, normalization: $normalization, minWeight: $minWeight,
      betweenness: false) {
    asOf measure normalization actorCount issueCount n
    nodes { id community degree actor { name capability kind } }
    edges { key source target weight divergence redLineConflicts sharedIssues }
    communities { id size members }
  }
}`;

async function waitForServer(server) {
  for (let i = 0; i < 480; i += 1) {
    if (server.exitCode !== null) throw new Error('the server exited during start: see its output above');
    try {
      if ((await fetch(`${base}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('the server did not answer /health within 240 s');
}

const answering = await fetch(`${base}/health`).then(
  () => true,
  () => false,
);
if (answering) fail(`something already listens on port ${port}: set BENCH_PORT`);

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const server = spawn(process.execPath, [path.join(root, 'dist/main.js')], {
  cwd: root,
  env,
  stdio: ['ignore', 'ignore', 'inherit'],
});
let browser;
const result = {
  size: sizeName,
  actors: size.actors,
  issues: size.issues,
  positions: size.positions,
  runs,
  query: [],
  pageQuery: [],
  render: [],
  total: [],
};
try {
  await waitForServer(server);
  if (!args.includes('--no-import')) {
    const file = path.join(os.tmpdir(), `faultline-bench-dashboard-${sizeName}.json`);
    fs.writeFileSync(file, JSON.stringify(syntheticDataset(size)));
    log('bench', `size ${sizeName}: importing the synthetic dataset...`);
    const imported = spawnSync(process.execPath, [path.join(root, 'dist/cli/import.js'), file], {
      env,
      stdio: 'inherit',
    });
    if (imported.status !== 0) throw new Error('the import failed');
  }
  const timeQuery = async (minWeight) => {
    const started = performance.now();
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: NETWORK,
        variables: { measure: 'DIVERGENCE', normalization: 'NONE', minWeight },
      }),
    });
    const body = await response.json();
    if (body.errors) throw new Error(`the network query failed: ${JSON.stringify(body.errors[0])}`);
    return { ms: performance.now() - started, network: body.data.disagreementNetwork };
  };
  const minWeight = size.actors > 300 ? 0.5 : null;
  for (let run = 0; run < runs; run += 1) {
    log('bench', `network query from Node (minWeight ${minWeight}), run ${run + 1}/${runs}`);
    const { ms, network } = await timeQuery(minWeight);
    result.query.push(ms);
    result.nodes = network.nodes.length;
    result.edges = network.edges.length;
  }
  if (args.includes('--full')) {
    log('bench', 'network query for every pair (no minimum weight), once');
    const { ms, network } = await timeQuery(null);
    result.full = { ms, edges: network.edges.length };
  }
  browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  for (let run = 0; run < runs; run += 1) {
    log('bench', `first draw in Chromium, run ${run + 1}/${runs}`);
    const page = await browser.newPage({ viewport: { width: 1366, height: 820 } });
    const started = performance.now();
    await page.goto(`${base}/`);
    await page.locator('#main[data-state="ready"]').waitFor({ timeout: 600_000 });
    result.total.push(performance.now() - started);
    const network = page.locator('#network');
    result.render.push(Number(await network.getAttribute('data-render-ms')));
    result.pageQuery.push(Number(await network.getAttribute('data-query-ms')));
    result.drawnNodes = Number(await network.getAttribute('data-node-count'));
    result.drawnEdges = Number(await network.getAttribute('data-edge-count'));
    await page.close();
  }
} catch (error) {
  process.exitCode = 1;
  process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
} finally {
  await browser?.close();
  server.kill('SIGTERM');
  if (neo4j) await neo4j.stop();
}

if (process.exitCode) process.exit();
const ms = (values) => Math.round(median(values));
console.log(
  '\n| size | actors x issues | network answer | drawn | query (Node) ms | query (page) ms | render ms | total ms |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
console.log(
  `| ${sizeName} | ${size.actors} x ${size.issues} | ${result.nodes} nodes, ${result.edges} edges | ` +
    `${result.drawnNodes} nodes, ${result.drawnEdges} edges | ${ms(result.query)} | ${ms(result.pageQuery)} | ` +
    `${ms(result.render)} | ${ms(result.total)} |`,
);
if (result.full) {
  console.log(
    `\nevery pair (no minimum weight): ${result.full.edges} edges in ${Math.round(result.full.ms)} ms`,
  );
}
console.log(`\nmedians of ${runs} runs; ${os.cpus().length} cores, Node ${process.version}, ${chromiumPath}`);
fs.mkdirSync(path.join(root, 'bench', 'results'), { recursive: true });
fs.writeFileSync(
  path.join(root, 'bench', 'results', `dashboard-${sizeName}.json`),
  `${JSON.stringify(result, null, 2)}\n`,
);
