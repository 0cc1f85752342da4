import type { ApiError } from '@/lib/api/respond';

/** A non-2xx answer of our API: its status, the server's message and the field it named (400) when there is one. */
export class ApiRequestError extends Error {
  override name = 'ApiRequestError';

  constructor(
    readonly status: number,
    readonly body: ApiError,
  ) {
    super(body.error);
  }

  /** The first field the server rejected ("count", "counts.Knowledge" …), if any. */
  get field(): string | undefined {
    return this.body.field ?? this.body.issues?.[0]?.field;
  }

  /** The server's messages about one field. */
  messagesFor(field: string): string[] {
    return (this.body.issues ?? []).filter((issue) => issue.field === field).map((issue) => issue.message);
  }
}

/** Fetches JSON from our API (undefined for 204); a non-2xx answer throws an ApiRequestError with the server's message. */
export async function fetchJson<T>(input: string, init?: RequestInit): Promise<T> {
  const response = await fetch(input, init);
  if (response.status === 204) return undefined as T;
  const json = (await response.json().catch(() => ({}))) as Partial<ApiError>;
  // Team mode and the session is gone (expired, signed out in another tab, revoked): back to sign-in, then here.
  if (response.status === 401 && typeof window !== 'undefined' && !window.location.pathname.startsWith('/sign-in'))
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination -- a full load, to drop every cached query
    window.location.assign(`/sign-in?next=${encodeURIComponent(window.location.pathname + window.location.search)}`);
  if (!response.ok)
    throw new ApiRequestError(response.status, {
      ...json,
      error: json.error ?? `${response.status} ${response.statusText}`,
    });
  return json as T;
}

/** Sends a JSON body to our API with fetchJson. */
export function sendJson<T>(
  url: string,
  method: 'POST' | 'PUT' | 'DELETE',
  body?: unknown,
  init?: Pick<RequestInit, 'signal'>,
): Promise<T> {
  return fetchJson<T>(url, {
    ...init,
    method,
    ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  });
}
