import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cypher } from '../../src/database/cypher-registry';
import {
  applyMigrations,
  MigrationError,
  readMigrationFiles,
  splitStatements,
} from '../../src/database/schema-migrations';
import { TestApp } from '../support/test-app';

describe('schema migrations on the real database', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(() => app.stop());

  it('are recorded in the graph with id, checksum and time, in order', async () => {
    const files = readMigrationFiles();
    const rows = await app.db.read(cypher().migrations.listApplied);
    expect(rows.map((row) => row.id)).toEqual(files.map((file) => file.id));
    for (const [index, row] of rows.entries()) {
      expect(row.checksum).toBe(files[index].checksum);
      expect(row.appliedAt).toBeInstanceOf(Date);
    }
  });

  it('create the constraints and indexes the queries rely on', async () => {
    const constraints = await app.db.driver.executeQuery(
      'SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names',
    );
    const names = constraints.records[0].get('names') as string[];
    for (const label of ['actor', 'issue', 'position', 'source', 'event', 'proposal', 'holder']) {
      expect(names).toContain(`${label}_id`);
    }
    const indexes = await app.db.driver.executeQuery(
      'SHOW INDEXES YIELD name, type RETURN collect(name) AS names',
    );
    expect(indexes.records[0].get('names')).toEqual(
      expect.arrayContaining([
        'position_validity',
        'issue_category',
        'actor_kind',
        'actor_names',
        'source_titles',
      ]),
    );
  });

  it('applying twice changes nothing', async () => {
    const before = await app.db.read(cypher().migrations.listApplied);
    const report = await applyMigrations(app.db);
    expect(report.applied).toEqual([]);
    expect(report.alreadyApplied).toHaveLength(before.length);
    expect(await app.db.read(cypher().migrations.listApplied)).toEqual(before);
  });

  it('stops with a clear error when an applied migration was edited', async () => {
    const [first, ...rest] = readMigrationFiles();
    const edited = { ...first, checksum: 'f'.repeat(64) };
    await expect(applyMigrations(app.db, [edited, ...rest])).rejects.toThrow(MigrationError);
    await expect(applyMigrations(app.db, [edited, ...rest])).rejects.toThrow(
      /was edited after it was applied/,
    );
  });

  it('refuses badly named or doubly numbered migration files', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'migrations-'));
    fs.writeFileSync(path.join(dir, '001-a.cypher'), 'RETURN 1;');
    fs.writeFileSync(path.join(dir, '001-b.cypher'), 'RETURN 2;');
    expect(() => readMigrationFiles(dir)).toThrow(/used twice/);
    fs.rmSync(path.join(dir, '001-b.cypher'));
    fs.writeFileSync(path.join(dir, 'Bad Name.cypher'), 'RETURN 3;');
    expect(() => readMigrationFiles(dir)).toThrow(/NNN-kebab-name/);
  });

  it('splits files into statements, ignoring comment lines', () => {
    expect(
      splitStatements('// header\nCREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\n// next\nRETURN 1;\n'),
    ).toEqual(['CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)', 'RETURN 1']);
  });
});
