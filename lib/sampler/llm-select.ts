import 'server-only';
import { chatJson, type ChatJsonRequest } from '../llm/client';
import type { LlmConfig } from '../llm/config';
import { LlmError } from '../llm/errors';
import type { LlmUsage } from '../llm/usage';
import type { Combination, PreparedScenario } from '../sampling/combination';
import type { FeatureCounts } from '../sampling/complexity';
import { resolvePicks, selectionMenu, selectionMessage, type SelectionMenu } from '../sampling/llm-selection';
import { promptRequest } from '../llm/prompt-request';
import { SELECTION_SCHEMA_NAME, selectionReplySchema, type SelectionReply } from '../llm/schemas';

/** How the llm strategy chose a combination: its pick, or the random draw and why. */
export interface SelectionRecord {
  by: 'llm' | 'random';
  /** The LLM's reason for its pick, or why it fell back to random. */
  reason: string;
}

export interface LlmPick {
  combination: Combination;
  selection: SelectionRecord;
  usage?: LlmUsage;
}

export interface PickOptions {
  config: LlmConfig;
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

/**
 * The llm strategy of SPEC.md §4: the LLM sees the scenario and the top candidates per type and
 * picks a subset; picks outside the candidates (or of the wrong size) are rejected and the item
 * falls back to its random draw, recording why. An aborted call is not a fallback: it rethrows.
 */
export async function pickWithLlm(
  prepared: PreparedScenario,
  counts: FeatureCounts,
  randomDraw: Combination,
  options: PickOptions,
): Promise<LlmPick> {
  const menu = selectionMenu(prepared, counts);
  if (menu.shown.length === 0)
    return {
      combination: randomDraw,
      selection: { by: 'random', reason: 'the scenario has no candidates to choose from' },
    };
  try {
    const result = await chatJson({
      ...selectionRequest(menu),
      config: options.config,
      signal: options.signal,
      headers: options.headers,
    });
    const outcome = resolvePicks(menu, result.data.picks);
    if (!outcome.ok)
      return {
        combination: randomDraw,
        selection: { by: 'random', reason: `the LLM's pick was rejected: ${outcome.reason}` },
        usage: result.usage,
      };
    return {
      combination: outcome.combination,
      selection: { by: 'llm', reason: result.data.reason },
      usage: result.usage,
    };
  } catch (error) {
    if (!(error instanceof LlmError) || options.signal?.aborted) throw error;
    return {
      combination: randomDraw,
      selection: { by: 'random', reason: `the selection call failed (${error.failureClass}): ${error.message}` },
      usage: error.usage,
    };
  }
}

/** The select step's request: the scenario and the candidate menu, against prompts/select.md. */
export function selectionRequest(menu: SelectionMenu): ChatJsonRequest<SelectionReply> {
  return promptRequest('select', 'select', selectionMessage(menu), selectionReplySchema, SELECTION_SCHEMA_NAME, 0.2);
}
