// The rows of the benchmarks' own queries (cypher/bench/): see lib/db/rows.ts.
import type { NoRows } from '../../lib/db/rows';

declare module '../../lib/db/rows' {
  interface QueryRows {
    'bench/ceiling-clear': NoRows;
    'bench/ceiling-nodes': { nodeId: string };
    'bench/ceiling-relationships': NoRows;
    'bench/clear-synthesis': NoRows;
    'bench/densest-element': { id: string; degree: number };
    'bench/naive-candidates': { candidates: number; secondStepMass: number };
    'bench/naive-neighbourhood': { edges: number };
  }
}
