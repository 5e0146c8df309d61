import { LoggerService } from '@nestjs/common';
import { currentRequestContext } from './request-context';

type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** Structured logs: one JSON object a line, with the request id when there is one. */
export class JsonLogger implements LoggerService {
  constructor(private readonly minLevel: Level = 'info') {}

  log(message: unknown, context?: string): void {
    this.write('info', message, context);
  }
  error(message: unknown, traceOrContext?: string, context?: string): void {
    this.write('error', message, context ?? traceOrContext);
  }
  warn(message: unknown, context?: string): void {
    this.write('warn', message, context);
  }
  debug(message: unknown, context?: string): void {
    this.write('debug', message, context);
  }
  verbose(message: unknown, context?: string): void {
    this.write('debug', message, context);
  }

  private write(level: Level, message: unknown, context?: string): void {
    if (ORDER[level] < ORDER[this.minLevel]) return;
    const fields = typeof message === 'object' && message !== null ? message : { msg: String(message) };
    const entry = {
      time: new Date().toISOString(),
      level,
      context,
      requestId: currentRequestContext()?.requestId,
      ...fields,
    };
    (level === 'error' || level === 'warn' ? process.stderr : process.stdout).write(
      `${JSON.stringify(entry)}\n`,
    );
  }
}
