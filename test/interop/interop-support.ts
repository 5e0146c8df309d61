import fs from 'node:fs';
import path from 'node:path';
import { FaultlineDataset } from '../../src/datasets/dataset.types';
import { TestApp } from '../support/test-app';

export const root = path.resolve(__dirname, '../..');

export function seedDataset(): FaultlineDataset {
  return JSON.parse(
    fs.readFileSync(path.join(root, 'seeds/ukraine-talks-2025.json'), 'utf8'),
  ) as FaultlineDataset;
}

/** GET /export/:format with query parameters; the body as text. */
export async function fetchExport(
  app: TestApp,
  format: string,
  query: Record<string, string> = {},
): Promise<{ status: number; type: string | null; body: string; disposition: string | null }> {
  const response = await fetch(`${app.url}/export/${format}?${new URLSearchParams(query).toString()}`);
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    disposition: response.headers.get('content-disposition'),
    body: await response.text(),
  };
}

/** Text that trips naive escaping: quotes of both kinds, backslashes, line breaks, tabs, unicode. */
export const TRICKY =
  'He said: "it\'s \\over\\"\nnext line\r\n\ttab; a,b <tag> & “quotes” — Ünïcödé 😀 \\n \\\' end\\';

/** A small dataset whose every free-text field holds tricky text. */
export function trickyDataset(): FaultlineDataset {
  return {
    format: 'faultline/1',
    dataset: {
      id: 'tricky',
      title: `Tricky ${TRICKY}`,
      description: TRICKY,
      createdAt: '2025-01-02T03:04:05Z',
    },
    actors: [
      {
        id: 'a-one',
        name: `One ${TRICKY}`,
        kind: 'STATE',
        aliases: ['Uno', 'Eins "1"'],
        capability: 0.5,
        description: TRICKY,
      },
      { id: 'a-two', name: 'Two', kind: 'BLOC' },
    ],
    issues: [
      { id: 'i-root', name: 'Root', category: 'OTHER', scaleMin: TRICKY, scaleMax: 'all' },
      {
        id: 'i-leaf',
        name: 'Leaf',
        category: 'TERRITORY',
        scaleMin: 'none',
        scaleMax: 'all',
        parent: 'i-root',
        description: TRICKY,
      },
    ],
    sources: [
      {
        id: 's-one',
        publisher: `Pub ${TRICKY}`,
        title: TRICKY,
        url: 'https://example.org/a?b=1&c=2',
        reliability: 'A',
        publishedAt: '2025-01-01',
      },
      { id: 's-two', publisher: 'Pub 2', reliability: 'E' },
    ],
    events: [
      { id: 'e-one', name: TRICKY, kind: 'MEETING', date: '2025-01-03T10:00:00+02:00', place: TRICKY },
    ],
    proposals: [{ id: 'p-one', name: 'Plan', description: TRICKY, date: '2025-01-04' }],
    positions: [
      {
        id: 'pos-a-leaf-1',
        holder: 'a-one',
        issue: 'i-leaf',
        value: 70,
        salience: 0.8,
        acceptableMin: 60,
        acceptableMax: 90,
        redLine: true,
        statement: TRICKY,
        codingNote: TRICKY,
        codingConfidence: 0.4,
        validFrom: '2025-01-01T00:00:00Z',
        validTo: '2025-02-01T00:00:00Z',
        recordedAt: '2025-01-05T00:00:00Z',
        evidence: [
          { source: 's-one', quote: TRICKY },
          { source: 's-two', quote: 'plain' },
        ],
      },
      {
        id: 'pos-a-leaf-2',
        holder: 'a-one',
        issue: 'i-leaf',
        value: 55.5,
        salience: 0.8,
        validFrom: '2025-02-01T00:00:00Z',
        evidence: [{ source: 's-one', quote: `later ${TRICKY}` }],
      },
      {
        id: 'pos-b-leaf',
        holder: 'a-two',
        issue: 'i-leaf',
        value: 10,
        salience: 0.5,
        acceptableMax: 30,
        validFrom: '2025-01-01T00:00:00Z',
        evidence: [{ source: 's-two', quote: 'b says no' }],
      },
      {
        id: 'pos-plan-leaf',
        holder: 'p-one',
        issue: 'i-leaf',
        value: 40,
        salience: 1,
        validFrom: '2025-01-04T00:00:00Z',
        evidence: [{ source: 's-one', quote: 'the plan' }],
      },
    ],
    relations: [
      { type: 'MEMBER_OF', from: 'a-one', to: 'a-two' },
      { type: 'SPONSORS', from: 'a-two', to: 'p-one' },
      { type: 'PARTICIPATED_IN', from: 'a-one', to: 'e-one', role: TRICKY },
      { type: 'REACTED_TO', from: 'a-one', to: 'p-one', stance: 'MIXED', quote: TRICKY, source: 's-one' },
      { type: 'REPORTED_BY', from: 'e-one', to: 's-one' },
    ],
  };
}

/**
 * The seed imported over GraphQL, then an actor created: an audit trail of two entries, oldest
 * first `importDataset` (the seed's 44 entities and its dataset id) and `createActor` ('observer').
 */
export async function seedWithHistory(app: TestApp): Promise<void> {
  await importOverGraphql(app, seedDataset());
  await app.data('mutation { createActor(input: { id: "observer", name: "Observer", kind: STATE }) { id } }');
}

export interface TrailEntry {
  id: string;
  at: string;
  by: string;
  operation: string;
  requestId: string | null;
  importedIn: string | null;
}

/** The audit trail as `changes` answers it, newest first. */
export async function trail(app: TestApp): Promise<TrailEntry[]> {
  const data = await app.data<{ changes: TrailEntry[] }>(
    '{ changes { id at by operation requestId importedIn } }',
  );
  return data.changes;
}

/** importDataset over GraphQL (open server: the local user is ADMIN); the report's counts. */
export async function importOverGraphql(
  app: TestApp,
  dataset: unknown,
): Promise<{ created: Record<string, number>; unchanged: Record<string, number> }> {
  const counts = 'actors issues sources events proposals positions changes';
  const data = await app.data<{
    importDataset: { created: Record<string, number>; unchanged: Record<string, number> };
  }>(
    `mutation($d: JSONObject!) { importDataset(input: { dataset: $d }) { created { ${counts} } unchanged { ${counts} } } }`,
    { d: dataset },
  );
  return data.importDataset;
}
