import 'server-only';
import { NextResponse } from 'next/server';
import { errorResponse } from '../api/respond';
import { ConflictError } from './errors';

/** Like lib/api/respond's handle, plus 409 with the conflict's detail for a stale version. */
export function handleReview<Args extends unknown[]>(handler: (...args: Args) => Promise<Response>): (...args: Args) => Promise<Response> {
  return async (...args: Args) => {
    try {
      return await handler(...args);
    } catch (error) {
      if (error instanceof ConflictError) return NextResponse.json({ error: error.message, conflict: error.detail }, { status: 409 });
      return errorResponse(error);
    }
  };
}
