import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DatasetIssueReport, FaultlineDataset } from './dataset.types';
import { pointerToPath, validateDataset } from './validate-dataset';

const REPO_ROOT = resolve(__dirname, '../..');
const SEED_FILE = resolve(REPO_ROOT, 'seeds/ukraine-talks-2025.json');
const ARTICLE_FILE = resolve(__dirname, '../../../shared/seed-article.txt');

/** A small dataset that passes; each test breaks one thing in a fresh copy. */
function baseDataset(): FaultlineDataset {
  return {
    format: 'faultline/1',
    dataset: { id: 'test', title: 'Test dataset' },
    actors: [
      { id: 'a1', name: 'Actor one', kind: 'STATE' },
      { id: 'a2', name: 'Actor two', kind: 'PERSON' },
    ],
    issues: [
      { id: 'i1', name: 'Issue one', category: 'TERRITORY', scaleMin: 'none', scaleMax: 'all' },
      { id: 'i2', name: 'Sub-issue', category: 'OTHER', scaleMin: 'no', scaleMax: 'yes', parent: 'i1' },
    ],
    sources: [{ id: 's1', publisher: 'Wire', reliability: 'B', publishedAt: '2025-12-03' }],
    events: [{ id: 'e1', name: 'Meeting', kind: 'MEETING', date: '2025-12-02', place: 'Moscow' }],
    proposals: [{ id: 'pr1', name: 'Plan' }],
    positions: [
      {
        id: 'p1',
        holder: 'a1',
        issue: 'i1',
        value: 90,
        salience: 1,
        acceptableMin: 80,
        acceptableMax: 100,
        redLine: true,
        validFrom: '2025-11-24T00:00:00Z',
        validTo: '2025-12-02T00:00:00Z',
        evidence: [{ source: 's1', quote: 'red lines' }],
      },
      {
        id: 'p2',
        holder: 'a1',
        issue: 'i1',
        value: 95,
        salience: 1,
        validFrom: '2025-12-02T00:00:00Z',
        validTo: null,
        evidence: [{ source: 's1', quote: 'no compromise' }],
      },
      {
        id: 'p3',
        holder: 'pr1',
        issue: 'i2',
        value: 40,
        salience: 0.5,
        validFrom: '2025-12-02T00:00:00Z',
        evidence: [{ source: 's1', quote: 'plan' }],
      },
    ],
    relations: [
      { type: 'REPRESENTS', from: 'a2', to: 'a1' },
      { type: 'SPONSORS', from: 'a1', to: 'pr1' },
      { type: 'PARTICIPATED_IN', from: 'a2', to: 'e1', role: 'envoy' },
      { type: 'REACTED_TO', from: 'a1', to: 'pr1', stance: 'OPPOSES', quote: 'no', source: 's1' },
      { type: 'REPORTED_BY', from: 'e1', to: 's1' },
    ],
  };
}

/** Runs the validator on a modified copy and returns its errors (none when valid). */
function errorsOf(edit: (d: FaultlineDataset) => void): DatasetIssueReport[] {
  const data = baseDataset();
  edit(data);
  const result = validateDataset(JSON.parse(JSON.stringify(data)) as unknown);
  return result.ok ? [] : result.errors;
}

const pathsOf = (errors: DatasetIssueReport[]): string[] => errors.map((e) => e.path);

// Non-null access to the optional arrays of the fixture, which always has them.
const positions = (d: FaultlineDataset) => d.positions ?? [];
const issues = (d: FaultlineDataset) => d.issues ?? [];
const relations = (d: FaultlineDataset) => d.relations ?? [];

