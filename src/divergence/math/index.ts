export { agreementZone } from './agreement-zone';
export type { AgreementZone } from './agreement-zone';
export { evidenceConfidence, RELIABILITY_WEIGHT } from './confidence';
export type { Reliability } from './confidence';
export { normalizationDenominator, pairMeasures } from './discourse-network';
export type { PairMeasures } from './discourse-network';
export { DivergenceInputError } from './errors';
export { buildDisagreementNetwork, DEFAULT_SEED } from './network';
export type {
  DisagreementNetwork,
  NetworkCommunity,
  NetworkEdge,
  NetworkMeasure,
  NetworkNode,
  NetworkOptions,
} from './network';
export { predictedOutcome } from './outcome';
export type { OutcomeRule } from './outcome';
export { divergenceFromSums, issueDistance, issueWeight, pairDivergence } from './pair-divergence';
export type { IssueDivergence, PairDivergence } from './pair-divergence';
export { DEFAULT_ALPHA, estebanRayConstant, polarization } from './polarization';
export type { Polarization } from './polarization';
export { hasKnownRange, redLineConflict, redLineConflicts } from './red-line';
export type { RedLineConflict } from './red-line';
export { mulberry32 } from './seeded-random';
export { SCALE_RANGE } from './types';
export type { Normalization, PositionPoint } from './types';
