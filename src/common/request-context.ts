import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** What one request carries through async calls: its id for logs and its database query count. */
export interface RequestContext {
  requestId: string;
  queryCount: number;
  /** Who made the request, once authenticated (name and role of the API key). */
  principal?: { name: string; role: string };
  /** The operation being served (a GraphQL root field, or a CLI command), for the audit trail. */
  operation?: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

export function runWithRequestContext<T>(context: Partial<RequestContext>, work: () => T): T {
  return storage.run({ ...context, requestId: context.requestId || randomUUID(), queryCount: 0 }, work);
}

export function currentRequestContext(): RequestContext | undefined {
  return storage.getStore();
}

/**
 * Makes `context` the current one for the rest of this async chain. Used where the framework
 * calls us instead of letting us wrap the work (Apollo's context function).
 */
export function enterRequestContext(requestId: string | undefined): RequestContext {
  const context = { requestId: requestId || randomUUID(), queryCount: 0 };
  storage.enterWith(context);
  return context;
}
