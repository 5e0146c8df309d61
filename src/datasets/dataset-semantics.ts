import type { DatasetIssueReport, RelationType } from './dataset.types';

/**
 * Checks of a faultline/1 dataset that JSON Schema cannot express: id uniqueness and
 * references, acceptable ranges, validity intervals and issue hierarchies. The input is
 * untrusted (it may also have failed the schema), so every field is read defensively and
 * entries of the wrong shape are skipped; the schema reports those.
 */

export type EntityKind = 'actor' | 'issue' | 'source' | 'event' | 'proposal' | 'position';

/** Which entity kinds each relation type connects. */
export const RELATION_ENDPOINTS: Readonly<Record<RelationType, { from: EntityKind; to: EntityKind }>> = {
  MEMBER_OF: { from: 'actor', to: 'actor' },
  REPRESENTS: { from: 'actor', to: 'actor' },
  SPONSORS: { from: 'actor', to: 'proposal' },
  PARTICIPATED_IN: { from: 'actor', to: 'event' },
  REACTED_TO: { from: 'actor', to: 'proposal' },
  REPORTED_BY: { from: 'event', to: 'source' },
};

/** Message of unparseable dates; the validator drops it where the schema already flagged the field. */
export const UNPARSEABLE_DATE = 'is not a parseable date';

const COLLECTIONS: ReadonlyArray<readonly [string, EntityKind]> = [
  ['actors', 'actor'],
  ['issues', 'issue'],
  ['sources', 'source'],
  ['events', 'event'],
  ['proposals', 'proposal'],
  ['positions', 'position'],
];

type Entry = { rec: Record<string, unknown>; path: string; index: number };
type IdIndex = Map<string, { kind: EntityKind; path: string }>;

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function entries(root: Record<string, unknown>, key: string): Entry[] {
  const list = root[key];
  if (!Array.isArray(list)) return [];
  const out: Entry[] = [];
  list.forEach((item: unknown, index) => {
    const rec = asRecord(item);
    if (rec) out.push({ rec, path: `$.${key}[${index}]`, index });
  });
  return out;
}

const str = (rec: Record<string, unknown>, key: string): string | undefined =>
  typeof rec[key] === 'string' ? rec[key] : undefined;

const num = (rec: Record<string, unknown>, key: string): number | undefined =>
  typeof rec[key] === 'number' && Number.isFinite(rec[key]) ? rec[key] : undefined;

/** Milliseconds since the epoch, or undefined when absent or unparseable. */
function time(rec: Record<string, unknown>, key: string): number | undefined {
  const text = str(rec, key);
  if (text === undefined) return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : ms;
}

const article = (kind: EntityKind): string => (/^[aeiou]/.test(kind) ? 'an' : 'a');

export function checkSemantics(input: unknown): DatasetIssueReport[] {
  const root = asRecord(input);
  if (!root) return [];
  const errors: DatasetIssueReport[] = [];
  const report = (path: string, message: string): void => {
    errors.push({ path, message });
  };

  const ids = indexIds(root, report);
  const expectRef = (path: string, id: unknown, kinds: EntityKind[]): void => {
    if (typeof id !== 'string') return;
    const found = ids.get(id);
    if (found && kinds.includes(found.kind)) return;
    // Worded only on failure: a large file checks hundreds of thousands of references.
    const wanted = kinds.map((k) => `${article(k)} ${k}`).join(' or ');
    if (!found) report(path, `refers to unknown id '${id}'; expected ${wanted}`);
    else report(path, `refers to ${article(found.kind)} ${found.kind} '${id}'; expected ${wanted}`);
  };

  for (const { rec, path } of entries(root, 'issues')) {
    expectRef(`${path}.parent`, rec.parent, ['issue']);
  }
  checkIssueCycles(entries(root, 'issues'), report);
  checkPositions(entries(root, 'positions'), expectRef, report);
  checkRelations(entries(root, 'relations'), expectRef, report);
  checkDates(root, report);
  checkChanges(entries(root, 'changes'), report);
  return errors;
}

