// Runs the force layout off the main thread, so a large view never freezes the page.
import { forceLayout, type LayoutRequest } from './layout';

self.onmessage = (event: MessageEvent<LayoutRequest & { id: number }>) => {
  const { id, ...request } = event.data;
  try {
    self.postMessage({ id, positions: forceLayout(request) });
  } catch (error) {
    self.postMessage({ id, error: (error as Error).message });
  }
};
