/** Bad input to a divergence formula; `field` names the offending argument. */
export class DivergenceInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = 'DivergenceInputError';
  }
}
