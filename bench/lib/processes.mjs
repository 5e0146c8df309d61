// The server processes the benches measure: spawned with Node, polled until they answer,
// and read for memory (VmHWM, the peak resident set) in /proc/<pid>/status.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import { join } from 'node:path';

/** A port nobody listens on right now (the OS picks it). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Peak and current resident memory of a process in MiB, or nulls once it has exited. */
export function memoryOf(pid) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
    return { peakMb: Math.round(kb('VmHWM') / 1024), rssMb: Math.round(kb('VmRSS') / 1024) };
  } catch {
    return { peakMb: null, rssMb: null };
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Spawns `node <nodeArgs> <script>` and resolves once `ready(url)` is true.
 * Returns { name, pid, url, memory(), stop() }. The last lines of its stderr explain a failed start.
 */
export async function startServer({ name, script, nodeArgs = [], env, port, path = '/', ready, timeoutMs }) {
  const child = spawn(process.execPath, [...nodeArgs, script], {
    env: { ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr = `${stderr}${chunk}`.slice(-4000);
  });
  const base = `http://127.0.0.1:${port}`;
  const server = {
    name,
    pid: child.pid,
    url: `${base}${path}`,
    memory: () => memoryOf(child.pid),
    stderr: () => stderr,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
  const deadline = Date.now() + (timeoutMs ?? 120_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited during start:\n${stderr}`);
    try {
      if (await ready(base)) return server;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`${name} did not answer within ${(timeoutMs ?? 120_000) / 1000} s:\n${stderr}`);
    }
    await sleep(250);
  }
}

/** Effectively no rate limit: a bench is one client sending far more than any key's budget. */
export const NO_RATE_LIMIT = '1000000000';

/**
 * The built Faultline server (dist/main.js) on loopback, ready once GET /health answers 200; without
 * a rate limit unless `env` sets RATE_LIMIT_PER_MINUTE.
 */
export function startFaultline(root, env, { port, nodeArgs = [] }) {
  return startServer({
    name: 'faultline',
    script: join(root, 'dist/main.js'),
    nodeArgs,
    env: { RATE_LIMIT_PER_MINUTE: NO_RATE_LIMIT, ...env, HOST: '127.0.0.1' },
    port,
    path: '/graphql',
    ready: async (base) => (await fetch(`${base}/health`)).ok,
  });
}
