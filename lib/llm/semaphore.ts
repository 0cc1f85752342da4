import 'server-only';

/** A counting semaphore: at most `limit` holders at once, waiters served in order. */
export class Semaphore {
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(readonly limit: number) {}

  /** Runs `task` once a permit is free and releases the permit when it settles. */
  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.active += 1;
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      // The permit passes straight to the next waiter, so `active` is unchanged.
      if (next) next();
      else this.active -= 1;
    }
  }
}

const perEndpoint = new Map<string, Semaphore>();

/** The one semaphore of an endpoint (base URL) at a given limit, shared by every caller in the process. */
export function endpointSemaphore(baseUrl: string, limit: number): Semaphore {
  const key = `${baseUrl}#${limit}`;
  let semaphore = perEndpoint.get(key);
  if (!semaphore) {
    semaphore = new Semaphore(limit);
    perEndpoint.set(key, semaphore);
  }
  return semaphore;
}
