import 'server-only';
import type { Neighbourhood } from '@/lib/graph/explore-types';
import { viewElements } from '@/lib/graph/to-elements';
import { forceLayoutSteps, type Positions } from './layout';
import { layoutRequestOf, layoutSignature, type ServerLayout } from './layout-client';

/**
 * The first layout of a shared link, computed on the server while the page streams and hydrates:
 * the browser's layout worker can start only after hydration, so a large view would otherwise wait
 * for it. The page uses it when its own input has the same signature (see layoutEarly).
 */
export async function serverLayout(
  neighbourhood: Neighbourhood,
  dismissed: readonly string[],
  focusId: string,
): Promise<ServerLayout> {
  const request = layoutRequestOf(viewElements([neighbourhood], dismissed, focusId), focusId);
  // A few hundred ms of work at 500 nodes: done in steps, handing the event loop back between them
  // so the page's HTML and the rest of its payload stream out meanwhile.
  const steps = forceLayoutSteps(request);
  let step: IteratorResult<void, Positions>;
  do {
    await new Promise((resolve) => setImmediate(resolve));
    step = steps.next();
  } while (!step.done);
  const positions: Positions = {};
  for (const [id, p] of Object.entries(step.value)) {
    positions[id] = { x: Math.round(p.x * 100) / 100, y: Math.round(p.y * 100) / 100 };
  }
  return { signature: layoutSignature(request), positions };
}
