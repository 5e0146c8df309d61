import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

/**
 * A Neo4j of a test's own (own data folder and port), started and stopped through the project's
 * script, for tests that stop the database under a running server.
 */
export class ScratchNeo4j {
  private process: ChildProcess | undefined;

  constructor(
    readonly instance: string,
    readonly port: number,
  ) {}

  /** Deletes the instance's data folder (only while it is stopped), so a test starts from nothing. */
  wipe(): void {
    fs.rmSync(path.join(root, '.neo4j', this.instance, 'data'), { recursive: true, force: true });
  }

  get uri(): string {
    return `bolt://127.0.0.1:${this.port}`;
  }

  start(): Promise<void> {
    return new Promise((resolve, reject) => {
      const child = spawn(
        process.execPath,
        ['scripts/neo4j.mjs', 'start', '--instance', this.instance, '--port', String(this.port)],
        {
          cwd: root,
          stdio: ['ignore', 'ignore', 'pipe'],
        },
      );
      this.process = child;
      let output = '';
      child.stderr!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('is ready on')) resolve();
      });
      child.once('exit', (code) => reject(new Error(`Neo4j ${this.instance} exited (${code}): ${output}`)));
    });
  }

  /** Stops it cleanly (SIGTERM to the script, which stops Neo4j and waits). */
  stop(): Promise<void> {
    const child = this.process;
    this.process = undefined;
    if (!child || child.exitCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      child.removeAllListeners('exit');
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  }
}
