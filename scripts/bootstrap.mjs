// What every project command needs first: dependencies installed and the TypeScript built.
// Uses only Node's own modules, so it runs on a fresh clone before `npm ci`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fail, log } from './output.mjs';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.error) fail(`${command} could not run: ${result.error.message}`);
  return result.status ?? 1;
}

/** Runs `npm ci` when node_modules is missing or older than package-lock.json. */
export function ensureInstalled() {
  const installed = path.join(root, 'node_modules', '.package-lock.json');
  const lock = path.join(root, 'package-lock.json');
  if (fs.existsSync(installed) && fs.statSync(installed).mtimeMs >= fs.statSync(lock).mtimeMs) return;
  log('setup', 'installing dependencies (npm ci)...');
  if (run('npm', ['ci', '--no-audit', '--no-fund']) !== 0) fail('npm ci failed: see the output above.');
}

/** Compiles src/ to dist/ when any source is newer than the last build. */
export function ensureBuilt() {
  ensureWebBuilt();
  const marker = path.join(root, 'dist', '.built');
  const sources = Math.max(
    newestMtime(path.join(root, 'src')),
    fs.statSync(path.join(root, 'package-lock.json')).mtimeMs,
  );
  if (fs.existsSync(marker) && fs.statSync(marker).mtimeMs >= sources) return;
  log('setup', 'building (tsc)...');
  fs.rmSync(path.join(root, 'dist'), { recursive: true, force: true });
  if (
    run(process.execPath, [
      path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'),
      '-p',
      'tsconfig.build.json',
    ]) !== 0
  ) {
    fail('the TypeScript build failed: see the errors above.');
  }
  fs.writeFileSync(marker, new Date().toISOString());
}

// --- The dashboard page (web/) -----------------------------------------------------------------

/** Builds web/src into web/dist (web/build.mjs) when any file under web/src is newer than it. */
export function ensureWebBuilt() {
  const marker = path.join(root, 'web', 'dist', '.built');
  const sources = Math.max(
    newestMtime(path.join(root, 'web', 'src')),
    fs.statSync(path.join(root, 'web', 'build.mjs')).mtimeMs,
    fs.statSync(path.join(root, 'package-lock.json')).mtimeMs,
  );
  if (fs.existsSync(marker) && fs.statSync(marker).mtimeMs >= sources) return;
  log('setup', 'building the dashboard (web/)...');
  if (run(process.execPath, [path.join(root, 'web', 'build.mjs')]) !== 0) {
    fail('the dashboard build failed: see the errors above.');
  }
}
