import { DomainError } from '../common/domain-error';
import { EXIT_BAD_INPUT } from '../cli/run-command';

/**
 * Runs command-line work that needs no database (argument checks, `--check`), reporting errors
 * the way the database commands do: one line, or one line per problem, and exit code 2.
 */
export async function runOffline<T>(work: () => T | Promise<T>): Promise<{ value: T } | null> {
  try {
    return { value: await work() };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    if (error.problems.length > 1) {
      process.stderr.write(`error: ${error.problems.length} problems, nothing was written:\n`);
      for (const problem of error.problems) process.stderr.write(`  ${problem.field}: ${problem.message}\n`);
    } else {
      process.stderr.write(`error: ${error.message} (nothing was written)\n`);
    }
    process.exitCode = EXIT_BAD_INPUT;
    return null;
  }
}
