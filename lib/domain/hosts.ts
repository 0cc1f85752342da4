// Host names: the Host allowlist (lib/api/request-guard.ts) and local mode's loopback rule (lib/auth) share them.

/** Loopback names, the default of ALLOWED_HOSTS. */
export const DEFAULT_ALLOWED_HOSTS = ['localhost', '127.0.0.1', '[::1]'] as const;

/** The host name of a Host header, lower-cased, without its port ("[::1]:3000" → "[::1]"); null when malformed. */
export function hostName(host: string | null): string | null {
  if (!host) return null;
  const value = host.trim().toLowerCase();
  if (value.startsWith('[')) {
    const end = value.indexOf(']');
    if (end < 0) return null;
    const rest = value.slice(end + 1);
    return rest === '' || /^:\d+$/.test(rest) ? value.slice(0, end + 1) : null;
  }
  const match = /^([^:/\s@]+)(?::\d+)?$/.exec(value);
  return match ? match[1]! : null;
}

/** ALLOWED_HOSTS ("a.example, 10.0.0.5, ::1") as normalised host names; the loopback names when unset. */
export function parseAllowedHosts(value: string | undefined): string[] {
  const names = (value ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean)
    .map((name) => (name.includes(':') && !name.startsWith('[') ? `[${name}]` : name));
  return names.length > 0 ? names : [...DEFAULT_ALLOWED_HOSTS];
}

/** Whether a normalised host name is a loopback one: localhost, 127.0.0.0/8 or [::1]. */
export function isLoopbackName(name: string | null): boolean {
  if (name === null) return false;
  return name === 'localhost' || name === '[::1]' || /^127(\.\d{1,3}){3}$/.test(name);
}
