import { ExportProgress } from './export-reader';

/**
 * Export progress on stderr: one updating line on a terminal; otherwise one line per finished
 * step (a step ends when the next starts, or at `finish`).
 */
export function exportProgressReporter(stream: NodeJS.WriteStream = process.stderr): {
  report: ExportProgress;
  finish: () => void;
} {
  let current: { step: string; done: number; total: number | null } | null = null;
  const line = (entry: { step: string; done: number; total: number | null }) =>
    `[export] ${entry.step}: ${entry.done}${entry.total === null ? '' : `/${entry.total}`}`;
  const close = () => {
    if (current === null) return;
    stream.write(stream.isTTY ? '\n' : `${line(current)}\n`);
    current = null;
  };
  return {
    report: (step, done, total) => {
      if (current !== null && current.step !== step) close();
      current = { step, done, total };
      if (stream.isTTY) stream.write(`\r${line(current).padEnd(60)}`);
    },
    finish: close,
  };
}
