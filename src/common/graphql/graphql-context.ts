import DataLoader from 'dataloader';
import type { Request, Response } from 'express';
import { enterRequestContext, RequestContext } from '../request-context';

/** What every resolver gets as context: the request and its lazily created batch loaders. */
export interface GraphQLContext {
  req: Request;
  request: RequestContext;
  loaders: Map<string, DataLoader<unknown, unknown>>;
}

/** Apollo's context function: a request id (the client's X-Request-Id or a new one) and fresh loaders. */
export function createGraphQLContext({ req, res }: { req: Request; res: Response }): GraphQLContext {
  const header = req.header('x-request-id');
  const request = enterRequestContext(header && header.length <= 100 ? header : undefined);
  res.setHeader('x-request-id', request.requestId);
  return { req, request, loaders: new Map() };
}

/**
 * One DataLoader per request and key: nested fields of a list are fetched in one query per level
 * (no N+1). `key` must include every argument that changes the answer (e.g. asOf).
 */
export function requestLoader<K, V>(
  context: GraphQLContext,
  key: string,
  batch: (keys: readonly K[]) => Promise<V[]>,
): DataLoader<K, V> {
  let loader = context.loaders.get(key) as DataLoader<K, V> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V>(batch, { maxBatchSize: 5000 });
    context.loaders.set(key, loader as DataLoader<unknown, unknown>);
  }
  return loader;
}

/** Orders batch results to match the keys, as DataLoader requires. */
export function byKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K, missing: V | null = null) {
  const map = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => map.get(key) ?? missing) as V[];
}

/** Groups batch results per key (one-to-many), as DataLoader requires. */
export function groupByKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return keys.map((key) => groups.get(key) ?? []);
}
