import 'server-only';
import { parseLlmConfig, type LlmConfig } from '@/lib/llm/config';

/** A configuration for tests against the stub: tiny backoff and wait cap so nothing really sleeps. */
export function stubTestConfig(baseUrl: string, overrides: Record<string, string> = {}): LlmConfig {
  const settings = parseLlmConfig({
    LLM_BASE_URL: baseUrl,
    LLM_MODEL: 'scogen-stub',
    LLM_RETRY_BASE_MS: '1',
    LLM_MAX_RETRY_WAIT_MS: '50',
    LLM_MAX_RETRIES: '2',
    LLM_TIMEOUT_MS: '2000',
    ...overrides,
  });
  if (!settings.configured) throw new Error('stub test config is not configured');
  return settings.config;
}
