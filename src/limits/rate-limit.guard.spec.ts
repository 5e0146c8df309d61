import { ExecutionContext } from '@nestjs/common';
import { DomainError } from '../common/domain-error';
import { AppConfig } from '../config/app-config';
import { RateLimitGuard } from './rate-limit.guard';

/** An HTTP request from `ip`; `headers` collects what the guard sets on the response. */
function request(ip: string, headers: Record<string, string> = {}): ExecutionContext {
  const res = { setHeader: (name: string, value: string) => (headers[name] = value) };
  return {
    getType: () => 'http',
    switchToHttp: () => ({ getRequest: () => ({ ip }), getResponse: () => res }),
  } as unknown as ExecutionContext;
}

function refusal(guard: RateLimitGuard, context: ExecutionContext): string | null {
  try {
    guard.canActivate(context);
    return null;
  } catch (error) {
    return (error as DomainError).code;
  }
}

describe('RateLimitGuard', () => {
  const MINUTE = Date.UTC(2026, 0, 1, 12, 0, 0);
  const guardFor = (ratePerMinute: number) =>
    new RateLimitGuard({ limits: { ratePerMinute } } as unknown as AppConfig);
  afterEach(() => jest.useRealTimers());

  it('lets a client make the limit of requests in a minute, then refuses it with Retry-After', () => {
    jest.useFakeTimers({ now: MINUTE });
    const guard = guardFor(3);
    const headers: Record<string, string> = {};
    expect([1, 2, 3].map(() => refusal(guard, request('10.0.0.1')))).toEqual([null, null, null]);
    expect(refusal(guard, request('10.0.0.1', headers))).toBe('TOO_MANY_REQUESTS');
    // 3 requests at 12:00:00: the estimate falls below 3 only in the next minute (3 × (1 − 1/60) at 12:01:01).
    expect(headers['Retry-After']).toBe('61');
    // Another client has its own count.
    expect(refusal(guard, request('10.0.0.2'))).toBeNull();
  });

  it('slides: half a minute into the next one, half of the previous minute still counts', () => {
    jest.useFakeTimers({ now: MINUTE + 20_000 });
    const guard = guardFor(3);
    [1, 2, 3].forEach(() => guard.canActivate(request('10.0.0.1')));
    jest.setSystemTime(MINUTE + 60_000 + 30_000);
    // 3 × 0.5 = 1.5 of the previous minute: 1.5 + 0 and 1.5 + 1 are below 3, 1.5 + 2 is not.
    expect([1, 2, 3].map(() => refusal(guard, request('10.0.0.1')))).toEqual([
      null,
      null,
      'TOO_MANY_REQUESTS',
    ]);
    // Two minutes later nothing counts any more.
    jest.setSystemTime(MINUTE + 180_000);
    expect([1, 2, 3].map(() => refusal(guard, request('10.0.0.1')))).toEqual([null, null, null]);
  });

  it('does not count refused requests', () => {
    jest.useFakeTimers({ now: MINUTE });
    const guard = guardFor(1);
    guard.canActivate(request('10.0.0.1'));
    for (let i = 0; i < 50; i++) refusal(guard, request('10.0.0.1'));
    jest.setSystemTime(MINUTE + 60_000 + 1_000);
    // Only the one request of the previous minute counts (1 × 59/60 < 1).
    expect(refusal(guard, request('10.0.0.1'))).toBeNull();
  });
});
