import { DivergenceInputError } from './errors';
import { indexByIssue } from './input-checks';
import { pairDivergence } from './pair-divergence';
import { redLineConflict } from './red-line';
import { compareIds, Normalization, PositionPoint } from './types';

export interface PairMeasures {
  /** D(a,b) of pair-divergence (not normalized); null without shared issue or weight. */
  divergence: number | null;
  /** Congruence C(a,b) = Σ_k (1 − d_k), divided by the normalization denominator. */
  congruence: number;
  /** Conflict F(a,b) = Σ_k d_k, divided by the normalization denominator. */
  conflict: number;
  /** C − F (both normalized). */
  subtract: number;
  /** Number of shared issues with a red-line conflict. */
  redLineConflicts: number;
  /** |K(a,b)|. */
  sharedIssues: number;
}

const NORMALIZATIONS: readonly Normalization[] = ['NONE', 'AVERAGE', 'JACCARD', 'COSINE'];

export function assertNormalization(normalization: Normalization): void {
  if (!NORMALIZATIONS.includes(normalization)) {
    throw new DivergenceInputError(
      'normalization',
      `unknown normalization "${String(normalization)}" (${NORMALIZATIONS.join(', ')})`,
    );
  }
}

/**
 * The divisor of C and F (Leifeld's DNA one-mode normalizations), from |K_a| and |K_b| (issues
 * each actor holds a position on within the considered set) and |K(a,b)| (issues both hold):
 * NONE 1; AVERAGE (|K_a| + |K_b|) / 2; JACCARD |K_a ∪ K_b| = |K_a| + |K_b| − |K(a,b)|;
 * COSINE sqrt(|K_a| · |K_b|).
 */
export function normalizationDenominator(
  normalization: Normalization,
  issuesA: number,
  issuesB: number,
  sharedIssues: number,
): number {
  switch (normalization) {
    case 'NONE':
      return 1;
    case 'AVERAGE':
      return (issuesA + issuesB) / 2;
    case 'JACCARD':
      return issuesA + issuesB - sharedIssues;
    case 'COSINE':
      return Math.sqrt(issuesA * issuesB);
    default:
      assertNormalization(normalization);
      return 1;
  }
}

/** Divides a sum by the denominator; an empty sum (denominator 0) stays 0. */
export function normalize(sum: number, denominator: number): number {
  return denominator > 0 ? sum / denominator : 0;
}

/**
 * Discourse-network measures of two actors (Leifeld's DNA, one-mode, position value as the
 * qualifier) over their shared issues K(a,b): congruence C = Σ_k (1 − d_k), conflict
 * F = Σ_k d_k, subtract C − F, each divided per `normalization`; plus D(a,b) and the number of
 * red-line conflicts. `issuesOfA` / `issuesOfB` are each one actor's positions in the set.
 */
export function pairMeasures(
  issuesOfA: readonly PositionPoint[],
  issuesOfB: readonly PositionPoint[],
  normalization: Normalization,
): PairMeasures {
  assertNormalization(normalization);
  const pair = pairDivergence(issuesOfA, issuesOfB);
  const byIssueA = indexByIssue(issuesOfA, 'issuesOfA');
  const byIssueB = indexByIssue(issuesOfB, 'issuesOfB');
  let congruence = 0;
  let conflict = 0;
  let redLineConflicts = 0;
  // pairDivergence lists the shared issues; summed in issue-id order like the network does.
  const shared = [...pair.perIssue].sort((x, y) => compareIds(x.issueId, y.issueId));
  for (const row of shared) {
    congruence += 1 - row.distance;
    conflict += row.distance;
    const a = byIssueA.get(row.issueId);
    const b = byIssueB.get(row.issueId);
    if (a !== undefined && b !== undefined && redLineConflict(a, b) !== null) redLineConflicts++;
  }
  const denominator = normalizationDenominator(
    normalization,
    byIssueA.size,
    byIssueB.size,
    pair.sharedIssues,
  );
  const c = normalize(congruence, denominator);
  const f = normalize(conflict, denominator);
  return {
    divergence: pair.divergence,
    congruence: c,
    conflict: f,
    subtract: c - f,
    redLineConflicts,
    sharedIssues: pair.sharedIssues,
  };
}
