import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BackupService } from '../../src/backup/backup.service';
import { foundationDataset } from '../fixtures/foundation-dataset';
import { suiteApp } from '../support/suite-app';

const root = path.resolve(__dirname, '../..');
const run = (...args: string[]) =>
  spawnSync(process.execPath, [path.join(root, 'dist/cli/backup.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
  });

describe('npm run backup / npm run restore', () => {
  const suite = suiteApp();

  it('round-trips the whole graph, position history and audit trail to an identical backup', async () => {
    const app = suite();
    await app.data('mutation($d: JSONObject!) { importDataset(input: { dataset: $d }) { datasetId } }', {
      d: foundationDataset(),
    });
    await app.data(
      'mutation { recordPosition(input: { holder: "beta", issue: "border", value: 25, salience: 0.7 }) { id } }',
    );
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'backup-')), 'graph.json');
    const backedUp = run('backup', '--out', file);
    expect(backedUp.status).toBe(0);
    expect(backedUp.stdout).toContain('and 2 audit entries');
    const first = JSON.parse(fs.readFileSync(file, 'utf8'));
    const counts = await app.counts();

    await app.reset();
    expect((await app.counts()).nodes).toBe(0);
    const restored = run('restore', file);
    expect(restored.stderr).toBe('');
    expect(restored.status).toBe(0);
    expect(await app.counts()).toEqual(counts);

    const second = await app.app.get(BackupService).backup();
    expect(second.dataset).toEqual(first.dataset);
    // Restoring in-process (the service the CLI uses) over an existing graph gives the same graph.
    await app.app.get(BackupService).restore(first);
    expect(await app.counts()).toEqual(counts);
    // The restore is itself a write, audited after the entries it restored.
    expect(second.changes.slice(0, 2)).toEqual(first.changes);
    expect(second.changes[2]).toMatchObject({ by: 'cli' });
  });

  it('refuses a file that is not a backup and changes nothing', async () => {
    const app = suite();
    const before = await app.counts();
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'backup-')), 'other.json');
    fs.writeFileSync(file, JSON.stringify(foundationDataset()));
    const result = run('restore', file);
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toMatch(/^error: format: is not a Faultline backup/);
    expect(await app.counts()).toEqual(before);
  });
});
