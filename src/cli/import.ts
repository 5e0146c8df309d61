import 'reflect-metadata';
import fs from 'node:fs';
import { DomainError } from '../common/domain-error';
import { DatasetsService, ImportReport } from '../datasets/datasets.service';
import { CsvImportService } from '../interop/csv-import.service';
import { checkDataset, ImportFormat } from '../interop/dataset-check';
import { runOffline } from '../interop/offline-command';
import { progressReporter } from './progress';
import { runCommand } from './run-command';

const USAGE = 'usage: npm run import -- <dataset.json> | --format csv <folder> [--check]';

interface ImportArgs {
  format: ImportFormat;
  file: string | undefined;
  check: boolean;
}

/** `[--format json|csv] [--check] <file or folder>`. */
function parseArgs(args: string[]): ImportArgs {
  let format: string = 'json';
  let check = false;
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].split(/=(.*)/s, 2);
    if (flag === '--check') check = true;
    else if (flag === '--format') format = inline ?? args[++i] ?? '';
    else rest.push(args[i]);
  }
  if (format !== 'json' && format !== 'csv') {
    throw DomainError.badInput('format', `unknown format "${format}": use json or csv (${USAGE})`);
  }
  return { format, file: rest.find((arg) => !arg.startsWith('-')), check };
}

function summary(report: ImportReport, file: string): string {
  const kinds = Object.keys(report.created) as (keyof typeof report.created)[];
  const counts = kinds.map(
    (kind) => `${kind} ${report.created[kind]} new, ${report.unchanged[kind]} existing`,
  );
  return `imported ${report.datasetId} from ${file}: ${counts.join('; ')}\n`;
}

/**
 * `npm run import -- <file>`: validates the whole file, then writes all of it in one transaction.
 * `--format csv <folder>` does the same for a folder of CSV tables; `--check` only validates.
 */
async function main(args: string[]): Promise<void> {
  const parsed = await runOffline(() => parseArgs(args));
  if (!parsed) return;
  const { format, file, check } = parsed.value;
  if (check) {
    const checked = await runOffline(() => {
      if (!file) throw DomainError.badInput('file', `nothing to check given (${USAGE})`);
      return checkDataset(format, file);
    });
    if (checked) process.stdout.write(`${checked.value}\n`);
    return;
  }
  await runCommand(async (app) => {
    if (!file) throw DomainError.badInput('file', `no dataset file given (${USAGE})`);
    if (format === 'csv') {
      const report = await app.get(CsvImportService).import(file, progressReporter());
      process.stdout.write(summary(report, file));
      return;
    }
    if (!fs.existsSync(file)) throw DomainError.badInput('file', `${file} does not exist`);
    let dataset: unknown;
    try {
      dataset = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (error) {
      throw DomainError.badInput('file', `${file} is not valid JSON (${(error as Error).message})`);
    }
    const report = await app.get(DatasetsService).import(dataset, progressReporter());
    process.stdout.write(summary(report, file));
  });
}

void main(process.argv.slice(2));
