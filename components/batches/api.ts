import type { ApiError } from '@/lib/api/respond';

/** A non-2xx answer of our API, with the field the server named (400) when there is one. */
export class ApiRequestError extends Error {
  override name = 'ApiRequestError';

  constructor(
    readonly status: number,
    readonly body: ApiError,
  ) {
    super(body.error);
  }

  /** The server's messages about one field ("count", "maxTokens" …). */
  messagesFor(field: string): string[] {
    return (this.body.issues ?? []).filter((issue) => issue.field === field).map((issue) => issue.message);
  }
}

/** Sends JSON to our API and returns the JSON answer (undefined for 204); a non-2xx answer throws an ApiRequestError. */
export async function sendJson<T>(url: string, method: 'POST' | 'PUT' | 'DELETE', body?: unknown): Promise<T> {
  const response = await fetch(url, {
    method,
    ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  });
  if (response.status === 204) return undefined as T;
  const json = (await response.json().catch(() => ({}))) as Partial<ApiError>;
  if (!response.ok) throw new ApiRequestError(response.status, { ...json, error: json.error ?? `${response.status} ${response.statusText}` });
  return json as T;
}
