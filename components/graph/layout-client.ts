// Runs Explore's layout on the page: in a Web Worker started as soon as this module loads, so the
// layout of a shared link runs while Cytoscape is still loading; on the main thread without one.
import type { GraphElement } from '@/lib/graph/to-elements';
import type { LayoutRequest, Positions } from './layout';

let nextLayoutId = 1;
let sharedWorker: Worker | null | undefined;

/** One layout worker per page, started early so its script is loaded and parsed before the data arrives. */
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

/** The layout input of a whole view, from its elements alone (no Cytoscape needed). */
export function layoutRequestOf(elements: readonly GraphElement[], centre?: string | null): LayoutRequest {
  const request: LayoutRequest = { nodes: [], edges: [] };
  for (const e of elements) {
    if (e.group === 'nodes') request.nodes.push({ id: e.data.id, size: Number(e.data.size) || 20 });
    else request.edges.push({ source: e.data.source!, target: e.data.target!, weight: Number(e.data.weight) || 1 });
  }
  if (centre) request.centre = centre;
  return request;
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
    const onMessage = (
      event: MessageEvent<{ id: number; positions?: Positions; error?: string; ran?: [number, number] }>,
    ) => {
      if (event.data.id !== id) return;
      done();
      const ran = event.data.ran;
      if (ran) {
        // bench:explore's timeline: when the worker computed this layout.
        performance.mark('explore:worker-start', { startTime: ran[0] - performance.timeOrigin });
        performance.mark('explore:worker-end', { startTime: ran[1] - performance.timeOrigin });
      }
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

function onMainThread(request: LayoutRequest): Promise<Positions> {
  return import('./layout').then((m) => m.forceLayout(request));
}

/** Layouts asked for or under way, by their exact input: the page asks early, the canvas asks again. */
const recent = new Map<string, Promise<Positions>>();
const RECENT_MAX = 4;

function keyOf(request: LayoutRequest): string {
  const fixed = request.fixed ? JSON.stringify(request.fixed) : '';
  return JSON.stringify([request.centre ?? '', request.nodes, request.edges, fixed]);
}

/** A short fingerprint of a layout's input (FNV-1a of its key), to tell whether a layout made elsewhere fits. */
export function layoutSignature(request: LayoutRequest): string {
  const key = keyOf(request);
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i += 1) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${(hash >>> 0).toString(16)}:${key.length}`;
}

/** A layout the server computed while rendering a shared link, with the signature of its input. */
export interface ServerLayout {
  signature: string;
  positions: Positions;
}

function remember(key: string, running: Promise<Positions>): Promise<Positions> {
  recent.set(key, running);
  if (recent.size > RECENT_MAX) recent.delete(recent.keys().next().value!);
  // A failed layout is not kept, so asking again tries again.
  running.catch(() => recent.delete(key));
  return running;
}

const compute = (request: LayoutRequest) => layoutInWorker(request).catch(() => onMainThread(request));

/** Lays a view out (the same input gets the same promise, so a layout started early is not run twice). */
export function layout(request: LayoutRequest): Promise<Positions> {
  const key = keyOf(request);
  return recent.get(key) ?? remember(key, compute(request));
}

let earlyView: string | null = null;

/**
 * Starts the first layout of a view (by its key) before the canvas asks for it; later calls for the
 * view do nothing. With the server's layout of a shared link (streamed in after the page), that one is
 * used when it was made from the same input; otherwise the worker computes it.
 */
export function layoutEarly(
  viewKey: string,
  request: () => LayoutRequest,
  server?: PromiseLike<ServerLayout | null> | null,
): void {
  if (typeof window === 'undefined' || viewKey === earlyView) return;
  earlyView = viewKey;
  const input = request();
  const key = keyOf(input);
  if (recent.has(key)) return;
  if (!server) {
    remember(key, compute(input)).catch(() => {});
    return;
  }
  const signature = layoutSignature(input);
  remember(
    key,
    Promise.resolve(server).then(
      (made) => (made && made.signature === signature ? made.positions : compute(input)),
      () => compute(input),
    ),
  ).catch(() => {});
}

// Start the worker while the page hydrates: its script then loads beside Cytoscape's.
if (typeof window !== 'undefined' && typeof Worker !== 'undefined') layoutWorker();
