import 'server-only';
import type { Neighbourhood } from '@/lib/graph/explore-types';
import { viewElements } from '@/lib/graph/to-elements';
import { forceLayout, type Positions } from './layout';
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
  // Let the page's shell go out first: the layout is a few hundred ms of synchronous work.
  await new Promise((resolve) => setImmediate(resolve));
  const request = layoutRequestOf(viewElements([neighbourhood], dismissed, focusId), focusId);
  const positions: Positions = {};
  for (const [id, p] of Object.entries(forceLayout(request))) {
    positions[id] = { x: Math.round(p.x * 100) / 100, y: Math.round(p.y * 100) / 100 };
  }
  return { signature: layoutSignature(request), positions };
}
