/** An undirected edge between node indices, signed by the sign of its subtract (0: unsigned). */
export interface SignedEdge {
  i: number;
  j: number;
  subtract: number;
}

export interface Balance {
  /** balanced / signed triangles; null when there is no signed triangle. */
  balance: number | null;
  /** Triangles whose three edges are all signed. */
  signedTriangles: number;
  /** Signed triangles whose sign product is positive. */
  balancedTriangles: number;
}

/** Up to this many nodes, adjacency is kept as bitsets (n²/16 bytes: 4 MB at 8,192 nodes). */
const BITSET_MAX_NODES = 8192;

function popcount(word: number): number {
  let x = word - ((word >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** Signed edges as (lo, hi, sign), dropping unsigned ones (subtract 0 or NaN). */
function signedOnly(edges: readonly SignedEdge[]): [number, number, number][] {
  const result: [number, number, number][] = [];
  for (const edge of edges) {
    const sign = Math.sign(edge.subtract);
    if (sign !== 1 && sign !== -1) continue;
    result.push([Math.min(edge.i, edge.j), Math.max(edge.i, edge.j), sign]);
  }
  return result;
}

/**
 * Counts each triangle i < j < k once, from its edge (i, j): positive and negative neighbours
 * are bitsets, and the third vertices k > j are found by intersecting rows i and j.
 */
function countWithBitsets(n: number, signed: [number, number, number][]): [number, number] {
  const words = Math.ceil(n / 32);
  const positive = new Int32Array(n * words);
  const negative = new Int32Array(n * words);
  for (const [i, j, sign] of signed) {
    const rows = sign > 0 ? positive : negative;
    rows[i * words + (j >>> 5)] |= 1 << (j & 31);
    rows[j * words + (i >>> 5)] |= 1 << (i & 31);
  }
  let signedTriangles = 0;
  let balancedTriangles = 0;
  for (const [i, j, sign] of signed) {
    const from = (j + 1) >>> 5;
    let same = 0;
    let mixed = 0;
    for (let w = from; w < words; w++) {
      // Only k > j: mask off bits up to j in the first word.
      const mask = w === from ? -1 << ((j + 1) & 31) : -1;
      const pi = positive[i * words + w] & mask;
      const ni = negative[i * words + w] & mask;
      const pj = positive[j * words + w];
      const nj = negative[j * words + w];
      same += popcount(pi & pj) + popcount(ni & nj);
      mixed += popcount(pi & nj) + popcount(ni & pj);
    }
    signedTriangles += same + mixed;
    // s_ij · s_ik · s_jk > 0: with s_ij > 0 the other two agree, with s_ij < 0 they differ.
    balancedTriangles += sign > 0 ? same : mixed;
  }
  return [signedTriangles, balancedTriangles];
}

/** The same count for large, sparse graphs: forward adjacency lists and a Map of signs. */
function countWithLists(n: number, signed: [number, number, number][]): [number, number] {
  const forward: number[][] = Array.from({ length: n }, () => []);
  const signs = new Map<number, number>();
  for (const [i, j, sign] of signed) {
    forward[i].push(j);
    signs.set(i * n + j, sign);
  }
  let signedTriangles = 0;
  let balancedTriangles = 0;
  for (let i = 0; i < n; i++) {
    const next = forward[i].sort((x, y) => x - y);
    for (let p = 0; p < next.length; p++) {
      const j = next[p];
      const sij = signs.get(i * n + j) as number;
      for (let q = p + 1; q < next.length; q++) {
        const k = next[q];
        const sjk = signs.get(j * n + k);
        if (sjk === undefined) continue;
        signedTriangles++;
        if (sij * sjk * (signs.get(i * n + k) as number) > 0) balancedTriangles++;
      }
    }
  }
  return [signedTriangles, balancedTriangles];
}

/**
 * Signed-triangle balance over nodes 0..n−1. An edge's sign is the sign of its subtract
 * (0 → unsigned, ignored). Among triangles whose three edges are all signed, a triangle is
 * balanced when the product of its signs is positive; balance = balanced / signed triangles.
 */
export function signedBalance(n: number, edges: readonly SignedEdge[]): Balance {
  const signed = signedOnly(edges);
  const [signedTriangles, balancedTriangles] =
    n <= BITSET_MAX_NODES ? countWithBitsets(n, signed) : countWithLists(n, signed);
  return {
    balance: signedTriangles > 0 ? balancedTriangles / signedTriangles : null,
    signedTriangles,
    balancedTriangles,
  };
}

/** Exposed for tests: the list-based count, whatever n is. */
export function signedBalanceByLists(n: number, edges: readonly SignedEdge[]): Balance {
  const [signedTriangles, balancedTriangles] = countWithLists(n, signedOnly(edges));
  return {
    balance: signedTriangles > 0 ? balancedTriangles / signedTriangles : null,
    signedTriangles,
    balancedTriangles,
  };
}
