import { syntheticDataset } from './synthetic-dataset';
import { validateDataset } from './validate-dataset';

describe('syntheticDataset', () => {
  it('is deterministic for a size and seed, and different for another seed', () => {
    const size = { actors: 20, issues: 5, positions: 60 };
    expect(syntheticDataset(size)).toEqual(syntheticDataset(size));
    expect(syntheticDataset({ ...size, seed: 7 }).positions).not.toEqual(syntheticDataset(size).positions);
  });

  it('produces a valid dataset of about the requested size', () => {
    const dataset = syntheticDataset({ actors: 100, issues: 20, positions: 1000 });
    const result = validateDataset(dataset);
    expect(result.ok ? [] : result.errors.slice(0, 5)).toEqual([]);
    expect(dataset.actors).toHaveLength(100);
    expect(dataset.issues).toHaveLength(20);
    // 10 per actor, and one actor in ten shifts once on each of its issues: 1000 + 10 * 10.
    expect(dataset.positions).toHaveLength(1100);
  });
});
