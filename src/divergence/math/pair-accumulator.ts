import { DivergenceInputError } from './errors';
import { distanceOfValues, weightOfSaliences } from './pair-divergence';
import { inRedLineConflict } from './red-line';
import { compareIds, PositionPoint } from './types';

/**
 * Up to this many holder pairs (about 2,236 holders) the sums live in dense typed arrays
 * (40 bytes a pair, 100 MB at most); beyond, pairs get slots from a Map.
 */
export const DENSE_MAX_PAIRS = 2_500_000;

/**
 * Per-pair sums over shared issues, for every pair of holders sharing at least one issue.
 * Holders are indexed 0..n−1 in id order; pairs are visited with i < j, so ids are ordered too.
 */
export interface PairSums {
  holders: string[];
  /** |K_a|: number of issues each holder has a position on. */
  issueCounts: Int32Array;
  /** Calls `visit` once per pair sharing ≥ 1 issue, ordered by (i, j). */
  forEachPair(visit: (i: number, j: number, sums: PairSumsRow) => void): void;
}

export interface PairSumsRow {
  /** |K(a,b)|. */
  shared: number;
  /** Σ w_k d_k. */
  weightedDistance: number;
  /** Σ w_k. */
  weight: number;
  /** Σ (1 − d_k). */
  congruence: number;
  /** Σ d_k. */
  conflict: number;
  /** Number of shared issues with a red-line conflict. */
  redLines: number;
}

/** Column store of pair sums: one typed array per sum, indexed by pair slot. */
export class Columns {
  readonly shared: Int32Array;
  readonly redLines: Int32Array;
  readonly weightedDistance: Float64Array;
  readonly weight: Float64Array;
  readonly congruence: Float64Array;
  readonly conflict: Float64Array;

  constructor(
    readonly capacity: number,
    from?: Columns,
  ) {
    this.shared = new Int32Array(capacity);
    this.redLines = new Int32Array(capacity);
    this.weightedDistance = new Float64Array(capacity);
    this.weight = new Float64Array(capacity);
    this.congruence = new Float64Array(capacity);
    this.conflict = new Float64Array(capacity);
    if (from !== undefined) {
      this.shared.set(from.shared);
      this.redLines.set(from.redLines);
      this.weightedDistance.set(from.weightedDistance);
      this.weight.set(from.weight);
      this.congruence.set(from.congruence);
      this.conflict.set(from.conflict);
    }
  }

  /** Zeroes every sum of `slot`. */
  clear(slot: number): void {
    this.shared[slot] = 0;
    this.redLines[slot] = 0;
    this.weightedDistance[slot] = 0;
    this.weight[slot] = 0;
    this.congruence[slot] = 0;
    this.conflict[slot] = 0;
  }

  row(slot: number): PairSumsRow {
    return {
      shared: this.shared[slot],
      weightedDistance: this.weightedDistance[slot],
      weight: this.weight[slot],
      congruence: this.congruence[slot],
      conflict: this.conflict[slot],
      redLines: this.redLines[slot],
    };
  }
}

/**
 * Pair sums addressed by integer slot: the triangular index of (i, j) when dense, else a slot
 * handed out by a Map keyed by i·n + j. No string keys anywhere.
 */
class PairTable {
  readonly dense: boolean;
  columns: Columns;
  private readonly slots = new Map<number, number>();
  private used = 0;

  constructor(
    readonly n: number,
    denseMaxPairs: number,
  ) {
    const totalPairs = (n * (n - 1)) / 2;
    this.dense = totalPairs <= denseMaxPairs;
    this.columns = new Columns(this.dense ? totalPairs : 1024);
  }

  /** Sparse mode: room for `extra` new pairs, so the columns stay put while an issue is added. */
  reserve(extra: number): void {
    const needed = this.used + extra;
    if (this.dense || needed <= this.columns.capacity) return;
    this.columns = new Columns(Math.max(needed, this.columns.capacity * 2), this.columns);
  }

  sparseSlot(i: number, j: number): number {
    const key = i * this.n + j;
    const known = this.slots.get(key);
    if (known !== undefined) return known;
    this.slots.set(key, this.used);
    return this.used++;
  }

  forEachPair(visit: (i: number, j: number, sums: PairSumsRow) => void): void {
    const { columns, n } = this;
    if (this.dense) {
      let slot = 0;
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++, slot++) {
          if (columns.shared[slot] > 0) visit(i, j, columns.row(slot));
        }
      }
      return;
    }
    const keys = [...this.slots.keys()].sort((x, y) => x - y);
    for (const key of keys) {
      const i = Math.floor(key / n);
      visit(i, key - i * n, columns.row(this.slots.get(key) as number));
    }
  }
}

/**
 * Adds the issue of `group` for its holders at places p and q (p first in id order) to the sums at
 * `slot`: d_k, w_k, 1 − d_k and a possible red-line conflict. The hot loop of every pair
 * computation, so it reads the values and saliences from typed arrays, not from the points.
 */
function addPair(columns: Columns, slot: number, group: IssueGroup, p: number, q: number): void {
  const d = distanceOfValues(group.values[p], group.values[q]);
  const w = weightOfSaliences(group.saliences[p], group.saliences[q]);
  columns.shared[slot]++;
  columns.weightedDistance[slot] += w * d;
  columns.weight[slot] += w;
  columns.congruence[slot] += 1 - d;
  columns.conflict[slot] += d;
  // Fast path: no red line on either side means no conflict; the points decide.
  if ((group.redLines[p] | group.redLines[q]) !== 0 && inRedLineConflict(group.points[p], group.points[q])) {
    columns.redLines[slot]++;
  }
}

