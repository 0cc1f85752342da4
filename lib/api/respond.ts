import 'server-only';
import { NextResponse } from 'next/server';
import { z, ZodError } from 'zod';
import { ConflictError, NotFoundError } from '../domain/errors';
import { allows, type Access, type Actor } from '../domain/roles';
import { identify } from '../auth/actor';
import { getDriver } from '../db/driver';
import { BOOKMARK_COOKIE, BOOKMARK_HEADER, encodeBookmarks, parseBookmarks, withBookmarks } from '../db/bookmarks';

export interface ApiError {
  error: string;
  /** The first failing field, dotted ("limit", "counts.Knowledge"). */
  field?: string;
  issues?: Array<{ field: string; message: string }>;
}

function fieldOf(path: readonly PropertyKey[]): string {
  return path.map(String).join('.') || '(request)';
}

/** 400 for invalid input (naming the field), 404 for unknown resources, 409 for conflicts, 500 otherwise. */
export function errorResponse(error: unknown): NextResponse<ApiError> {
  if (error instanceof ZodError) {
    const issues = error.issues.map((issue) => ({ field: fieldOf(issue.path), message: issue.message }));
    const first = issues[0]!;
    return NextResponse.json(
      { error: `Invalid ${first.field}: ${first.message}`, field: first.field, issues },
      { status: 400 },
    );
  }
  if (error instanceof NotFoundError) return NextResponse.json({ error: error.message }, { status: 404 });
  if (error instanceof ConflictError)
    return NextResponse.json({ error: error.message, ...error.details }, { status: 409 });
  console.error(error);
  return NextResponse.json({ error: 'Internal error; see the server log.' }, { status: 500 });
}

const actors = new WeakMap<Request, Actor>();

/**
 * Wraps a route handler: first who is asking and whether their role allows `access` (401 signed out in team
 * mode, 403 for a weaker role; nothing runs then), then thrown ZodErrors, NotFoundErrors and ConflictErrors
 * become 400s, 404s and 409s. Every API route goes through here; tests/integration/route-access.test.ts
 * checks that each exported handler does.
 */
export function handle<Context = unknown>(
  access: Access,
  handler: (request: Request, context: Context) => Promise<Response>,
): (request: Request, context?: Context) => Promise<Response> {
  // Next always passes the context; tests call handlers of routes without parameters with the request alone.
  return async (request: Request, maybeContext?: Context) => {
    const { result, committed } = await withBookmarks(getDriver, incomingBookmarks(request), () =>
      guarded(request, maybeContext as Context),
    );
    return committed ? withCommittedBookmarks(result, committed, new URL(request.url).protocol === 'https:') : result;
  };

  async function guarded(request: Request, context: Context): Promise<Response> {
    try {
      if (access === 'public') return await handler(request, context);
      const { actor, mode } = await identify(request);
      if (!actor)
        return NextResponse.json(
          {
            error:
              mode === 'team'
                ? 'Sign in first: this app is in team mode (or the API token is unknown or revoked).'
                : 'Local mode answers only on a loopback host name; add a user to use team mode.',
          },
          { status: 401 },
        );
      if (!allows(actor.role, access))
        return NextResponse.json(
          { error: `This needs the ${access} role; ${actor.name} is a ${actor.role}.`, role: actor.role },
          { status: 403 },
        );
      actors.set(request, actor);
      return await handler(request, context);
    } catch (error) {
      return errorResponse(error);
    }
  }
}

/** The bookmarks of the caller's last write: the header (API clients) or the cookie (the browser). */
function incomingBookmarks(request: Request): string[] {
  const header = request.headers.get(BOOKMARK_HEADER);
  if (header) return parseBookmarks(header);
  const cookie = (request.headers.get('cookie') ?? '')
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${BOOKMARK_COOKIE}=`));
  return parseBookmarks(cookie?.slice(BOOKMARK_COOKIE.length + 1));
}

/**
 * Hands the bookmarks of this request's writes back, so the caller's next request reads them on any instance.
 * A response with immutable headers (a proxied fetch) is copied first.
 */
function withCommittedBookmarks(response: Response, committed: string[], secure: boolean): Response {
  const value = encodeBookmarks(committed);
  let out = response;
  try {
    out.headers.set(BOOKMARK_HEADER, value);
  } catch {
    out = new Response(response.body, response);
    out.headers.set(BOOKMARK_HEADER, value);
  }
  out.headers.append(
    'Set-Cookie',
    `${BOOKMARK_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Lax; Max-Age=3600${secure ? '; Secure' : ''}`,
  );
  return out;
}

/** Who made this request: only inside a handler wrapped by `handle` with a role (not 'public'). */
export function actorOf(request: Request): Actor {
  const actor = actors.get(request);
  if (!actor) throw new Error('actorOf() outside a handle() that required a role');
  return actor;
}

/** Parses URL search parameters with a zod schema (repeated keys become arrays). */
export function parseSearch<S extends z.ZodType>(schema: S, url: string | URL): z.infer<S> {
  const params = new URL(url).searchParams;
  const raw: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    raw[key] = values.length > 1 ? values : values[0]!;
  }
  return schema.parse(raw);
}

/** Parses a JSON body with a zod schema; malformed JSON is a 400 as well. */
export async function parseBody<S extends z.ZodType>(schema: S, request: Request): Promise<z.infer<S>> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new ZodError([{ code: 'custom', path: [], message: 'body must be valid JSON', input: undefined }]);
  }
  return schema.parse(body);
}
