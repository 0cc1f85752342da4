import 'server-only';
import { NextResponse } from 'next/server';
import { z, ZodError } from 'zod';
import { ConflictError, NotFoundError } from '../domain/errors';

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

/** Wraps a route handler so thrown ZodErrors, NotFoundErrors and ConflictErrors become 400s, 404s and 409s. */
export function handle<Args extends unknown[]>(
  handler: (...args: Args) => Promise<Response>,
): (...args: Args) => Promise<Response> {
  return async (...args: Args) => {
    try {
      return await handler(...args);
    } catch (error) {
      return errorResponse(error);
    }
  };
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