describe('validateDataset', () => {
  it('accepts the smallest dataset: format and dataset only', () => {
    const result = validateDataset({ format: 'faultline/1', dataset: { id: 'x', title: 'X' } });
    expect(result).toEqual({
      ok: true,
      dataset: { format: 'faultline/1', dataset: { id: 'x', title: 'X' } },
    });
  });

  it('accepts a small dataset using every entity and relation type', () => {
    expect(errorsOf(() => undefined)).toEqual([]);
  });

  it('rejects input that is not an object', () => {
    const result = validateDataset('faultline');
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : pathsOf(result.errors)).toEqual(['$']);
  });

  describe('schema errors', () => {
    it('reports a value outside 0-100 at its path', () => {
      const errors = errorsOf((d) => {
        positions(d)[2].value = 150;
      });
      expect(errors).toEqual([{ path: '$.positions[2].value', message: 'must be <= 100' }]);
    });

    it('reports missing and unknown properties at the property path', () => {
      const errors = errorsOf((d) => {
        const data = d as unknown as { actors: Array<Record<string, unknown>> };
        delete data.actors[1].name;
        data.actors[1].nickname = 'x';
      });
      expect(errors).toEqual([
        { path: '$.actors[1].name', message: 'is required' },
        { path: '$.actors[1].nickname', message: 'is not an allowed property' },
      ]);
    });

    it('reports a wrong format marker, enum, id slug, empty quote and a missing evidence list', () => {
      const errors = errorsOf((d) => {
        const data = d as unknown as Record<string, unknown>;
        data.format = 'faultline/2';
        const source = (d.sources ?? [])[0] as unknown as Record<string, unknown>;
        source.reliability = 'G';
        (d.actors ?? [])[0].id = 'Actor One';
        positions(d)[0].evidence[0].quote = '  ';
        delete (positions(d)[1] as unknown as Record<string, unknown>).evidence;
      });
      expect(pathsOf(errors)).toEqual(
        expect.arrayContaining([
          '$.format',
          '$.sources[0].reliability',
          '$.actors[0].id',
          '$.positions[0].evidence[0].quote',
          '$.positions[1].evidence',
        ]),
      );
    });

    it('accepts an empty evidence list (a position recorded before its evidence)', () => {
      expect(pathsOf(errorsOf((d) => (positions(d)[1].evidence = [])))).toEqual([]);
    });

    it('reports malformed dates once, with a readable message', () => {
      const errors = errorsOf((d) => {
        (d.events ?? [])[0].date = '2025-13-01';
        positions(d)[0].validFrom = '2025-11-24';
      });
      expect(errors).toEqual([
        {
          path: '$.events[0].date',
          message: 'must be an ISO 8601 date (YYYY-MM-DD) or date-time with time zone',
        },
        { path: '$.positions[0].validFrom', message: 'must match format "date-time"' },
      ]);
    });

    it('requires a stance on REACTED_TO and rejects reaction fields on other types', () => {
      const errors = errorsOf((d) => {
        const rels = relations(d) as unknown as Array<Record<string, unknown>>;
        delete rels[3].stance;
        rels[0].stance = 'SUPPORTS';
        rels[1].role = 'lead';
      });
      expect(errors).toEqual([
        { path: '$.relations[0].stance', message: 'is not allowed for this relation type' },
        { path: '$.relations[1].role', message: 'is not allowed for this relation type' },
        { path: '$.relations[3].stance', message: 'is required' },
      ]);
    });
  });

  describe('semantic errors', () => {
    it('reports every duplicate id, across entity kinds, at the duplicate', () => {
      const errors = errorsOf((d) => {
        (d.proposals ?? []).push({ id: 'a1', name: 'Clash with an actor' });
        positions(d)[1].id = 'p1';
      });
      expect(errors).toEqual([
        { path: '$.proposals[1].id', message: "duplicate id 'a1', already used at $.actors[0]" },
        { path: '$.positions[1].id', message: "duplicate id 'p1', already used at $.positions[0]" },
      ]);
    });

    it('reports references to unknown ids and to entities of the wrong kind', () => {
      const errors = errorsOf((d) => {
        positions(d)[2].holder = 'e1';
        positions(d)[2].issue = 'nope';
        positions(d)[2].evidence[0].source = 'a1';
        issues(d)[1].parent = 'ghost';
        relations(d)[0].to = 'pr1';
        relations(d)[2].to = 'a1';
        const reaction = relations(d)[3];
        if (reaction.type === 'REACTED_TO') reaction.source = 'e1';
        relations(d)[4].from = 'a2';
      });
      expect(errors).toEqual([
        { path: '$.issues[1].parent', message: "refers to unknown id 'ghost'; expected an issue" },
        {
          path: '$.positions[2].holder',
          message: "refers to an event 'e1'; expected an actor or a proposal",
        },
        { path: '$.positions[2].issue', message: "refers to unknown id 'nope'; expected an issue" },
        { path: '$.positions[2].evidence[0].source', message: "refers to an actor 'a1'; expected a source" },
        { path: '$.relations[0].to', message: "refers to a proposal 'pr1'; expected an actor" },
        { path: '$.relations[2].to', message: "refers to an actor 'a1'; expected an event" },
        { path: '$.relations[3].source', message: "refers to an event 'e1'; expected a source" },
        { path: '$.relations[4].from', message: "refers to an actor 'a2'; expected an event" },
      ]);
    });

    it('requires the acceptable range to be ordered and to contain the value', () => {
      const low = errorsOf((d) => {
        positions(d)[0].acceptableMin = 95;
      });
      expect(pathsOf(low)).toEqual(['$.positions[0].acceptableMin']);
      const high = errorsOf((d) => {
        positions(d)[0].acceptableMax = 85;
      });
      expect(pathsOf(high)).toEqual(['$.positions[0].acceptableMax']);
      const inverted = errorsOf((d) => {
        positions(d)[2].acceptableMin = 60;
        positions(d)[2].acceptableMax = 20;
      });
      expect(inverted).toEqual([
        { path: '$.positions[2].acceptableMin', message: 'must be <= value (40): the range must contain it' },
        { path: '$.positions[2].acceptableMax', message: 'must be >= value (40): the range must contain it' },
        { path: '$.positions[2].acceptableMin', message: 'must be <= acceptableMax (20)' },
      ]);
    });

    it('requires validTo to be after validFrom', () => {
      const errors = errorsOf((d) => {
        positions(d)[0].validTo = '2025-11-24T00:00:00Z';
      });
      expect(errors).toEqual([{ path: '$.positions[0].validTo', message: 'must be after validFrom' }]);
    });

    it('reports overlapping validity of one holder on one issue', () => {
      const errors = errorsOf((d) => {
        positions(d)[0].validTo = '2025-12-05T00:00:00Z';
      });
      expect(pathsOf(errors)).toEqual(['$.positions[1]']);
      expect(errors[0].message).toContain("overlaps position 'p1'");
    });

    it('reports an issue parent cycle once', () => {
      const errors = errorsOf((d) => {
        issues(d)[0].parent = 'i2';
      });
      expect(errors).toEqual([
        { path: '$.issues[0].parent', message: 'issue parents form a cycle: i1 → i2 → i1' },
      ]);
      const self = errorsOf((d) => {
        issues(d)[0].parent = 'i1';
      });
      expect(self).toEqual([{ path: '$.issues[0].parent', message: 'issue parents form a cycle: i1 → i1' }]);
    });

    it('requires a red line to have an acceptable bound', () => {
      const errors = errorsOf((d) => {
        delete positions(d)[0].acceptableMin;
        delete positions(d)[0].acceptableMax;
      });
      expect(pathsOf(errors)).toEqual(['$.positions[0].redLine']);
    });

    it('reports a date the format accepts but that does not parse', () => {
      // RFC 3339 allows a leap second; Date cannot represent it, so interval checks would be wrong.
      const errors = errorsOf((d) => {
        positions(d)[2].validFrom = '2025-12-02T23:59:60Z';
      });
      expect(errors).toEqual([{ path: '$.positions[2].validFrom', message: 'is not a parseable date' }]);
    });

    it('reports duplicate relations and self-relations', () => {
      const errors = errorsOf((d) => {
        relations(d).push({ type: 'SPONSORS', from: 'a1', to: 'pr1' });
        relations(d).push({ type: 'MEMBER_OF', from: 'a1', to: 'a1' });
      });
      expect(pathsOf(errors)).toEqual(['$.relations[5]', '$.relations[6].to']);
    });
  });

  describe('the audit trail a file carries', () => {
    const entry = (id: string) => ({
      id,
      at: '2025-12-02T10:00:00.123456Z',
      by: 'analyst',
      operation: 'recordPosition',
      touched: ['a1', 'p1'],
      touchedCount: 2,
    });

    it('accepts entries with or without a request id and touched ids', () => {
      expect(
        errorsOf((d) => {
          d.changes = [
            entry('c1'),
            { ...entry('c2'), requestId: 'r-1', touched: undefined, touchedCount: 0 },
          ];
        }),
      ).toEqual([]);
    });

    it('reports bad times, missing fields, duplicate ids and a touched count below the ids listed', () => {
      const errors = errorsOf((d) => {
        const { by: _by, ...noAuthor } = entry('c2');
        d.changes = [
          { ...entry('c1'), at: 'yesterday' },
          noAuthor as ReturnType<typeof entry>,
          { ...entry('c1'), touchedCount: 1 },
        ];
      });
      expect(errors).toEqual([
        {
          path: '$.changes[0].at',
          message: 'must match format "date-time"',
        },
        { path: '$.changes[1].by', message: 'is required' },
        { path: '$.changes[2].id', message: "duplicate change id 'c1', already used at $.changes[0]" },
        { path: '$.changes[2].touchedCount', message: 'is 1, fewer than the 2 ids in touched' },
      ]);
    });
  });

  it('reports schema and semantic errors together, all at once', () => {
    const errors = errorsOf((d) => {
      positions(d)[0].value = -5; // schema
      positions(d)[0].salience = 2; // schema
      positions(d)[1].issue = 'missing'; // reference
      positions(d)[2].redLine = true; // red line without bounds
      issues(d)[0].parent = 'i2'; // cycle
      (d.sources ?? []).push({ id: 'a2', publisher: 'Dup', reliability: 'F' }); // duplicate id
    });
    expect(pathsOf(errors)).toEqual([
      '$.positions[0].value',
      '$.positions[0].salience',
      '$.sources[1].id',
      '$.issues[0].parent',
      '$.positions[0].acceptableMin',
      '$.positions[1].issue',
      '$.positions[2].redLine',
    ]);
  });

  it('converts JSON pointers to JSON paths', () => {
    expect(pointerToPath('')).toBe('$');
    expect(pointerToPath('/positions/3/value')).toBe('$.positions[3].value');
    expect(pointerToPath('/a~1b/odd key')).toBe('$["a/b"]["odd key"]');
  });

  describe('seed ukraine-talks-2025', () => {
    const seed = JSON.parse(readFileSync(SEED_FILE, 'utf8')) as FaultlineDataset;

    it('passes validation', () => {
      expect(validateDataset(seed)).toEqual({ ok: true, dataset: seed });
    });

    it('quotes the article verbatim in every evidence entry and reaction', () => {
      if (!existsSync(ARTICLE_FILE)) {
        console.warn(`Skipping verbatim-quote check: ${ARTICLE_FILE} is absent`);
        return;
      }
      const article = readFileSync(ARTICLE_FILE, 'utf8');
      const quotes = [
        ...(seed.positions ?? []).flatMap((p) => p.evidence.map((e) => e.quote)),
        ...(seed.relations ?? []).flatMap((r) => (r.type === 'REACTED_TO' && r.quote ? [r.quote] : [])),
      ];
      expect(quotes.length).toBeGreaterThan(0);
      expect(quotes.filter((q) => !article.includes(q))).toEqual([]);
    });

    it('codes territory as a deadlock: Russia’s red line excludes Ukraine’s and the EU’s ranges', () => {
      const onTerritory = (holder: string) =>
        (seed.positions ?? []).find((p) => p.holder === holder && p.issue === 'territory-contested-regions');
      const russia = onTerritory('russia');
      expect(russia?.redLine).toBe(true);
      for (const holder of ['ukraine', 'european-union']) {
        const other = onTerritory(holder);
        expect(other?.acceptableMax).toBeDefined();
        expect(other?.acceptableMax ?? Infinity).toBeLessThan(russia?.acceptableMin ?? -Infinity);
      }
    });

    it('lowers codingConfidence and explains the coding wherever the article gives no number', () => {
      for (const p of seed.positions ?? []) {
        expect(p.codingConfidence ?? 1).toBeLessThan(1);
        expect(p.codingNote?.length ?? 0).toBeGreaterThan(0);
      }
    });
  });
});
