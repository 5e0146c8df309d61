import { runScript } from '../support/run-script';
import { suiteApp } from '../support/suite-app';

/** The rows of bench:io's markdown table: size, positions, step, ..., rows written. */
function tableRows(
  stdout: string,
): { size: string; positions: number; step: string; written: number | null }[] {
  const header = stdout.split('\n').find((line) => line.startsWith('| size |'));
  if (!header) throw new Error(`no table in:\n${stdout}`);
  const names = header.split('|').map((cell) => cell.trim());
  const column = (name: string) => names.indexOf(name);
  return stdout
    .split('\n')
    .filter((line) => /^\| T \|/.test(line))
    .map((line) => {
      const cells = line.split('|').map((cell) => cell.trim());
      const written = cells[column('rows written')];
      return {
        size: cells[column('size')],
        positions: Number(cells[column('positions')]),
        step: cells[column('step')],
        written: written === '' ? null : Number(written),
      };
    });
}

/** The steps bench:io times at every size and checks against a target, in the order it runs them. */
const TIMED_STEPS = [
  'import json',
  'import json, again',
  'export json',
  'export cypher',
  'export statements',
  'export csv',
];

describe('the import and export benchmark (npm run bench:io) at a tiny size', () => {
  // bench:io replaces the data of the Neo4j it is given: the test database, emptied after.
  suiteApp();

  it('imports, exports every format, counts the rows each export wrote and checks the targets', async () => {
    const run = await runScript('bench/io.mjs', ['--sizes', 'T']);
    if (run.code !== 0) throw new Error(`bench:io failed (exit ${run.code}):\n${run.stderr.slice(-3000)}`);

    const rows = tableRows(run.stdout);
    expect(rows.map((row) => row.step)).toEqual([...TIMED_STEPS, 'export json, heap <= 96 MB']);
    const positions = rows[0].positions;
    expect(positions).toBeGreaterThan(100);
    const written = Object.fromEntries(rows.map((row) => [row.step, row.written]));
    expect(written['import json']).toBeNull();
    expect(written['import json, again']).toBeNull();
    // JSON: every position plus the actors, issues and sources; the Cypher script has a row for
    // each of the same entities; statements one per quote; the CSV folder adds the network's rows.
    expect(written['export json']).toBeGreaterThan(positions);
    expect(written['export cypher']).toBe(written['export json']);
    expect(written['export statements']).toBeGreaterThanOrEqual(positions);
    expect(written['export csv']).toBeGreaterThan(written['export json']!);
    for (const step of TIMED_STEPS) {
      expect(run.stdout).toMatch(new RegExp(`^${step}: [\\d,]+ .*target [\\d,]+/s: (met|missed)$`, 'm'));
    }
    expect(run.stdout).toMatch(/^Neo4j's write floor for \d+ positions/m);
  });
});
