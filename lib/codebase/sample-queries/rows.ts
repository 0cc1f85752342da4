// The rows of the code sampler's queries (cypher/codebase/sample-*.cypher): see lib/db/rows.ts. (A rows.ts of its
// own so that lib/codebase/rows.ts, the core's, stays the lead's.)
import type { CodeApiRef } from '../sampling-math';

declare module '../../db/rows' {
  interface QueryRows {
    'codebase/sample-starts': { api: CodeApiRef };
    'codebase/sample-candidates': {
      api: CodeApiRef;
      calls: number;
      sharedModule: boolean;
      typeLinks: number;
      hops: number | null;
    };
    'codebase/sample-chain-links': {
      from: string;
      to: string;
      classKey: string;
      className: string;
      param: string | null;
      params: string | null;
    };
  }
}