/** Every pair of holders on the issue of `group`. */
function addIssue(table: PairTable, group: IssueGroup): void {
  const { index } = group;
  const size = index.length;
  table.reserve((size * (size - 1)) / 2);
  const { n, dense, columns } = table;
  for (let p = 0; p < size; p++) {
    const i = index[p];
    // Triangular index of (i, j), i < j: i(n − 1) − i(i − 1)/2 + (j − i − 1).
    const rowBase = i * (n - 1) - (i * (i - 1)) / 2 - i - 1;
    for (let q = p + 1; q < size; q++) {
      addPair(columns, dense ? rowBase + index[q] : table.sparseSlot(i, index[q]), group, p, q);
    }
  }
}

/** The points of one issue, by holder index ascending, with their values, saliences and red lines. */
interface IssueGroup {
  index: Int32Array;
  points: PositionPoint[];
  values: Float64Array;
  saliences: Float64Array;
  redLines: Uint8Array;
}

/**
 * Holders in id order (indexed 0..n−1), and the points grouped by issue in issue-id order (so that
 * sums run in the same order as in pairDivergence), each group by holder index.
 */
function groupByIssue(points: readonly PositionPoint[]): {
  holders: string[];
  issueCounts: Int32Array;
  groups: IssueGroup[];
} {
  const holders = [...new Set(points.map((p) => p.holderId))].sort(compareIds);
  const indexOf = new Map(holders.map((id, i) => [id, i]));
  const issueCounts = new Int32Array(holders.length);
  const byIssue = new Map<string, PositionPoint[]>();
  for (const point of points) {
    const group = byIssue.get(point.issueId);
    if (group === undefined) byIssue.set(point.issueId, [point]);
    else group.push(point);
  }
  const groups = [...byIssue.keys()].sort(compareIds).map((issueId): IssueGroup => {
    const issuePoints = (byIssue.get(issueId) as PositionPoint[])
      .map((point) => ({ point, i: indexOf.get(point.holderId) as number }))
      .sort((x, y) => x.i - y.i);
    const index = new Int32Array(issuePoints.length);
    for (let p = 0; p < issuePoints.length; p++) {
      const i = issuePoints[p].i;
      if (p > 0 && index[p - 1] === i) {
        throw new DivergenceInputError(
          'points',
          `holder "${holders[i]}" has two positions on issue "${issueId}"`,
        );
      }
      index[p] = i;
      issueCounts[i]++;
    }
    const groupPoints = issuePoints.map((entry) => entry.point);
    return {
      index,
      points: groupPoints,
      values: Float64Array.from(groupPoints, (point) => point.value),
      saliences: Float64Array.from(groupPoints, (point) => point.salience),
      redLines: Uint8Array.from(groupPoints, (point) => (point.redLine ? 1 : 0)),
    };
  });
  return { holders, issueCounts, groups };
}

/** One pass over the points: every pair of holders on each issue added to the pair's sums. */
export function accumulatePairs(points: readonly PositionPoint[], denseMaxPairs = DENSE_MAX_PAIRS): PairSums {
  const { holders, issueCounts, groups } = groupByIssue(points);
  const table = new PairTable(holders.length, denseMaxPairs);
  for (const group of groups) addIssue(table, group);
  return { holders, issueCounts, forEachPair: (visit) => table.forEachPair(visit) };
}

/**
 * The pair sums of one holder with each holder after it in id order, one holder at a time, in
 * arrays of one slot per holder reused from row to row: memory grows with the holders and points,
 * not with the pairs (50 million for 10,000 actors). For questions that need every pair but keep
 * few of them, such as a page of the divergence matrix. The sums are those of accumulatePairs,
 * added in the same order, so both agree bitwise.
 */
export class PairRowScanner {
  readonly holders: string[];
  /** After row(i): the sums of (i, j) at slot j, for every j > i; zero where nothing is shared. */
  readonly sums: Columns;
  /** After row(i): the holders j > i sharing an issue with i, in no order (the first `touchedCount`). */
  readonly touched: Int32Array;
  touchedCount = 0;
  private readonly groups: IssueGroup[];
  /** Per holder, its (group, place in the group) pairs in issue-id order, flattened. */
  private readonly memberships: Int32Array;
  private readonly membershipStart: Int32Array;

  constructor(points: readonly PositionPoint[]) {
    const { holders, issueCounts, groups } = groupByIssue(points);
    this.holders = holders;
    this.groups = groups;
    const n = holders.length;
    this.sums = new Columns(n);
    this.touched = new Int32Array(n);
    this.membershipStart = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) this.membershipStart[i + 1] = this.membershipStart[i] + issueCounts[i];
    this.memberships = new Int32Array(2 * this.membershipStart[n]);
    const filled = new Int32Array(n);
    groups.forEach((group, g) => {
      group.index.forEach((i, place) => {
        const at = 2 * (this.membershipStart[i] + filled[i]++);
        this.memberships[at] = g;
        this.memberships[at + 1] = place;
      });
    });
  }

  row(i: number): void {
    const { sums, touched } = this;
    for (let t = 0; t < this.touchedCount; t++) sums.clear(touched[t]);
    this.touchedCount = 0;
    for (let m = this.membershipStart[i]; m < this.membershipStart[i + 1]; m++) {
      const group = this.groups[this.memberships[2 * m]];
      const place = this.memberships[2 * m + 1];
      for (let q = place + 1; q < group.index.length; q++) {
        const j = group.index[q];
        if (sums.shared[j] === 0) touched[this.touchedCount++] = j;
        addPair(sums, j, group, place, q);
      }
    }
  }
}
