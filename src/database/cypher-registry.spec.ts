import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CYPHER_FILES } from './cypher-files';
import { compactCypher, cypherDirectory, joinQueries, loadCypherRegistry } from './cypher-registry';

function filesUnder(dir: string, prefix = ''): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return filesUnder(path.join(dir, entry.name), relative);
    return entry.name.endsWith('.cypher') ? [relative] : [];
  });
}

/** Folders of Cypher that the product does not run through the registry. */
const NOT_IN_REGISTRY = ['schema/', 'analytics/', 'examples/'];

describe('the Cypher query registry', () => {
  it('loads every listed file', () => {
    const registry = loadCypherRegistry();
    expect(registry.actors.findByIds.file).toBe('actors/find-by-ids.cypher');
    expect(registry.actors.findByIds.text).toContain('$ids');
    expect(registry.actors.findByIds.name).toBe('actors.findByIds');
  });

  it('lists every query file under cypher/ (no file is unused)', () => {
    const listed = new Set(
      Object.values(CYPHER_FILES).flatMap((queries) => Object.values(queries) as string[]),
    );
    const onDisk = filesUnder(cypherDirectory()).filter(
      (file) => !NOT_IN_REGISTRY.some((dir) => file.startsWith(dir)),
    );
    expect(onDisk.filter((file) => !listed.has(file))).toEqual([]);
    expect([...listed].filter((file) => !onDisk.includes(file))).toEqual([]);
  });

  it('stops the start when a listed file is missing, naming it', () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'cypher-'));
    expect(() => loadCypherRegistry(empty)).toThrow(/missing .*actors\/find-by-ids\.cypher/);
  });

  it('sends each statement without its comments, indentation and blank lines', () => {
    // A file with comments, a blank line, indentation and `//` inside a string, and its compact form.
    const fixture = (name: string) =>
      fs.readFileSync(path.join(__dirname, '../../test/fixtures/cypher', name), 'utf8');
    expect(compactCypher(fixture('commented.cypher'))).toBe(fixture('commented.compact.cypher').trimEnd());
    const registry = loadCypherRegistry();
    const listed = fs.readFileSync(path.join(cypherDirectory(), registry.actors.listPage.file), 'utf8');
    expect(registry.actors.listPage.text).toBe(compactCypher(listed));
    expect(registry.actors.listPage.text).not.toMatch(/\/\/|\n\s/);
  });

  it('keeps comments on lines of their own and every string literal on one line (so compacting is safe)', () => {
    for (const file of Object.values(CYPHER_FILES).flatMap((queries) => Object.values(queries) as string[])) {
      const lines = fs.readFileSync(path.join(cypherDirectory(), file), 'utf8').split('\n');
      const statement = lines.filter((line) => !line.trim().startsWith('//'));
      // Whatever is left of a line once its complete literals are removed holds no quote and no comment.
      const leftovers = statement
        .map((line) => line.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`[^`]*`/g, ''))
        .filter((rest) => /['"`]|\/\//.test(rest));
      expect({ file, leftovers }).toEqual({ file, leftovers: [] });
    }
  });

  it('uses named parameters only and documents each query in a header comment', () => {
    for (const file of Object.values(CYPHER_FILES).flatMap((queries) => Object.values(queries) as string[])) {
      const text = fs.readFileSync(path.join(cypherDirectory(), file), 'utf8');
      expect({ file, header: text.startsWith('//') }).toEqual({ file, header: true });
      expect({ file, positional: /\$\d/.test(text) }).toEqual({ file, positional: false });
    }
  });

  it('joins parts into one statement that names, and counts as run, every part', () => {
    const { positions } = loadCypherRegistry();
    const joined = joinQueries([positions.listFromIssue, positions.listPage, positions.columns]);
    expect(joined.text).toBe(
      [positions.listFromIssue.text, positions.listPage.text, positions.columns.text].join('\n'),
    );
    expect(joined.files).toEqual([
      'positions/list-from-issue.cypher',
      'positions/list-page.cypher',
      'positions/columns.cypher',
    ]);
    expect(joined.name).toBe('positions.listFromIssue + positions.listPage + positions.columns');
    // Joined once: asking again gives the same statement.
    expect(joinQueries([positions.listFromIssue, positions.listPage, positions.columns])).toBe(joined);
  });
});
