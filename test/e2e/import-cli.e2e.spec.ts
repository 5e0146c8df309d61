import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { foundationDataset } from '../fixtures/foundation-dataset';
import { TestApp } from '../support/test-app';

const root = path.resolve(__dirname, '../..');
const cli = path.join(root, 'dist', 'cli', 'import.js');

/** Runs the built import command (npm test builds dist/ first) on the test database. */
function runImport(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    env: process.env,
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function writeTemp(name: string, content: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-cli-')), name);
  fs.writeFileSync(file, content);
  return file;
}

describe('npm run import (the CLI) on the real database', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  beforeEach(() => app.reset());
  afterAll(() => app.stop());

  it('imports a file, shows progress and a summary, and changes nothing the second time', async () => {
    const file = writeTemp('data.json', JSON.stringify(foundationDataset()));
    const first = runImport(file);
    expect(first.stderr).toContain('[import] positions: 4/4');
    expect(first.stdout).toContain('imported foundation-test');
    expect(first.stdout).toContain('actors 3 new, 0 existing');
    expect(first.code).toBe(0);
    const counts = await app.counts();
    const second = runImport(file);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('actors 0 new, 3 existing');
    expect(await app.counts()).toEqual(counts);
  });

  it('lists every problem with its JSON path, exits 2 and writes nothing', async () => {
    const dataset = foundationDataset();
    dataset.positions![0].salience = 3;
    dataset.positions![1].holder = 'ghost';
    const before = await app.counts();
    const result = runImport(writeTemp('bad.json', JSON.stringify(dataset)));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: \d+ problems, nothing was written:/);
    expect(result.stderr).toContain('$.positions[0].salience');
    expect(result.stderr).toContain('$.positions[1].holder');
    expect(await app.counts()).toEqual(before);
  });

  it('says what is wrong in one line for a missing file, broken JSON or no argument', () => {
    const missing = runImport('/nonexistent/data.json');
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim()).toBe(
      'error: file: /nonexistent/data.json does not exist (nothing was written)',
    );
    const broken = runImport(writeTemp('broken.json', '{"format": '));
    expect(broken.code).toBe(2);
    expect(broken.stderr.trim().split('\n')).toHaveLength(1);
    expect(broken.stderr).toContain('is not valid JSON');
    const none = runImport();
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('usage: npm run import -- <dataset.json>');
  });
});
