/** Scale range R: every issue is measured on 0..100, so distances are divided by 100. */
export const SCALE_RANGE = 100;

/** One position valid at the chosen `asOf`, flattened for the divergence mathematics. */
export interface PositionPoint {
  positionId: string;
  /** Actor (or proposal) id. */
  holderId: string;
  issueId: string;
  /** 0..100 on the issue's scale. */
  value: number;
  /** 0..1. */
  salience: number;
  acceptableMin: number | null;
  acceptableMax: number | null;
  redLine: boolean;
  /** The holder's capability 0..1 (1 for proposals). */
  capability: number;
}

/** Normalization of the discourse-network measures (Leifeld's DNA). */
export type Normalization = 'NONE' | 'AVERAGE' | 'JACCARD' | 'COSINE';

/** Plain code-unit string order, the same on every machine (no locale). */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