type Report = (path: string, message: string) => void;
type ExpectRef = (path: string, id: unknown, kinds: EntityKind[]) => void;

/** Ids share one namespace so that a position's holder resolves to exactly one entity. */
function indexIds(root: Record<string, unknown>, report: Report): IdIndex {
  const ids: IdIndex = new Map();
  for (const [key, kind] of COLLECTIONS) {
    for (const { rec, path } of entries(root, key)) {
      const id = str(rec, 'id');
      if (id === undefined) continue;
      const first = ids.get(id);
      if (first) report(`${path}.id`, `duplicate id '${id}', already used at ${first.path}`);
      else ids.set(id, { kind, path });
    }
  }
  return ids;
}

/** Audit entries have ids of their own (not entity ids), unique among the file's entries. */
function checkChanges(changes: Entry[], report: Report): void {
  const seen = new Map<string, string>();
  for (const { rec, path } of changes) {
    const id = str(rec, 'id');
    if (id !== undefined) {
      const first = seen.get(id);
      if (first) report(`${path}.id`, `duplicate change id '${id}', already used at ${first}`);
      else seen.set(id, path);
    }
    const touchedCount = num(rec, 'touchedCount');
    const touched = rec.touched;
    if (touchedCount !== undefined && Array.isArray(touched) && touchedCount < touched.length) {
      report(`${path}.touchedCount`, `is ${touchedCount}, fewer than the ${touched.length} ids in touched`);
    }
  }
}

function checkIssueCycles(issues: Entry[], report: Report): void {
  const parentOf = new Map<string, string>();
  const indexOf = new Map<string, number>();
  for (const { rec, index } of issues) {
    const id = str(rec, 'id');
    if (id === undefined || indexOf.has(id)) continue;
    indexOf.set(id, index);
    const parent = str(rec, 'parent');
    if (parent !== undefined) parentOf.set(id, parent);
  }
  const done = new Set<string>();
  for (const start of indexOf.keys()) {
    const chain: string[] = [];
    let current: string | undefined = start;
    while (current !== undefined && indexOf.has(current) && !done.has(current)) {
      const seenAt = chain.indexOf(current);
      if (seenAt >= 0) {
        // Report each cycle once, at its member listed first in the file.
        const cycle = chain.slice(seenAt);
        const first = cycle.reduce((a, b) => ((indexOf.get(a) ?? 0) <= (indexOf.get(b) ?? 0) ? a : b));
        const from = cycle.indexOf(first);
        const loop = [...cycle.slice(from), ...cycle.slice(0, from), first].join(' → ');
        report(`$.issues[${indexOf.get(first)}].parent`, `issue parents form a cycle: ${loop}`);
        break;
      }
      chain.push(current);
      current = parentOf.get(current);
    }
    chain.forEach((id) => done.add(id));
  }
}

function checkPositions(positions: Entry[], expectRef: ExpectRef, report: Report): void {
  for (const { rec, path } of positions) {
    expectRef(`${path}.holder`, rec.holder, ['actor', 'proposal']);
    expectRef(`${path}.issue`, rec.issue, ['issue']);
    if (Array.isArray(rec.evidence)) {
      rec.evidence.forEach((item: unknown, k) => {
        const evidence = asRecord(item);
        if (evidence) expectRef(`${path}.evidence[${k}].source`, evidence.source, ['source']);
      });
    }
    checkRange(rec, path, report);
    const from = time(rec, 'validFrom');
    const to = time(rec, 'validTo');
    if (from !== undefined && to !== undefined && to <= from) {
      report(`${path}.validTo`, 'must be after validFrom');
    }
  }
  checkOverlaps(positions, report);
}

