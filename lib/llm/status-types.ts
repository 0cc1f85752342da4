/** What the app shows about the LLM endpoint (shared by the route handler and the browser). */
export type LlmStatus =
  | { state: 'not_configured'; message: string }
  | { state: 'invalid'; message: string }
  | {
      state: 'ready' | 'stub' | 'unreachable';
      baseUrl: string;
      models: Record<'extract' | 'select' | 'synthesize' | 'answer', string | null>;
      /** Models the endpoint lists (when reachable). */
      available: string[];
      error?: string;
      checkedAt: string;
    };
