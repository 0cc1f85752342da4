// Request hygiene for every request (issue 14), applied once by proxy.ts at the project root.
// No 'server-only' and no I/O: proxy.ts runs it, and unit tests call it with plain Headers.
import { MAX_UPLOAD_BYTES } from '../schemas/extraction';
import { hostName } from '../domain/hosts';

export { DEFAULT_ALLOWED_HOSTS, hostName, parseAllowedHosts } from '../domain/hosts';

export const MUTATING_METHODS: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** API routes whose body is not JSON, with the media types they take; every other API route takes application/json. */
export const UPLOAD_ROUTES: Readonly<Record<string, { types: readonly string[]; maxBytes: number }>> = {
  '/api/extraction/runs': { types: ['application/x-ndjson', 'application/jsonl'], maxBytes: MAX_UPLOAD_BYTES },
};

/** The media types a cross-site page can send without a CORS preflight (an HTML form or a no-cors fetch). */
const SIMPLE_TYPES = new Set(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']);

export interface Rejection {
  status: 403 | 413 | 415 | 421;
  error: string;
  /** For a 415: the media types the route takes. */
  expected?: string[];
}

function mediaType(contentType: string): string {
  return contentType.split(';')[0]!.trim().toLowerCase();
}

function hasBody(headers: Headers): boolean {
  const length = headers.get('content-length');
  if (headers.has('transfer-encoding')) return true;
  return length !== null && length.trim() !== '0';
}

/**
 * Same-origin check for a mutating request. The rule:
 * - `Sec-Fetch-Site`, when sent (every current browser sends it), must be `same-origin`; `same-site` (another
 *   port on localhost, a sibling subdomain) and `cross-site` are refused, and so is `none`;
 * - `Origin`, when sent (browsers always send it on cross-origin POST/PUT/PATCH/DELETE, fetch and forms alike),
 *   must be this request's own scheme-less origin: its host and port equal the Host header; `null` is refused;
 * - with neither header the client is not a browser that could be steered by another site (curl, our scripts),
 *   unless the body is of a type a cross-site page can send without a preflight (a form or a no-cors fetch:
 *   text/plain, urlencoded, multipart). Such a request is "unverifiable" and refused, even where the route
 *   would take that type. JSON and NDJSON bodies need a CORS preflight cross-origin, which this app never grants.
 */
export function checkOrigin(headers: Headers): Rejection | null {
  const site = headers.get('sec-fetch-site');
  if (site !== null && site.trim().toLowerCase() !== 'same-origin')
    return { status: 403, error: `Cross-origin request refused (Sec-Fetch-Site: ${site.slice(0, 40)}).` };
  const origin = headers.get('origin');
  if (origin !== null) {
    let parsed: URL | null = null;
    try {
      parsed = origin === 'null' ? null : new URL(origin);
    } catch {
      parsed = null;
    }
    if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:'))
      return { status: 403, error: 'Cross-origin request refused (the Origin is opaque or malformed).' };
    let own: string | null = null;
    try {
      own = new URL(`${parsed.protocol}//${headers.get('host') ?? ''}`).host;
    } catch {
      own = null;
    }
    if (own === null || parsed.host !== own)
      return { status: 403, error: `Cross-origin request refused (Origin ${parsed.origin} is not this app).` };
    return null;
  }
  if (site !== null) return null;
  const type = headers.get('content-type');
  if (type !== null && SIMPLE_TYPES.has(mediaType(type)))
    return {
      status: 403,
      error:
        'Unverifiable origin: a request without Origin or Sec-Fetch-Site must not carry a form or text/plain body.',
    };
  return null;
}

/** Media type and size check for a mutating API request: JSON everywhere, the upload routes' own types there. */
export function checkBody(pathname: string, headers: Headers): Rejection | null {
  const upload = UPLOAD_ROUTES[pathname.replace(/\/+$/, '')];
  const expected = upload ? [...upload.types] : ['application/json'];
  const type = headers.get('content-type');
  if (type === null || type.trim() === '') {
    if (!hasBody(headers)) return null;
    return { status: 415, error: `A request body needs Content-Type ${expected.join(' or ')}.`, expected };
  }
  const got = mediaType(type);
  if (!expected.includes(got))
    return {
      status: 415,
      error: `Unsupported Content-Type ${JSON.stringify(got.slice(0, 80))}: this route takes ${expected.join(' or ')}.`,
      expected,
    };
  const length = Number(headers.get('content-length') ?? '0');
  if (upload && Number.isFinite(length) && length > upload.maxBytes)
    return {
      status: 413,
      error: `The upload exceeds ${upload.maxBytes / 1024 / 1024} MB; use npm run extract for large files.`,
    };
  return null;
}

/**
 * Every check, in order: Host (421, every method: DNS rebinding reads as well as writes), then for
 * POST/PUT/PATCH/DELETE the origin (403) and, under /api, the body's media type (415) and upload size (413).
 */
export function checkRequest(
  request: { method: string; pathname: string; headers: Headers },
  allowedHosts: readonly string[],
): Rejection | null {
  const name = hostName(request.headers.get('host'));
  if (name === null || !allowedHosts.includes(name))
    return {
      status: 421,
      error: `Host ${JSON.stringify((request.headers.get('host') ?? '').slice(0, 100))} is not served here; add it to ALLOWED_HOSTS.`,
    };
  if (!MUTATING_METHODS.has(request.method.toUpperCase())) return null;
  const origin = checkOrigin(request.headers);
  if (origin) return origin;
  if (request.pathname === '/api' || request.pathname.startsWith('/api/'))
    return checkBody(request.pathname, request.headers);
  return null;
}

/** The Content-Security-Policy of a response, with this request's script nonce. */
export function contentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    // Next's inline bootstrap and its chunks carry the nonce; 'strict-dynamic' trusts what they load.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    // Server-rendered style="" attributes (React's style prop) cannot carry a nonce; style attributes cannot run script.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Headers set on every response. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
};
