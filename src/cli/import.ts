import 'reflect-metadata';
import fs from 'node:fs';
import { DomainError } from '../common/domain-error';
import { DatasetsService } from '../datasets/datasets.service';
import { progressReporter } from './progress';
import { runCommand } from './run-command';

const USAGE = 'usage: npm run import -- <dataset.json>';

/** `npm run import -- <file>`: validates the whole file, then writes all of it in one transaction. */
async function main(args: string[]): Promise<void> {
  const file = args.find((arg) => !arg.startsWith('-'));
  await runCommand(async (app) => {
    if (!file) throw DomainError.badInput('file', `no dataset file given (${USAGE})`);
    if (!fs.existsSync(file)) throw DomainError.badInput('file', `${file} does not exist`);
    let dataset: unknown;
    try {
      dataset = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (error) {
      throw DomainError.badInput('file', `${file} is not valid JSON (${(error as Error).message})`);
    }
    const report = await app.get(DatasetsService).import(dataset, progressReporter());
    const kinds = Object.keys(report.created) as (keyof typeof report.created)[];
    const summary = kinds.map(
      (kind) => `${kind} ${report.created[kind]} new, ${report.unchanged[kind]} existing`,
    );
    process.stdout.write(`imported ${report.datasetId} from ${file}: ${summary.join('; ')}\n`);
  });
}

void main(process.argv.slice(2));
