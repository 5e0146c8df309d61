import 'reflect-metadata';
import { ApiKeysService } from '../auth/api-keys.service';
import { parseRole } from '../auth/roles';
import { DomainError } from '../common/domain-error';
import { runCommand } from './run-command';

const USAGE =
  'usage: npm run keys -- create --role reader|editor|admin --name NAME | list | revoke --name NAME';

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

/** `npm run keys -- create|list|revoke`: API keys; a new key's secret is printed once, never stored. */
async function main(args: string[]): Promise<void> {
  await runCommand(async (app) => {
    const keys = app.get(ApiKeysService);
    const [command] = args;
    if (command === 'create') {
      const role = parseRole(option(args, '--role') ?? '');
      if (!role) throw DomainError.badInput('role', `give --role reader, editor or admin (${USAGE})`);
      const name = option(args, '--name');
      if (!name) throw DomainError.badInput('name', `give --name NAME (${USAGE})`);
      const { key, secret } = await keys.create(name, role);
      process.stdout.write(`${secret}\n`);
      process.stderr.write(
        `created ${key.role} key "${key.name}": the secret above is shown only now; store it safely\n`,
      );
    } else if (command === 'list') {
      for (const key of await keys.list()) {
        const state = key.revokedAt ? `revoked ${key.revokedAt.toISOString()}` : 'active';
        process.stdout.write(
          `${key.name}\t${key.role}\t${key.prefix}…\t${key.createdAt.toISOString()}\t${state}\n`,
        );
      }
    } else if (command === 'revoke') {
      const name = option(args, '--name');
      if (!name) throw DomainError.badInput('name', `give --name NAME (${USAGE})`);
      await keys.revoke(name);
      process.stderr.write(`revoked key "${name}" (servers stop accepting it within 5 s)\n`);
    } else {
      throw DomainError.badInput('command', USAGE);
    }
  });
}

void main(process.argv.slice(2));
