import { NextResponse, type NextRequest } from 'next/server';
import { parseEnvironment } from '@/lib/env-schema';
import { PATH_HEADER } from '@/lib/domain/request-headers';
import { checkRequest, contentSecurityPolicy, parseAllowedHosts, SECURITY_HEADERS } from '@/lib/api/request-guard';

// Next 16's proxy (formerly middleware): the one place that applies request hygiene and the security headers
// (issue 14). Every request passes here, pages, API routes and static files alike.

let allowedHosts: string[] | undefined;

function withSecurityHeaders(response: NextResponse, csp: string): NextResponse {
  response.headers.set('Content-Security-Policy', csp);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
  return response;
}

export function proxy(request: NextRequest): NextResponse {
  allowedHosts ??= parseAllowedHosts(parseEnvironment(process.env).ALLOWED_HOSTS);
  const dev = process.env.NODE_ENV === 'development';
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const csp = contentSecurityPolicy(nonce, dev);
  const rejection = checkRequest(
    { method: request.method, pathname: request.nextUrl.pathname, headers: request.headers },
    allowedHosts,
  );
  if (rejection) {
    const { status, ...body } = rejection;
    return withSecurityHeaders(NextResponse.json(body, { status }), csp);
  }
  // Next reads the nonce from the request's CSP header and puts it on its own scripts.
  const headers = new Headers(request.headers);
  headers.set('Content-Security-Policy', csp);
  headers.set('x-nonce', nonce);
  // For the sign-in redirect's return address (app/layout.tsx); always ours, never the client's.
  headers.set(PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  return withSecurityHeaders(NextResponse.next({ request: { headers } }), csp);
}

export const config = {
  // Everything: the Host check protects static files and GETs too (DNS rebinding reads as well as writes).
  matcher: '/:path*',
};