/** The acceptable range must be ordered and contain the preferred value. */
function checkRange(rec: Record<string, unknown>, path: string, report: Report): void {
  const value = num(rec, 'value');
  const min = num(rec, 'acceptableMin');
  const max = num(rec, 'acceptableMax');
  if (value !== undefined && min !== undefined && min > value) {
    report(`${path}.acceptableMin`, `must be <= value (${value}): the range must contain it`);
  }
  if (value !== undefined && max !== undefined && max < value) {
    report(`${path}.acceptableMax`, `must be >= value (${value}): the range must contain it`);
  }
  if (min !== undefined && max !== undefined && min > max) {
    report(`${path}.acceptableMin`, `must be <= acceptableMax (${max})`);
  }
  if (rec.redLine === true && min === undefined && max === undefined) {
    report(`${path}.redLine`, 'a red line needs acceptableMin or acceptableMax to say what it excludes');
  }
}

/** A holder has at most one valid position per issue at any instant, or asOf reads are ambiguous. */
function checkOverlaps(positions: Entry[], report: Report): void {
  const seen = new Map<string, Array<{ id: string; path: string; from: number; to: number }>>();
  for (const { rec, path } of positions) {
    const holder = str(rec, 'holder');
    const issue = str(rec, 'issue');
    const from = time(rec, 'validFrom');
    if (holder === undefined || issue === undefined || from === undefined) continue;
    const to = rec.validTo === undefined || rec.validTo === null ? Infinity : time(rec, 'validTo');
    if (to === undefined || to <= from) continue;
    const key = `${holder}\u0000${issue}`;
    const earlier = seen.get(key) ?? [];
    for (const other of earlier) {
      if (from < other.to && other.from < to) {
        report(
          path,
          `validity overlaps position '${other.id}' (${other.path}) of the same holder on the same issue; close the earlier one with validTo`,
        );
      }
    }
    earlier.push({ id: str(rec, 'id') ?? '?', path, from, to });
    seen.set(key, earlier);
  }
}

function checkRelations(relations: Entry[], expectRef: ExpectRef, report: Report): void {
  const seen = new Map<string, string>();
  for (const { rec, path } of relations) {
    const type = str(rec, 'type');
    if (type === undefined || !Object.hasOwn(RELATION_ENDPOINTS, type)) continue;
    const ends = RELATION_ENDPOINTS[type as RelationType];
    expectRef(`${path}.from`, rec.from, [ends.from]);
    expectRef(`${path}.to`, rec.to, [ends.to]);
    if (type === 'REACTED_TO') expectRef(`${path}.source`, rec.source, ['source']);
    // Only actor-to-actor types can loop; for the others a loop is already a wrong-kind reference.
    if (ends.from === ends.to && typeof rec.from === 'string' && rec.from === rec.to) {
      report(`${path}.to`, `a ${type} relation cannot point to its own start`);
    }
    // Import merges relations on (type, from, to); a second copy would silently overwrite the first.
    const key = `${type} ${String(rec.from)} ${String(rec.to)}`;
    const first = seen.get(key);
    if (first) report(path, `duplicates the ${type} relation at ${first}`);
    else seen.set(key, path);
  }
}

/** Formats are checked by the schema; this catches strings the format accepts but Date cannot read. */
function checkDates(root: Record<string, unknown>, report: Report): void {
  const fields: ReadonlyArray<readonly [string, string[]]> = [
    ['sources', ['publishedAt']],
    ['events', ['date']],
    ['proposals', ['date']],
    ['positions', ['validFrom', 'validTo', 'recordedAt']],
    ['changes', ['at']],
  ];
  const check = (rec: Record<string, unknown>, path: string, key: string): void => {
    const text = str(rec, key);
    if (text !== undefined && Number.isNaN(Date.parse(text))) report(`${path}.${key}`, UNPARSEABLE_DATE);
  };
  const info = asRecord(root.dataset);
  if (info) check(info, '$.dataset', 'createdAt');
  for (const [key, names] of fields) {
    for (const { rec, path } of entries(root, key)) names.forEach((name) => check(rec, path, name));
  }
}
