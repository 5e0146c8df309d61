import { mulberry32 } from '../divergence/math/seeded-random';
import { DatasetPosition, FaultlineDataset, IssueCategory, SourceReliability } from './dataset.types';

export interface SyntheticSize {
  actors: number;
  issues: number;
  /** About this many positions: each actor takes a position on `positions / actors` random issues. */
  positions: number;
  seed?: number;
}

const CATEGORIES: IssueCategory[] = [
  'TERRITORY',
  'SECURITY_GUARANTEES',
  'SANCTIONS',
  'CEASEFIRE',
  'GOVERNANCE',
  'ECONOMIC',
];
const RELIABILITY: SourceReliability[] = ['A', 'B', 'C', 'D', 'E', 'F'];
const CAMPS = 4;

/**
 * A deterministic synthetic dataset (same size and seed, same file) for benchmarks and scale
 * tests: actors fall into a few camps whose members hold nearby values, so networks have
 * communities and red-line conflicts to find. Positions start on 2025-01-01; one in ten actors
 * shifts once on 2025-07-01, so asOf reads see history.
 */
export function syntheticDataset(size: SyntheticSize): FaultlineDataset {
  const random = mulberry32(size.seed ?? 42);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const actors = Array.from({ length: size.actors }, (_, i) => ({
    id: `actor-${i}`,
    name: `Actor ${i}`,
    kind: i % 10 === 0 ? ('BLOC' as const) : ('STATE' as const),
    capability: Math.round((0.2 + 0.8 * random()) * 100) / 100,
  }));
  const issues = Array.from({ length: size.issues }, (_, i) => ({
    id: `issue-${i}`,
    name: `Issue ${i}`,
    category: CATEGORIES[i % CATEGORIES.length],
    scaleMin: 'none',
    scaleMax: 'all',
  }));
  const sources = Array.from({ length: Math.max(1, Math.ceil(size.actors / 10)) }, (_, i) => ({
    id: `source-${i}`,
    publisher: `Publisher ${i % 17}`,
    title: `Report ${i}`,
    reliability: pick(RELIABILITY),
  }));
  const perActor = Math.max(1, Math.min(size.issues, Math.round(size.positions / Math.max(1, size.actors))));
  const campCentre = Array.from({ length: size.issues * CAMPS }, () => random() * 100);
  const positions: DatasetPosition[] = [];
  for (const [index, actor] of actors.entries()) {
    const camp = index % CAMPS;
    const chosen = new Set<number>();
    while (chosen.size < perActor) chosen.add(Math.floor(random() * size.issues));
    for (const issueIndex of [...chosen].sort((a, b) => a - b)) {
      const value = clamp(campCentre[issueIndex * CAMPS + camp] + (random() - 0.5) * 20);
      const base = {
        holder: actor.id,
        issue: `issue-${issueIndex}`,
        salience: Math.round(random() * 100) / 100,
        acceptableMin: clamp(value - 5 - random() * 20),
        acceptableMax: clamp(value + 5 + random() * 20),
        redLine: random() < 0.1,
        evidence: [{ source: pick(sources).id, quote: `Statement ${index}-${issueIndex}` }],
      };
      const shifts = index % 10 === 0;
      positions.push({
        ...base,
        id: `position-${index}-${issueIndex}`,
        value,
        validFrom: '2025-01-01T00:00:00Z',
        ...(shifts ? { validTo: '2025-07-01T00:00:00Z' } : {}),
      });
      if (shifts) {
        const moved = clamp(value + (random() - 0.5) * 30);
        positions.push({
          ...base,
          id: `position-${index}-${issueIndex}-b`,
          value: moved,
          acceptableMin: Math.min(base.acceptableMin, moved),
          acceptableMax: Math.max(base.acceptableMax, moved),
          validFrom: '2025-07-01T00:00:00Z',
        });
      }
    }
  }
  return {
    format: 'faultline/1',
    dataset: {
      id: `synthetic-${size.actors}-${size.issues}-${size.seed ?? 42}`,
      title: 'Synthetic benchmark data',
    },
    actors,
    issues,
    sources,
    positions,
  };
}

function clamp(value: number): number {
  return Math.round(Math.min(100, Math.max(0, value)) * 100) / 100;
}
