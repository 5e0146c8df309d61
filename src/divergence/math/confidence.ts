import { DivergenceInputError } from './errors';

/** Admiralty-code source reliability. */
export type Reliability = 'A' | 'B' | 'C' | 'D' | 'E' | 'F';

/** Probability-like weight of each reliability grade (F: reliability cannot be judged). */
export const RELIABILITY_WEIGHT: Readonly<Record<Reliability, number>> = Object.freeze({
  A: 0.9,
  B: 0.75,
  C: 0.6,
  D: 0.4,
  E: 0.2,
  F: 0.5,
});

/**
 * Confidence of a position from its evidence: 1 − Π_j (1 − r_j), i.e. the chance that at least
 * one source is right if each is right independently with probability r_j. No evidence → 0.
 */
export function evidenceConfidence(reliabilities: readonly Reliability[]): number {
  let allWrong = 1;
  for (const grade of reliabilities) {
    const r: number | undefined = RELIABILITY_WEIGHT[grade];
    if (r === undefined) {
      throw new DivergenceInputError('reliability', `unknown reliability grade "${String(grade)}"`);
    }
    allWrong *= 1 - r;
  }
  return 1 - allWrong;
}
