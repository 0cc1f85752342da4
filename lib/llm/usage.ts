import 'server-only';

/** What one chatJson call cost: tokens over every attempt, the attempts made, model and prompt hash. */
export interface LlmUsage {
  promptTokens: number;
  completionTokens: number;
  totalTokens: number;
  /** HTTP requests sent, retries and the repair attempt included. */
  attempts: number;
  model: string;
  promptHash: string;
}

/** The token fields of an OpenAI-compatible `usage` object; servers may omit any of them. */
export interface CompletionUsage {
  prompt_tokens?: number | null;
  completion_tokens?: number | null;
  total_tokens?: number | null;
}

/** A fresh usage record for one call. */
export function emptyUsage(model: string, promptHash: string): LlmUsage {
  return { promptTokens: 0, completionTokens: 0, totalTokens: 0, attempts: 0, model, promptHash };
}

/** Adds one reply's usage to a call's usage, in place. */
export function addCompletionUsage(usage: LlmUsage, reply: CompletionUsage | null | undefined): void {
  const prompt = reply?.prompt_tokens ?? 0;
  const completion = reply?.completion_tokens ?? 0;
  usage.promptTokens += prompt;
  usage.completionTokens += completion;
  usage.totalTokens += reply?.total_tokens ?? prompt + completion;
}

/** Token and attempt totals of a run: every call, failed ones included. */
export class UsageTotals {
  calls = 0;
  failedCalls = 0;
  attempts = 0;
  promptTokens = 0;
  completionTokens = 0;
  totalTokens = 0;

  /** Adds one call; `failed` marks a call that ended in an LlmError. */
  add(usage: LlmUsage | undefined, failed = false): void {
    this.calls += 1;
    if (failed) this.failedCalls += 1;
    if (!usage) return;
    this.attempts += usage.attempts;
    this.promptTokens += usage.promptTokens;
    this.completionTokens += usage.completionTokens;
    this.totalTokens += usage.totalTokens;
  }

  toJSON(): {
    calls: number;
    failedCalls: number;
    attempts: number;
    promptTokens: number;
    completionTokens: number;
    totalTokens: number;
  } {
    const { calls, failedCalls, attempts, promptTokens, completionTokens, totalTokens } = this;
    return { calls, failedCalls, attempts, promptTokens, completionTokens, totalTokens };
  }
}
