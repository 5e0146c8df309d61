// The markdown tables `npm run bench` prints (the JSON result holds every figure behind them).
import { ratio } from './stats.mjs';

const LABEL = {
  raw: 'raw driver',
  graphqlFloor: 'GraphQL floor',
  faultline: 'Faultline',
  peer: '@neo4j/graphql',
};
/** Milliseconds as printed: two decimals under 10, one under 100, whole above. */
export const ms = (x) =>
  x == null ? '–' : x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : Math.round(x).toString();
const x = (r) => (r == null ? '–' : `${r.toFixed(2)}x`);
/** A markdown table. */
export const table = (header, rows) =>
  [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`]
    .concat(rows.map((row) => `| ${row.join(' | ')} |`))
    .join('\n');

/**
 * Faultline within 1.5x of the floor and faster than the peer, at p50; and, for the record, how far
 * the GraphQL floor is from the raw floor and Faultline from the GraphQL floor.
 */
export function targets(workload) {
  const l = workload.latency;
  if (!l) return null;
  const vsRaw = ratio(l.faultline.p50, l.raw.p50);
  const vsPeer = ratio(l.faultline.p50, l.peer.p50);
  const graphqlFloorVsRaw = ratio(l.graphqlFloor.p50, l.raw.p50);
  const vsGraphqlFloor = ratio(l.faultline.p50, l.graphqlFloor.p50);
  return {
    vsRaw,
    vsPeer,
    graphqlFloorVsRaw,
    vsGraphqlFloor,
    withinFloor: vsRaw <= 1.5,
    fasterThanPeer: vsPeer < 1,
  };
}

export function markdown(result) {
  const out = [];
  const { environment: env, size } = result;
  out.push(
    `## Size ${result.size.name}: ${size.actors} actors, ${size.issues} issues, ${size.positions} positions, ${size.evidence} quotes`,
  );
  out.push('');
  out.push(
    `Latency: ${result.options.runs} sequential requests per implementation after ${result.options.warmup} of warm-up, interleaved; ` +
      'HTTP + JSON on loopback for all ("driver" is the same Cypher run in the bench process, no HTTP; ' +
      "the GraphQL floor answers Faultline's query from that Cypher on Faultline's stack). " +
      'Ratios are Faultline / other at p50; target: ≤ 1.5x raw, < 1x @neo4j/graphql.',
  );
  out.push('');
  const notes = [];
  const note = (text) => {
    notes.push(text);
    return `[${notes.length}]`;
  };
  const latencyHeader = [
    'workload',
    'answer (all agree)',
    'driver p50',
    'raw p50 / p95 ms',
    'GraphQL floor p50 / p95 ms',
    'Faultline p50 / p95 ms',
    '@neo4j/graphql p50 / p95 ms',
    'Faultline / raw',
    'GraphQL floor / raw',
    'Faultline / GraphQL floor',
    'Faultline / peer',
    'target',
  ];
  out.push(
    table(
      latencyHeader,
      result.compared.map((w) => {
        const marks = Object.entries(w.notes ?? {}).map(([impl, text]) => `${LABEL[impl]} ${note(text)}`);
        const title = `${w.title}${marks.length ? ` (${marks.join(', ')})` : ''}`;
        if (!w.agree)
          return [
            title,
            `**differ**: ${JSON.stringify(w.differences)}`,
            ...Array(latencyHeader.length - 3).fill(''),
            '✗',
          ];
        const l = w.latency;
        const t = targets(w);
        const pair = (s) => `${ms(s.p50)} / ${ms(s.p95)}`;
        return [
          title,
          `${w.answer} ✓`,
          ms(l.driver.p50),
          pair(l.raw),
          pair(l.graphqlFloor),
          pair(l.faultline),
          pair(l.peer),
          x(t.vsRaw),
          x(t.graphqlFloorVsRaw),
          x(t.vsGraphqlFloor),
          x(t.vsPeer),
          `${t.withinFloor ? '✓' : '✗'} floor, ${t.fasterThanPeer ? '✓' : '✗'} peer`,
        ];
      }),
    ),
  );
  out.push('');
  out.push(
    `Throughput: autocannon, ${result.options.connections} connections, ${result.options.duration} s per implementation (requests/s; errors counted separately).`,
  );
  out.push('');
  out.push(
    table(
      [
        'workload',
        'raw req/s',
        'GraphQL floor req/s',
        'Faultline req/s',
        '@neo4j/graphql req/s',
        'Faultline / raw',
        'Faultline / peer',
        'errors',
      ],
      result.compared
        .filter((w) => w.throughput)
        .map((w) => {
          const t = w.throughput;
          return [
            w.title,
            t.raw.rps,
            t.graphqlFloor.rps,
            t.faultline.rps,
            t.peer.rps,
            x(ratio(t.faultline.rps, t.raw.rps)),
            x(ratio(t.faultline.rps, t.peer.rps)),
            Object.values(t).reduce((sum, { errors }) => sum + errors, 0),
          ];
        }),
    ),
  );
  out.push('');
  out.push('Faultline only:');
  out.push('');
  const only = result.faultlineOnly.map((w) =>
    w.skipped || w.error
      ? [w.title, w.skipped ?? `**failed**: ${w.error}`, '–', '–', '–', '–']
      : [
          w.title,
          w.answer,
          ms(w.latency.p50),
          ms(w.latency.p95),
          `${w.throughput.rps} req/s (${w.throughput.connections} conn.)`,
          w.throughput.errors,
        ],
  );
  const writes = result.recordPosition;
  if (writes) {
    only.push([
      `recordPosition, ${writes.writers} concurrent writers`,
      `${writes.written} positions in ${writes.seconds} s`,
      ms(writes.latency.p50),
      ms(writes.latency.p95),
      `${writes.writesPerSecond} writes/s`,
      writes.errors,
    ]);
  }
  if (result.import) {
    only.push([
      'import CLI (validate + one transaction)',
      `${result.import.positions} positions in ${result.import.seconds} s`,
      '–',
      '–',
      `${result.import.positionsPerSecond} positions/s`,
      0,
    ]);
  }
  out.push(table(['workload', 'answer', 'p50 ms', 'p95 ms', 'throughput', 'errors'], only));
  out.push('');
  out.push(
    table(
      ['server process', 'peak memory (VmHWM) MiB', 'resident at the end MiB'],
      Object.entries(result.memory).map(([impl, m]) => [LABEL[impl], m.peakMb, m.rssMb]),
    ),
  );
  out.push('');
  notes.forEach((text, i) => out.push(`[${i + 1}] ${text}`));
  if (notes.length) out.push('');
  out.push(
    `Machine: ${env.cpus} cores (${env.cpuModel}), ${env.memoryGiB} GiB; load average ${env.loadBefore.join(' / ')} before, ` +
      `${env.loadAfter.join(' / ')} after (1 / 5 / 15 min); Node ${env.node}; Neo4j ${env.neo4j}; @neo4j/graphql ${env.peerVersion}.`,
  );
  return out.join('\n');
}
