/** The one way the page talks to the server: GraphQL over POST /graphql on the same origin. */

export type ApiErrorKind = 'unreachable' | 'http' | 'graphql';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly kind: ApiErrorKind,
    readonly code?: string,
  ) {
    super(message);
  }
}

const KEY = 'faultline-api-key';

/** The API key the user gave (kept for this tab only); none while the server runs open. */
export function apiKey(): string | null {
  return sessionStorage.getItem(KEY);
}

export function setApiKey(key: string): void {
  if (key) sessionStorage.setItem(KEY, key);
  else sessionStorage.removeItem(KEY);
}

export function authHeaders(): Record<string, string> {
  const key = apiKey();
  return key ? { authorization: `Bearer ${key}` } : {};
}

interface GraphQLBody<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...authHeaders() },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError(`Cannot reach the Faultline server at ${location.origin}.`, 'unreachable');
  }
  let body: GraphQLBody<T>;
  try {
    body = (await response.json()) as GraphQLBody<T>;
  } catch {
    throw new ApiError(`The server answered HTTP ${response.status} without a GraphQL answer.`, 'http');
  }
  const error = body.errors?.[0];
  if (error) throw new ApiError(error.message, 'graphql', error.extensions?.code);
  if (!response.ok || !body.data) throw new ApiError(`The server answered HTTP ${response.status}.`, 'http');
  return body.data;
}
