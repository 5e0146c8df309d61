import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { OPEN_PRINCIPAL } from '../auth/roles';
import { DomainError } from '../common/domain-error';
import { currentRequestContext } from '../common/request-context';
import { APP_CONFIG, AppConfig } from '../config/app-config';

const WINDOW_MS = 60_000;

/** One client's requests in the current fixed minute and the one before it. */
interface ClientWindows {
  start: number;
  current: number;
  previous: number;
}

/**
 * At most RATE_LIMIT_PER_MINUTE requests a minute per API key (per address when the server runs
 * open), over GraphQL root fields and HTTP routes together; runs after the AuthGuard, which names
 * the key. The last 60 seconds are estimated from two fixed minutes (the previous one weighted by
 * how much of it they still cover): constant time and memory per client, where a list of request
 * times would grow with the limit. Refused requests do not count.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  private readonly clients = new Map<string, ClientWindows>();
  private readonly limit: number;
  private lastSweep = Date.now();

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.limit = config.limits.ratePerMinute;
  }

  canActivate(context: ExecutionContext): boolean {
    const now = Date.now();
    const { req, res } = requestResponse(context);
    const windows = this.windowsOf(clientOf(req), now);
    if (estimate(windows, now) >= this.limit) {
      res?.setHeader('Retry-After', String(this.secondsUntilFree(windows, now)));
      throw new DomainError(
        'TOO_MANY_REQUESTS',
        'too many requests for this key: slow down and retry in a minute',
      );
    }
    windows.current += 1;
    return true;
  }

  private windowsOf(client: string, now: number): ClientWindows {
    const start = now - (now % WINDOW_MS);
    let windows = this.clients.get(client);
    if (!windows) {
      this.sweep(now);
      windows = { start, current: 0, previous: 0 };
      this.clients.set(client, windows);
    } else if (windows.start !== start) {
      windows.previous = start - windows.start === WINDOW_MS ? windows.current : 0;
      windows.current = 0;
      windows.start = start;
    }
    return windows;
  }

  /** Whole seconds until one more request would pass, if the client sends none meanwhile. */
  private secondsUntilFree(windows: ClientWindows, now: number): number {
    let seconds = 1;
    while (seconds < 2 * (WINDOW_MS / 1000) && estimate(windows, now + seconds * 1000) >= this.limit)
      seconds++;
    return seconds;
  }

  /** Forgets clients quiet for two minutes (at most once a minute), so addresses do not pile up. */
  private sweep(now: number): void {
    if (now - this.lastSweep < WINDOW_MS) return;
    this.lastSweep = now;
    for (const [client, windows] of this.clients) {
      if (now - windows.start >= 2 * WINDOW_MS) this.clients.delete(client);
    }
  }
}

/** The client's requests in the 60 seconds before `at`, as far as its two counted minutes tell. */
function estimate(windows: ClientWindows, at: number): number {
  const start = at - (at % WINDOW_MS);
  const covered = 1 - (at - start) / WINDOW_MS;
  if (start === windows.start) return windows.previous * covered + windows.current;
  if (start - windows.start === WINDOW_MS) return windows.current * covered;
  return 0;
}

function requestResponse(context: ExecutionContext): { req: Request; res: Response | undefined } {
  if (context.getType<GqlContextType>() === 'graphql') {
    const req = GqlExecutionContext.create(context).getContext<{ req: Request }>().req;
    return { req, res: req.res };
  }
  const http = context.switchToHttp();
  return { req: http.getRequest<Request>(), res: http.getResponse<Response>() };
}

function clientOf(req: Request): string {
  const principal = currentRequestContext()?.principal;
  if (principal && principal.name !== OPEN_PRINCIPAL.name) return `key:${principal.name}`;
  return `address:${String(req.ip)}`;
}
