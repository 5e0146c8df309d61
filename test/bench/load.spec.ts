import neo4j from 'neo4j-driver';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runScript } from '../support/run-script';
import { suiteApp } from '../support/suite-app';

interface WriteCheck {
  acknowledged: number;
  lost: number;
  lostIds: string[];
}
interface LoadResult {
  error?: string;
  failures: { target: 'errors' | 'lost' | 'memory'; message: string }[];
  rounds: {
    round: number;
    requests: number;
    errors: number;
    firstErrors: string[];
    byKind: Record<string, { n: number; errors: number }>;
    writes: WriteCheck;
    memory: { rssMb: number };
  }[];
  writes: WriteCheck & { acknowledgedIds: Record<string, string[]> };
}

describe('the load test (npm run bench:load) at a tiny size', () => {
  // The bench imports into the test database and writes to it: empty before and after.
  suiteApp();

  it('runs mixed reads and writes without errors, and every acknowledged write is in the database', async () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-load-')), 'tiny.json');
    const run = await runScript('bench/load.mjs', [
      '--size',
      'tiny',
      '--duration',
      '3',
      '--connections',
      '4',
      '--rounds',
      '2',
      '--warmup',
      '1',
      '--no-build',
      '--out',
      out,
    ]);
    if (!fs.existsSync(out)) throw new Error(`no result (exit ${run.code}):\n${run.stderr.slice(-3000)}`);
    const result = JSON.parse(fs.readFileSync(out, 'utf8')) as LoadResult;

    expect(result.error).toBeUndefined();
    // Memory is the machine's business here (two 3-second rounds): not asserted.
    expect(result.failures.filter((failure) => failure.target !== 'memory')).toEqual([]);
    expect(run.code).toBe(result.failures.length === 0 ? 0 : 1);
    expect(result.rounds.map((round) => round.round)).toEqual([1, 2]);
    for (const round of result.rounds) {
      expect(round.requests).toBeGreaterThan(0);
      expect({ round: round.round, errors: round.errors, firstErrors: round.firstErrors }).toEqual({
        round: round.round,
        errors: 0,
        firstErrors: [],
      });
      expect(round.writes.lost).toBe(0);
      expect(round.memory.rssMb).toBeGreaterThan(0);
    }
    expect(result.writes.acknowledged).toBeGreaterThan(0);
    expect(result.writes.lost).toBe(0);
    expect(run.stdout).toContain('| round |');

    // Independently of the script's own check: every acknowledged write is in the database.
    const positions = result.writes.acknowledgedIds['record-position'] ?? [];
    const actors = result.writes.acknowledgedIds['create-actor'] ?? [];
    expect(positions.length).toBeGreaterThan(0);
    expect(positions.length + actors.length).toBe(result.writes.acknowledged);
    const driver = neo4j.driver(process.env.NEO4J_URI!, undefined, { disableLosslessIntegers: true });
    try {
      const { records } = await driver.executeQuery(
        `RETURN COUNT { MATCH (:Holder)-[:HOLDS]->(p:Position)-[:ON]->(:Issue) WHERE p.id IN $positions } AS positions,
                COUNT { MATCH (a:Actor) WHERE a.id IN $actors } AS actors`,
        { positions, actors },
      );
      expect(records[0].toObject()).toEqual({ positions: positions.length, actors: actors.length });
    } finally {
      await driver.close();
    }
  }, 180_000);
});
