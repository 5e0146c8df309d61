import 'reflect-metadata';
import { DomainError } from '../common/domain-error';
import { parseExportOptions, RawExportOptions } from '../interop/export-options';
import { fileOutput, folderOutput } from '../interop/export-output';
import { exportProgressReporter } from '../interop/export-progress';
import { ExportService, ExportSummary } from '../interop/export.service';
import { runOffline } from '../interop/offline-command';
import { runCommand } from './run-command';

const USAGE =
  'usage: npm run export -- --format json|cypher|graphml|gexf|csv|statements --out PATH ' +
  '[--asOf DATE] [--issues a,b] [--actors x,y] [--graph knowledge|network] [--changes]';

const FLAGS = ['format', 'out', 'asOf', 'issues', 'actors', 'graph', 'changes'] as const;
type Flag = (typeof FLAGS)[number];
/** Flags that stand alone for "true" (`--changes`), or take `=true` / `=false`. */
const SWITCHES: readonly Flag[] = ['changes'];

/** `--name value` or `--name=value`, a switch alone; anything else is a usage error. */
function parseFlags(args: string[]): Partial<Record<Flag, string>> {
  const flags: Partial<Record<Flag, string>> = {};
  for (let i = 0; i < args.length; i++) {
    const match = /^--([A-Za-z]+)(?:=(.*))?$/.exec(args[i]);
    if (!match) throw DomainError.badInput('arguments', `unexpected "${args[i]}" (${USAGE})`);
    const name = match[1] as Flag;
    if (!FLAGS.includes(name))
      throw DomainError.badInput('arguments', `unknown option --${match[1]} (${USAGE})`);
    const value = match[2] ?? (SWITCHES.includes(name) ? 'true' : args[++i]);
    if (value === undefined) throw DomainError.badInput(name, `--${name} needs a value (${USAGE})`);
    flags[name] = value;
  }
  return flags;
}

function describe(summary: ExportSummary): string {
  const parts = Object.entries(summary).map(([step, rows]) => `${rows} ${step}`);
  return parts.length > 0 ? parts.join(', ') : 'nothing';
}

/**
 * `npm run export -- --format F --out PATH`: streams the graph out, a page at a time, into a file
 * (a folder of tables for CSV) that appears only once it is complete. Progress goes to stderr.
 */
async function main(args: string[]): Promise<void> {
  const prepared = await runOffline(() => {
    const flags = parseFlags(args);
    const raw: RawExportOptions = { ...flags };
    if (flags.format === undefined) throw DomainError.badInput('format', `is required (${USAGE})`);
    const options = parseExportOptions(raw);
    const out = flags.out;
    if (out === undefined || out === '') throw DomainError.badInput('out', `is required (${USAGE})`);
    const output = options.format === 'csv' ? folderOutput(out) : fileOutput(out);
    return { options, out, output };
  });
  if (!prepared) return;
  const { options, out, output } = prepared.value;
  let committed = false;
  await runCommand(async (app) => {
    const service = app.get(ExportService);
    const progress = exportProgressReporter();
    const started = Date.now();
    await service.checkFilter(options);
    const summary =
      options.format === 'csv'
        ? await service.exportCsvFolder(options, (name) => output.open(name), progress.report)
        : await service.export(options, output.open(), progress.report);
    progress.finish();
    output.commit();
    committed = true;
    const graphical = options.format === 'graphml' || options.format === 'gexf';
    const what = graphical ? `${options.format} ${options.graph}` : options.format;
    const line = `exported ${what} to ${out === '-' ? 'standard output' : out}: ${describe(summary)} in ${Date.now() - started} ms\n`;
    (out === '-' ? process.stderr : process.stdout).write(line);
  });
  if (!committed) output.abort();
}

void main(process.argv.slice(2));
