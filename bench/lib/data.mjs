// Loads the synthetic dataset through Faultline's own import CLI and times it.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Writes the dataset of this size to a temporary file; returns its path and counts. */
export async function writeDataset(root, size) {
  const { syntheticDataset } = await import(path.join(root, 'dist/datasets/synthetic-dataset.js'));
  const dataset = syntheticDataset(size);
  const file = path.join(os.tmpdir(), `faultline-bench-${size.actors}-${size.issues}-${size.positions}.json`);
  fs.writeFileSync(file, JSON.stringify(dataset));
  return {
    file,
    id: dataset.dataset.id,
    actors: dataset.actors.length,
    issues: dataset.issues.length,
    sources: dataset.sources.length,
    positions: dataset.positions.length,
    evidence: dataset.positions.reduce((n, p) => n + p.evidence.length, 0),
  };
}

/** Runs `node dist/cli/import.js <file>` (as `npm run import` does); resolves with its wall time. */
export function importDataset(root, file, env, log) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [path.join(root, 'dist/cli/import.js'), file], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const keep = (chunk) => {
      output = `${output}${chunk}`.slice(-4000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', (chunk) => {
      keep(chunk);
      for (const line of String(chunk).split('\n').filter(Boolean)) log(line);
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      const seconds = (performance.now() - started) / 1000;
      if (code === 0) resolve({ seconds, output });
      else reject(new Error(`the import failed (exit ${code}):\n${output}`));
    });
  });
}

/**
 * The synthetic dataset of this size, written to a temporary file and imported through the import
 * CLI: resolves with its counts (actors, issues, sources, positions, evidence) and the import time.
 */
export async function loadSyntheticData(root, size, env, log) {
  const { file, ...counts } = await writeDataset(root, size);
  try {
    const { seconds } = await importDataset(root, file, env, log);
    return { ...counts, importSeconds: Math.round(seconds * 100) / 100 };
  } finally {
    fs.rmSync(file, { force: true });
  }
}
