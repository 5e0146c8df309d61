import 'reflect-metadata';
import fs from 'node:fs';
import { BackupService } from '../backup/backup.service';
import { DomainError } from '../common/domain-error';
import { runCommand } from './run-command';

const USAGE = 'usage: npm run backup -- --out FILE | npm run restore -- FILE';

/** `npm run backup -- --out FILE` and `npm run restore -- FILE` (the whole graph and its audit trail). */
async function main(command: string | undefined, args: string[]): Promise<void> {
  await runCommand(async (app) => {
    const service = app.get(BackupService);
    if (command === 'backup') {
      const index = args.indexOf('--out');
      const out = index >= 0 ? args[index + 1] : undefined;
      if (!out) throw DomainError.badInput('out', `is required (${USAGE})`);
      const backup = await service.backup();
      const temporary = `${out}.partial`;
      try {
        fs.writeFileSync(temporary, JSON.stringify(backup));
      } catch (error) {
        throw DomainError.badInput('out', `cannot write ${out}: ${(error as Error).message}`);
      }
      fs.renameSync(temporary, out);
      process.stdout.write(`backed up the graph and ${backup.changes.length} audit entries to ${out}\n`);
    } else if (command === 'restore') {
      const file = args.find((arg) => !arg.startsWith('-'));
      if (!file || !fs.existsSync(file))
        throw DomainError.badInput('file', `${file ?? '(none)'} does not exist (${USAGE})`);
      let backup: unknown;
      try {
        backup = JSON.parse(fs.readFileSync(file, 'utf8'));
      } catch (error) {
        throw DomainError.badInput('file', `${file} is not valid JSON (${(error as Error).message})`);
      }
      await service.restore(backup);
      process.stdout.write(`restored the graph from ${file}\n`);
    } else {
      throw DomainError.badInput('command', USAGE);
    }
  });
}

void main(process.argv[2], process.argv.slice(3));
