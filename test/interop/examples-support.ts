import { FaultlineDataset } from '../../src/datasets/dataset.types';

/** The documented parameters of an example: its `// :param name => value` header lines. */
export function documentedParameters(text: string): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const [, name, literal] of text.matchAll(/^\/\/ :param (\w+) => (.+)$/gm)) {
    const json = literal.replace(/'((?:[^'\\]|\\.)*)'/g, (_, inner: string) =>
      JSON.stringify(inner.replace(/\\(.)/g, '$1')),
    );
    params[name] = JSON.parse(json) as unknown;
  }
  return params;
}

/**
 * Two members of the European Union, one of whom moved on 2025-11-28, so that the bloc and
 * "who moved" examples have rows (the seed has no bloc members and no history).
 */
export function supplement(seed: FaultlineDataset): FaultlineDataset {
  const eu = seed.actors!.find((actor) => actor.id === 'european-union')!;
  const source = seed.sources!.find((s) => s.id === 'unattributed-analysis')!;
  const issue = seed.issues!.find((i) => i.id === 'territory-contested-regions')!;
  const parent = seed.issues!.find((i) => i.id === issue.parent)!;
  const position = (id: string, holder: string, value: number, from: string, to?: string) => ({
    id,
    holder,
    issue: issue.id,
    value,
    salience: 0.5,
    validFrom: from,
    ...(to ? { validTo: to } : {}),
    evidence: [{ source: source.id, quote: 'test quote' }],
  });
  return {
    format: 'faultline/1',
    dataset: { id: 'examples-supplement', title: 'Bloc members for the examples test' },
    actors: [
      eu,
      { id: 'test-member-a', name: 'Member A', kind: 'STATE' },
      { id: 'test-member-b', name: 'Member B', kind: 'STATE' },
    ],
    issues: [parent, issue],
    sources: [source],
    positions: [
      position('test-a-1', 'test-member-a', 20, '2025-11-01T00:00:00Z', '2025-11-28T00:00:00Z'),
      position('test-a-2', 'test-member-a', 35, '2025-11-28T00:00:00Z'),
      position('test-b-1', 'test-member-b', 70, '2025-11-01T00:00:00Z'),
    ],
    relations: [
      { type: 'MEMBER_OF', from: 'test-member-a', to: 'european-union' },
      { type: 'MEMBER_OF', from: 'test-member-b', to: 'european-union' },
    ],
  };
}
