import * as divergence from './index';

describe('divergence math public API', () => {
  it('exports the formulas and the error type', () => {
    expect(Object.keys(divergence).sort()).toEqual([
      'DEFAULT_ALPHA',
      'DEFAULT_SEED',
      'DivergenceInputError',
      'RELIABILITY_WEIGHT',
      'SCALE_RANGE',
      'agreementZone',
      'buildDisagreementNetwork',
      'divergenceFromSums',
      'estebanRayConstant',
      'evidenceConfidence',
      'hasKnownRange',
      'issueDistance',
      'issueWeight',
      'mulberry32',
      'normalizationDenominator',
      'pairDivergence',
      'pairMeasures',
      'polarization',
      'predictedOutcome',
      'redLineConflict',
      'redLineConflicts',
    ]);
    expect(divergence.SCALE_RANGE).toBe(100);
  });
});
