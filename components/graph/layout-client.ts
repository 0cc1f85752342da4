// Runs Explore's layout on the page: small views on the main thread, larger ones in a Web Worker.
import { forceLayout, type LayoutRequest, type Positions } from './layout';

let nextLayoutId = 1;
/** Views up to this many nodes are laid out on the main thread (~0.3 s at 250); larger ones in the worker. */
const MAIN_THREAD_LAYOUT_MAX = 250;
let sharedWorker: Worker | null | undefined;

/** One layout worker per page, started early so its script is parsed before the data arrives. */
export function layoutWorker(): Worker | null {
  if (sharedWorker === undefined) {
    try {
      sharedWorker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      sharedWorker = null;
    }
  }
  return sharedWorker;
}

/** Lays out in the worker; rejects (and the caller falls back to the main thread) without one. */
function layoutInWorker(request: LayoutRequest): Promise<Positions> {
  return new Promise((resolve, reject) => {
    const worker = layoutWorker();
    if (!worker) {
      reject(new Error('no worker'));
      return;
    }
    const id = nextLayoutId++;
    const done = () => {
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
      clearTimeout(timer);
    };
    const onMessage = (event: MessageEvent<{ id: number; positions?: Positions; error?: string }>) => {
      if (event.data.id !== id) return;
      done();
      if (event.data.positions) resolve(event.data.positions);
      else reject(new Error(event.data.error ?? 'layout failed'));
    };
    const onError = (event: ErrorEvent) => {
      done();
      reject(new Error(event.message));
    };
    // A worker that never answers must not leave the view hidden: fall back after a while.
    const timer = setTimeout(() => {
      done();
      reject(new Error('layout worker timed out'));
    }, 20_000);
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
    worker.postMessage({ id, ...request });
  });
}

export function layout(request: LayoutRequest): Promise<Positions> {
  if (request.nodes.length <= MAIN_THREAD_LAYOUT_MAX) return Promise.resolve(forceLayout(request));
  return layoutInWorker(request).catch(() => forceLayout(request));
}
