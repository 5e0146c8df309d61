import { DivergenceInputError } from './errors';

describe('DivergenceInputError', () => {
  it('carries the field and prefixes the message with it', () => {
    const error = new DivergenceInputError('alpha', 'alpha must be in (0, 2], got 3');
    expect(error).toBeInstanceOf(Error);
    expect(error.field).toBe('alpha');
    expect(error.name).toBe('DivergenceInputError');
    expect(error.message).toBe('alpha: alpha must be in (0, 2], got 3');
  });
});
