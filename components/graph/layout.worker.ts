// Runs the force layout off the main thread, so a large view never freezes the page.
import { forceLayout, type LayoutRequest } from './layout';

self.onmessage = (event: MessageEvent<LayoutRequest & { id: number }>) => {
  const { id, ...request } = event.data;
  // When the worker worked, on the shared clock (epoch ms), for the page's timeline.
  const started = performance.timeOrigin + performance.now();
  try {
    const positions = forceLayout(request);
    self.postMessage({ id, positions, ran: [started, performance.timeOrigin + performance.now()] });
  } catch (error) {
    self.postMessage({ id, error: (error as Error).message });
  }
};
