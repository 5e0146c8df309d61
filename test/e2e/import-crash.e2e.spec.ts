import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { syntheticDataset } from '../../src/datasets/synthetic-dataset';
import { ScratchNeo4j } from '../support/scratch-neo4j';

const root = path.resolve(__dirname, '../..');

/** Runs the built import CLI; calls `onProgress` with each stderr chunk. */
function runImport(uri: string, file: string, onProgress: (text: string) => void = () => undefined) {
  const child = spawn(process.execPath, [path.join(root, 'dist/cli/import.js'), file], {
    cwd: root,
    env: { ...process.env, NEO4J_URI: uri },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr!.on('data', (chunk: Buffer) => onProgress(chunk.toString()));
  return new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
}

/**
 * Neo4j killed (SIGKILL) in the middle of a large import: after a restart the database holds
 * none of it (the import is one transaction), and a second run completes it.
 */
describe('an import interrupted by a Neo4j crash', () => {
  const scratch = new ScratchNeo4j('crash', Number(process.env.NEO4J_CRASH_PORT ?? 7698));
  const pidFile = path.join(root, '.neo4j', 'crash', 'run', 'faultline-neo4j.pid');

  beforeAll(() => {
    scratch.wipe();
    return scratch.start();
  }, 180_000);
  afterAll(() => scratch.stop());

  async function countPositionsAndActors(): Promise<number> {
    const driver = neo4j.driver(scratch.uri, undefined, { disableLosslessIntegers: true });
    try {
      const result = await driver.executeQuery('MATCH (n) WHERE n:Position OR n:Actor RETURN count(n) AS n');
      return result.records[0].get('n') as number;
    } finally {
      await driver.close();
    }
  }

  it('leaves all or nothing, and a second run completes it', async () => {
    const dataset = syntheticDataset({ actors: 500, issues: 50, positions: 10000 });
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'crash-')), 'data.json');
    fs.writeFileSync(file, JSON.stringify(dataset));

    let killed = false;
    const exitCode = await runImport(scratch.uri, file, (text) => {
      // Kill the database once the import is writing positions, inside its one transaction.
      if (!killed && text.includes('[import] sources')) {
        killed = true;
        process.kill(Number(fs.readFileSync(pidFile, 'utf8')), 'SIGKILL');
      }
    });
    expect(killed).toBe(true);
    expect(exitCode).not.toBe(0);

    await scratch.stop();
    await scratch.start();
    expect(await countPositionsAndActors()).toBe(0);

    expect(await runImport(scratch.uri, file)).toBe(0);
    expect(await countPositionsAndActors()).toBe(dataset.positions!.length + dataset.actors!.length);
  }, 300_000);
});
