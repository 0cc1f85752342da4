import 'server-only';
import { EnvError } from '../env';
import { llmConfig } from './config';
import { probeEndpoint } from './probe';
import type { LlmStatus } from './status-types';

const CACHE_MS = 15_000;
let cached: { at: number; key: string; status: LlmStatus } | undefined;

/** The configured endpoint, whether it answers, and whether it is the stub (probed at most every 15 s). */
export async function llmStatus(): Promise<LlmStatus> {
  let settings;
  try {
    settings = llmConfig();
  } catch (error) {
    if (error instanceof EnvError) return { state: 'invalid', message: error.message };
    throw error;
  }
  if (!settings.configured) return { state: 'not_configured', message: settings.message };
  const { config } = settings;
  const key = JSON.stringify([config.baseUrl, config.models]);
  if (cached && cached.key === key && Date.now() - cached.at < CACHE_MS) return cached.status;
  const probe = await probeEndpoint(config, 3_000);
  const status: LlmStatus = {
    state: !probe.reachable ? 'unreachable' : probe.isStub ? 'stub' : 'ready',
    baseUrl: config.baseUrl,
    models: {
      extract: config.models.extract ?? null,
      select: config.models.select ?? null,
      synthesize: config.models.synthesize ?? null,
      answer: config.models.answer ?? null,
    },
    available: probe.models,
    ...(probe.error ? { error: probe.error } : {}),
    checkedAt: new Date().toISOString(),
  };
  cached = { at: Date.now(), key, status };
  return status;
}
