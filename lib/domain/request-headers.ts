/**
 * The request path and query ("/review?batch=b1"), set by proxy.ts on every request it passes on (never the
 * client's), for sign-in's return address.
 */
export const PATH_HEADER = 'x-scogen-path';
