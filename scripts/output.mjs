// One-line messages for the project scripts: progress on stderr, failures as one line and exit 1.
export function log(scope, message) {
  process.stderr.write(`[${scope}] ${message}\n`);
}

export function fail(message, code = 1) {
  process.stderr.write(`error: ${message}\n`);
  process.exit(code);
}
