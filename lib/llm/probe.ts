import 'server-only';
import { openaiClient } from './client';
import type { LlmConfig } from './config';
import { classifyRequestError } from './retry';

/** `owned_by` of the models the SCoGen test stub lists: the app's way to recognize the stub. */
export const STUB_OWNER = 'scogen-stub';

export interface EndpointProbe {
  reachable: boolean;
  /** True when the endpoint is this project's stub (its models are owned by "scogen-stub"). */
  isStub: boolean;
  models: string[];
  /** Why the endpoint did not answer, for the person reading the status. */
  error?: string;
}

/** Asks the endpoint for its models (GET /models), with a short timeout and no retries. */
export async function probeEndpoint(config: LlmConfig, timeoutMs = 5_000): Promise<EndpointProbe> {
  try {
    const page = await openaiClient(config).models.list({ timeout: Math.min(timeoutMs, config.timeoutMs) });
    const models = page.data;
    return {
      reachable: true,
      isStub: models.length > 0 && models.every((m) => m.owned_by === STUB_OWNER),
      models: models.map((m) => m.id),
    };
  } catch (error) {
    return { reachable: false, isStub: false, models: [], error: classifyRequestError(error).message };
  }
}

/** True when the configured endpoint answers as the SCoGen stub. */
export async function isStubEndpoint(config: LlmConfig): Promise<boolean> {
  return (await probeEndpoint(config)).isStub;
}
