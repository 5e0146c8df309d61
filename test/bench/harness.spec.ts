import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runScript } from '../support/run-script';
import { suiteApp } from '../support/suite-app';

const COMPARED = ['actor-detail', 'actor-page', 'issues-by-positions', 'issue-positions-as-of'];
const FAULTLINE_ONLY = ['divergence-pair', 'divergence-matrix', 'disagreement-network'];

const IMPLEMENTATIONS = ['raw', 'graphqlFloor', 'faultline', 'peer'] as const;
type Implementation = (typeof IMPLEMENTATIONS)[number];

interface Latency {
  n: number;
  p50: number | null;
  p95: number | null;
}
interface BenchResult {
  agree: boolean;
  error?: string;
  import?: { positions: number; positionsPerSecond: number };
  compared: {
    name: string;
    agree: boolean;
    differences: Record<string, string | null>;
    latency: Record<Implementation | 'driver', Latency>;
    throughput: Record<Implementation, { requests: number; errors: number }>;
    targets: { vsRaw: number; vsPeer: number; graphqlFloorVsRaw: number; vsGraphqlFloor: number };
  }[];
  faultlineOnly: {
    name: string;
    skipped?: string;
    error?: string;
    latency?: Latency;
    throughput?: { errors: number };
  }[];
  recordPosition: { written: number; errors: number };
  memory: Record<Implementation, { peakMb: number }>;
}

/** Runs `node bench/run.mjs` on the test database (NEO4J_URI: imported into, never wiped). */
const runBench = (args: string[]) => runScript('bench/run.mjs', args);

describe('the benchmark harness (npm run bench) at a tiny size', () => {
  // The bench imports into the test database and writes to it: empty before and after.
  suiteApp();

  it('measures every workload on the four implementations, whose answers agree', async () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-bench-')), 'tiny.json');
    const run = await runBench([
      '--size',
      'tiny',
      '--runs',
      '3',
      '--warmup',
      '1',
      '--duration',
      '1',
      '--connections',
      '4',
      '--writers',
      '4',
      '--no-build',
      '--out',
      out,
    ]);
    if (run.code !== 0) throw new Error(`the bench failed (exit ${run.code}):\n${run.stderr.slice(-3000)}`);
    const result = JSON.parse(fs.readFileSync(out, 'utf8')) as BenchResult;

    expect(result.error).toBeUndefined();
    expect(result.agree).toBe(true);
    expect(result.import?.positions).toBeGreaterThan(100);
    expect(result.compared.map((w) => w.name)).toEqual(COMPARED);
    for (const workload of result.compared) {
      expect({ name: workload.name, agree: workload.agree, differences: workload.differences }).toEqual({
        name: workload.name,
        agree: true,
        differences: { graphqlFloor: null, faultline: null, peer: null },
      });
      for (const impl of [...IMPLEMENTATIONS, 'driver'] as const) {
        expect(workload.latency[impl].n).toBe(3);
        expect(workload.latency[impl].p50).toBeGreaterThan(0);
      }
      for (const impl of IMPLEMENTATIONS) {
        expect(workload.throughput[impl].requests).toBeGreaterThan(0);
        expect(workload.throughput[impl].errors).toBe(0);
      }
      expect(workload.targets.vsRaw).toBeGreaterThan(0);
      expect(workload.targets.vsPeer).toBeGreaterThan(0);
      expect(workload.targets.graphqlFloorVsRaw).toBeGreaterThan(0);
      expect(workload.targets.vsGraphqlFloor).toBeGreaterThan(0);
    }
    // The divergence queries are measured when the schema has them, or skipped with a reason.
    expect(result.faultlineOnly.map((w) => w.name)).toEqual(FAULTLINE_ONLY);
    for (const workload of result.faultlineOnly) {
      expect({ name: workload.name, error: workload.error }).toEqual({ name: workload.name });
      if (workload.skipped) expect(workload.skipped).toMatch(/^skipped: /);
      else expect(workload.throughput?.errors).toBe(0);
    }
    expect(result.recordPosition.written).toBeGreaterThan(0);
    expect(result.recordPosition.errors).toBe(0);
    for (const impl of IMPLEMENTATIONS) {
      expect(result.memory[impl].peakMb).toBeGreaterThan(0);
    }
    expect(run.stdout).toContain('| workload |');
  }, 120_000);
});
