/** Progress of long work on stderr: one updating line on a terminal, a line per finished step otherwise. */
export function progressReporter(stream: NodeJS.WriteStream = process.stderr) {
  return (step: string, done: number, total: number): void => {
    const line = `[import] ${step}: ${done}/${total}`;
    if (stream.isTTY) stream.write(`\r${line.padEnd(60)}${done === total ? '\n' : ''}`);
    else if (done === total) stream.write(`${line}\n`);
  };
}
