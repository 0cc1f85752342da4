import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';
import type { BookmarkManager, Driver } from 'neo4j-driver';

/**
 * Read-your-own-writes across app instances (issue 17). Within one process every query shares the driver's
 * bookmark manager, so a read waits for this process's last commit. Across instances the browser carries its
 * last write's bookmarks in a cookie (API clients: a header); a request on any instance reads with them, so a
 * Neo4j cluster routes its reads to a member that has caught up with that write. One standalone server is
 * always caught up; the bookmarks then cost nothing.
 */
export const BOOKMARK_COOKIE = 'scogen-bookmarks';
export const BOOKMARK_HEADER = 'x-scogen-bookmarks';

/** Bookmarks are opaque server strings; a cookie holds a handful of them (one per database written). */
const MAX_BOOKMARKS = 8;
const MAX_BOOKMARK_LENGTH = 512;

/** The process-wide manager plus the request's incoming bookmarks; remembers what the request committed. */
class RequestBookmarks implements BookmarkManager {
  committed: string[] | null = null;

  constructor(
    private incoming: string[],
    private readonly shared: BookmarkManager,
  ) {}

  async getBookmarks(): Promise<Iterable<string>> {
    return new Set([...this.incoming, ...(await this.shared.getBookmarks())]);
  }

  async updateBookmarks(previous: Iterable<string>, next: Iterable<string>): Promise<void> {
    const replaced = new Set(previous);
    this.incoming = this.incoming.filter((bookmark) => !replaced.has(bookmark));
    this.committed = [...next];
    await this.shared.updateBookmarks(previous, next);
  }
}

const scope = new AsyncLocalStorage<RequestBookmarks>();

/** The manager every session and query of this process uses: the request's, or the driver's own. */
export function activeBookmarkManager(driver: Driver): BookmarkManager {
  return scope.getStore() ?? driver.executeQueryBookmarkManager;
}

/** Parses a cookie or header value; anything malformed counts as no bookmarks (never an error). */
export function parseBookmarks(value: string | null | undefined): string[] {
  if (!value) return [];
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed)) return [];
    return parsed
      .filter(
        (item): item is string => typeof item === 'string' && item.length > 0 && item.length <= MAX_BOOKMARK_LENGTH,
      )
      .slice(0, MAX_BOOKMARKS);
  } catch {
    return [];
  }
}

export function encodeBookmarks(bookmarks: readonly string[]): string {
  return Buffer.from(JSON.stringify(bookmarks.slice(0, MAX_BOOKMARKS)), 'utf8').toString('base64url');
}

/**
 * Runs `work` with `incoming` bookmarks (read from the request) and returns its result with the bookmarks its
 * writes committed, or null when it wrote nothing.
 */
export async function withBookmarks<R>(
  driver: () => Driver,
  incoming: string[],
  work: () => Promise<R>,
): Promise<{ result: R; committed: string[] | null }> {
  const manager = new RequestBookmarks(incoming, driver().executeQueryBookmarkManager);
  const result = await scope.run(manager, work);
  return { result, committed: manager.committed };
}
