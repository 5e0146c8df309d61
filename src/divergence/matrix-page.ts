import { divergenceFromSums } from './math';
import { PairRowScanner } from './math/pair-accumulator';
import { compareIds } from './math/types';

/** The sort key of a matrix pair: divergence (largest first, null last), then the two ids. */
export interface PairKey {
  divergence: number | null;
  aId: string;
  bId: string;
}

export function comparePairs(x: PairKey, y: PairKey): number {
  if (x.divergence !== y.divergence) {
    if (x.divergence === null) return 1;
    if (y.divergence === null) return -1;
    return y.divergence - x.divergence;
  }
  return compareIds(x.aId, y.aId) || compareIds(x.bId, y.bId);
}

/** A pair of the matrix with the counts its answer shows. */
export interface MatrixEntry extends PairKey {
  shared: number;
  redLines: number;
}

/** The `capacity` smallest entries offered, by comparePairs: a binary heap with the largest on top. */
class SmallestPairs {
  private readonly heap: MatrixEntry[] = [];

  constructor(private readonly capacity: number) {}

  /** Whether `key` would be kept: the heap has room, or `key` comes before its largest. */
  admits(key: PairKey): boolean {
    return this.heap.length < this.capacity || comparePairs(key, this.heap[0]) < 0;
  }

  offer(entry: MatrixEntry): void {
    const { heap } = this;
    if (heap.length < this.capacity) {
      heap.push(entry);
      for (let at = heap.length - 1; at > 0;) {
        const parent = (at - 1) >> 1;
        if (comparePairs(heap[at], heap[parent]) <= 0) break;
        [heap[at], heap[parent]] = [heap[parent], heap[at]];
        at = parent;
      }
      return;
    }
    heap[0] = entry;
    for (let at = 0; ;) {
      const left = 2 * at + 1;
      const right = left + 1;
      let largest = at;
      if (left < heap.length && comparePairs(heap[left], heap[largest]) > 0) largest = left;
      if (right < heap.length && comparePairs(heap[right], heap[largest]) > 0) largest = right;
      if (largest === at) break;
      [heap[at], heap[largest]] = [heap[largest], heap[at]];
      at = largest;
    }
  }

  sorted(): MatrixEntry[] {
    return [...this.heap].sort(comparePairs);
  }
}

/**
 * The first `count` pairs of `actorIds` (sorted ids; the holders of `scanner` are among them) after
 * `after` in the matrix's order, without holding every pair: the pairs with a divergence go through
 * a heap of `count` entries, then the pairs without one (nothing shared, or only weightless issues)
 * fill the page in id order, which is their order. Time grows with the pairs sharing an issue,
 * memory with the actors and the page.
 */
export function matrixPage(
  scanner: PairRowScanner,
  actorIds: readonly string[],
  count: number,
  after: PairKey | null,
): MatrixEntry[] {
  const { holders, sums, touched } = scanner;
  const smallest = new SmallestPairs(count);
  // Past a pair without a divergence, no pair with one is left.
  if (after === null || after.divergence !== null) {
    const candidate: PairKey = { divergence: null, aId: '', bId: '' };
    for (let i = 0; i < holders.length; i++) {
      scanner.row(i);
      for (let t = 0; t < scanner.touchedCount; t++) {
        const j = touched[t];
        candidate.divergence = divergenceFromSums(sums.weightedDistance[j], sums.weight[j]);
        if (candidate.divergence === null) continue;
        candidate.aId = holders[i];
        candidate.bId = holders[j];
        if ((after !== null && comparePairs(candidate, after) <= 0) || !smallest.admits(candidate)) continue;
        smallest.offer({ ...candidate, shared: sums.shared[j], redLines: sums.redLines[j] });
      }
    }
  }
  const page = smallest.sorted();
  const holderIndex = new Map(holders.map((id, i) => [id, i]));
  let first = 0;
  if (after !== null && after.divergence === null) {
    first = actorIds.findIndex((id) => compareIds(id, after.aId) >= 0);
    if (first < 0) first = actorIds.length;
  }
  for (let x = first; x < actorIds.length && page.length < count; x++) {
    const i = holderIndex.get(actorIds[x]);
    if (i !== undefined) scanner.row(i);
    for (let y = x + 1; y < actorIds.length && page.length < count; y++) {
      // The sums of row i hold the holders after i; an actor without positions shares nothing.
      const j = i === undefined ? undefined : holderIndex.get(actorIds[y]);
      if (j !== undefined && divergenceFromSums(sums.weightedDistance[j], sums.weight[j]) !== null) continue;
      const key: PairKey = { divergence: null, aId: actorIds[x], bId: actorIds[y] };
      if (after !== null && comparePairs(key, after) <= 0) continue;
      page.push({
        ...key,
        shared: j === undefined ? 0 : sums.shared[j],
        redLines: j === undefined ? 0 : sums.redLines[j],
      });
    }
  }
  return page;
}
