import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importDataset } from '../support/import';
import { TestApp } from '../support/test-app';
import { fetchExport, root, seedDataset } from './interop-support';

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a built command (npm test builds dist/ first) on the test database. Asynchronously: the
 * test app serves HTTP in this process, and a blocked event loop would break its connections.
 */
function run(command: 'export' | 'import', ...args: string[]): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'dist', 'cli', `${command}.js`), ...args], {
      cwd: root,
      env: process.env,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const temp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-interop-cli-'));

/** A one-line error: exit code 2, a single stderr line saying nothing was written. */
function expectOneLineError(result: Result, pattern: RegExp, written = true): void {
  expect(result.code).toBe(2);
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr.trim()).toMatch(pattern);
  if (written) expect(result.stderr).toContain('(nothing was written)');
}

describe('npm run export / import --format csv (the built CLI) on the real database', () => {
  let app: TestApp;
  let csv: string;
  beforeAll(async () => {
    app = await TestApp.start();
    await app.reset();
    await importDataset(app, seedDataset());
    csv = path.join(temp(), 'tables');
    const exported = await run('export', '--format', 'csv', '--out', csv);
    expect(exported.code).toBe(0);
  }, 120_000);
  afterAll(() => app.stop());

  it('exports to a file with progress on stderr, the same bytes as over HTTP', async () => {
    const out = path.join(temp(), 'seed.json');
    const result = await run('export', '--format', 'json', '--out', out);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('[export] positions: 17/17');
    expect(result.stdout).toMatch(/^exported json to .*seed\.json: 9 actors, 7 issues.* in \d+ ms\n$/);
    expect(fs.readFileSync(out, 'utf8')).toBe((await fetchExport(app, 'json')).body);
    expect(fs.readdirSync(path.dirname(out))).toEqual(['seed.json']);
  });

  it('--changes adds the audit trail: to the JSON file, and changes.csv to the CSV folder', async () => {
    const out = path.join(temp(), 'with-trail.json');
    const json = await run('export', '--changes', '--format', 'json', '--out', out);
    expect(json.code).toBe(0);
    expect(json.stdout).toMatch(/ \d+ changes in \d+ ms\n$/);
    const file = fs.readFileSync(out, 'utf8');
    expect(file).toBe((await fetchExport(app, 'json', { changes: 'true' })).body);
    expect((JSON.parse(file) as { changes: unknown[] }).changes.length).toBeGreaterThan(0);
    const folder = path.join(temp(), 'tables');
    expect((await run('export', '--format', 'csv', '--changes=true', '--out', folder)).code).toBe(0);
    expect(fs.readdirSync(folder)).toContain('changes.csv');
    expectOneLineError(
      await run('export', '--format', 'gexf', '--changes', '--out', path.join(temp(), 'x.gexf')),
      /^error: changes: the audit trail goes into json, cypher, csv exports, not gexf/,
    );
  });

  it('writes every CSV table into a folder and imports it back: created, then existing', async () => {
    expect(fs.readdirSync(csv).sort()).toEqual(
      [
        'actors.csv',
        'dataset.csv',
        'events.csv',
        'issues.csv',
        'network-edges.csv',
        'network-nodes.csv',
        'positions.csv',
        'proposals.csv',
        'relations.csv',
        'sources.csv',
      ].sort(),
    );
    const before = (await fetchExport(app, 'json')).body;
    await app.reset();
    const first = await run('import', '--format', 'csv', csv);
    expect(first.code).toBe(0);
    expect(first.stderr).toContain('[import] positions: 17/17');
    expect(first.stdout).toContain('positions 17 new, 0 existing');
    const second = await run('import', '--format', 'csv', csv);
    expect(second.stdout).toContain('actors 0 new, 9 existing; issues 0 new, 7 existing');
    expect(second.stdout).toContain('positions 0 new, 17 existing');
    expect((await fetchExport(app, 'json')).body).toBe(before);
  });

  it('--check validates a CSV folder or a JSON file and writes nothing', async () => {
    const counts = await app.counts();
    const folder = await run('import', '--format', 'csv', '--check', csv);
    expect(folder.code).toBe(0);
    expect(folder.stdout).toContain('is a valid dataset ukraine-talks-2025: 9 actors');
    const dataset = seedDataset();
    dataset.positions![0].salience = 3;
    dataset.positions![2].validFrom = 'soon';
    const file = path.join(temp(), 'bad.json');
    fs.writeFileSync(file, JSON.stringify(dataset));
    const bad = await run('import', '--check', file);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^error: \d+ problems, nothing was written:/);
    expect(bad.stderr).toContain(`${file} $.positions[0].salience`);
    expect(bad.stderr).toContain(`${file} $.positions[2].validFrom`);
    const broken = path.join(temp(), 'tables');
    fs.cpSync(csv, broken, { recursive: true });
    const positions = path.join(broken, 'positions.csv');
    const lines = fs.readFileSync(positions, 'utf8').split('\r\n');
    lines[1] = lines[1].replace(',2025-11-24T00:00:00Z,', ',24/11/2025,');
    lines[3] = lines[3].replace(/^([^,]+,)/, '$1ghost-');
    fs.writeFileSync(positions, lines.join('\r\n'));
    const listed = await run('import', '--format', 'csv', '--check', broken);
    expect(listed.code).toBe(2);
    expect(listed.stderr).toContain('positions.csv row 2, column valid_from:');
    expect(listed.stderr).toContain('positions.csv row 4, column holder: refers to unknown id');
    expect(await app.counts()).toEqual(counts);
  });

  it('refuses bad input in one line with exit code 2, writing nothing', async () => {
    const counts = await app.counts();
    const folder = temp();
    expectOneLineError(
      await run('export', '--format', 'xlsx', '--out', path.join(folder, 'x')),
      /^error: format: unknown format "xlsx": use one of json, cypher, graphml, gexf, csv, statements/,
    );
    expectOneLineError(
      await run('export', '--format', 'json', '--out', '/nonexistent/dir/out.json'),
      /^error: out: cannot write \/nonexistent\/dir\/out\.json: its folder does not exist/,
    );
    expectOneLineError(
      await run('export', '--format', 'json', '--out', path.join(folder, 'x.json'), '--asOf', 'yesterday'),
      /^error: asOf: "yesterday" is not a date/,
    );
    expectOneLineError(
      await run(
        'export',
        '--format',
        'graphml',
        '--out',
        path.join(folder, 'x.graphml'),
        '--issues',
        'atlantis',
      ),
      /^error: Issue "atlantis" does not exist$/,
      false,
    );
    expect(fs.readdirSync(folder)).toEqual([]);

    const broken = (name: string, edit: (text: string) => string) => {
      const copy = path.join(temp(), name);
      fs.cpSync(csv, copy, { recursive: true });
      const file = path.join(copy, 'positions.csv');
      fs.writeFileSync(file, edit(fs.readFileSync(file, 'utf8')));
      return copy;
    };
    expectOneLineError(
      await run(
        'import',
        '--format',
        'csv',
        broken('no-column', (text) => {
          const table = parse(text) as string[][];
          const index = table[0].indexOf('salience');
          return stringify(table.map((row) => row.filter((_, i) => i !== index)));
        }),
      ),
      /^error: positions\.csv row 1, column salience: missing column/,
    );
    expectOneLineError(
      await run(
        'import',
        '--format',
        'csv',
        broken('short-row', (text) => `${text}pos-x,russia\r\n`),
      ),
      /^error: positions\.csv row 28, column holder_name: has 2 fields, the header has 19/,
    );
    const lines = (text: string) => text.split('\r\n');
    expectOneLineError(
      await run(
        'import',
        '--format',
        'csv',
        broken('bad-date', (text) =>
          lines(text)
            .map((line) =>
              line.startsWith('pos-united-states-negotiation-track,')
                ? line.replace('2025-12-02T00:00:00Z', '2025-12-32')
                : line,
            )
            .join('\r\n'),
        ),
      ),
      /^error: positions\.csv row \d+, column valid_from: must match format "date-time"/,
    );
    expectOneLineError(
      await run('import', '--format', 'xml', csv),
      /^error: format: unknown format "xml": use json or csv/,
    );
    expect(await app.counts()).toEqual(counts);
  }, 120_000);
});
