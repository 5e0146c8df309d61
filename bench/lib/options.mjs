// Command-line options of `npm run bench` and the sizes it knows.
import { fail } from '../../scripts/output.mjs';

/** Synthetic sizes (syntheticDataset adds one shifted version for every tenth actor) and run lengths. */
export const SIZES = {
  tiny: { actors: 20, issues: 5, positions: 100, runs: 5, warmup: 2, duration: 1 },
  S: { actors: 100, issues: 20, positions: 1000, runs: 50, warmup: 5, duration: 5 },
  M: { actors: 1000, issues: 200, positions: 50000, runs: 30, warmup: 3, duration: 10 },
  L: { actors: 10000, issues: 1000, positions: 500000, runs: 15, warmup: 2, duration: 10 },
};

/** The value given after `name` on the command line (`--runs 3`), or `fallback`. */
export function optionValue(name, fallback, args = process.argv.slice(2)) {
  return args.includes(name) ? args[args.indexOf(name) + 1] : fallback;
}

/** The size called `name`, one of `allowed`; stops with the sizes this bench takes otherwise. */
export function sizeNamed(name, allowed) {
  if (!allowed.includes(name)) fail(`unknown size "${name}": use ${allowed.join(', ')}`);
  return SIZES[name];
}

/** Memory of the bench's own Neo4j per size, unless NEO4J_HEAP / NEO4J_PAGECACHE say otherwise. */
export const NEO4J_MEMORY = {
  tiny: { heap: '512m', pageCache: '128m' },
  S: { heap: '1g', pageCache: '512m' },
  M: { heap: '1g', pageCache: '512m' },
  // The import of L is one transaction of 550,000 positions: 5.6 GB of transaction state at commit,
  // and Neo4j lets one transaction use at most 70 % of the heap (4 GB was refused).
  L: { heap: '10g', pageCache: '2g' },
};

export const USAGE = `usage: npm run bench -- [--size tiny|S|M|L] [options]
  --size NAME         data size (default S): ${Object.entries(SIZES)
    .map(([name, s]) => `${name} = ${s.actors} actors, ${s.issues} issues, ~${s.positions} positions`)
    .join('; ')}
  --runs N            sequential requests per workload and implementation (default by size)
  --warmup N          requests before timing (default by size)
  --duration S        seconds of concurrent load per workload and implementation (default by size)
  --connections N     concurrent connections of the load (default 8)
  --writers N         concurrent recordPosition writers (default 16)
  --only a,b          only these workloads (names as in the table)
  --out FILE          where to write the JSON result (default bench/results/<size>-<time>.json)
  --no-import         the data is loaded already: skip the import
  --no-build          do not rebuild dist/ when src/ changed (the caller built it)
  --cpu-prof          run the Faultline server with node --cpu-prof (profiles in bench/results/)
  --report FILE       print the tables of an earlier result (JSON) and exit
Environment: NEO4J_URI uses that Neo4j (its data is kept; the dataset is imported into it);
without it the bench starts its own (instance "bench", port NEO4J_BENCH_PORT or 7689, wiped first).
FAULTLINE_API_KEY is sent as a Bearer token when that database has API keys (an EDITOR key: the
bench writes); the Faultline server runs without rate limit unless RATE_LIMIT_PER_MINUTE is set.`;

export function parseOptions(argv) {
  const options = {
    size: 'S',
    connections: 8,
    writers: 16,
    only: null,
    out: null,
    import: true,
    build: true,
    cpuProf: false,
  };
  const numeric = { '--runs': 'runs', '--warmup': 'warmup', '--duration': 'duration' };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = () => {
      const next = argv[i + 1];
      if (next === undefined) throw new Error(`${arg} needs a value\n${USAGE}`);
      i += 1;
      return next;
    };
    if (arg === '--size') options.size = value();
    else if (numeric[arg]) options[numeric[arg]] = positive(arg, value());
    else if (arg === '--connections') options.connections = positive(arg, value());
    else if (arg === '--writers') options.writers = positive(arg, value());
    else if (arg === '--only') options.only = value().split(',').filter(Boolean);
    else if (arg === '--out') options.out = value();
    else if (arg === '--no-import') options.import = false;
    else if (arg === '--no-build') options.build = false;
    else if (arg === '--cpu-prof') options.cpuProf = true;
    else if (arg === '--report') options.report = value();
    else if (arg === '--help' || arg === '-h') options.help = true;
    else throw new Error(`unknown option "${arg}"\n${USAGE}`);
  }
  const size = SIZES[options.size];
  if (!size) throw new Error(`unknown size "${options.size}": use ${Object.keys(SIZES).join(', ')}`);
  return {
    ...options,
    data: { actors: size.actors, issues: size.issues, positions: size.positions },
    runs: options.runs ?? size.runs,
    warmup: options.warmup ?? size.warmup,
    duration: options.duration ?? size.duration,
  };
}

function positive(name, raw) {
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} needs a number, got "${raw}"`);
  return value;
}
