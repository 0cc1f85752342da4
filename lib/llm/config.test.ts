import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EnvError } from '../env';
import { missingModelMessage, NOT_CONFIGURED_MESSAGE, OPENAI_BASE_URL, parseLlmConfig } from './config';

describe('parseLlmConfig', () => {
  it('is "not configured" without base URL and key, with a message naming what to set', () => {
    const settings = parseLlmConfig({ LLM_BASE_URL: '', LLM_API_KEY: ' ' });
    assert.deepEqual(settings, { configured: false, message: NOT_CONFIGURED_MESSAGE });
    for (const name of ['LLM_BASE_URL', 'LLM_API_KEY', 'LLM_MODEL', 'npm run llm:stub'])
      assert.ok(NOT_CONFIGURED_MESSAGE.includes(name), name);
  });

  it('applies defaults and the per-task model fallback', () => {
    const settings = parseLlmConfig({
      LLM_BASE_URL: 'http://127.0.0.1:11434/v1/',
      LLM_MODEL: 'qwen',
      LLM_MODEL_SYNTHESIZE: 'big',
    });
    assert.ok(settings.configured);
    const { config } = settings;
    assert.equal(config.baseUrl, 'http://127.0.0.1:11434/v1');
    assert.deepEqual(config.models, {
      extract: 'qwen',
      select: 'qwen',
      synthesize: 'big',
      answer: 'qwen',
      verify: 'qwen',
    });
    assert.equal(config.structured, 'json_schema');
    assert.deepEqual(
      [config.concurrency, config.timeoutMs, config.maxRetries, config.maxRetryWaitMs],
      [8, 60_000, 4, 60_000],
    );
  });

  it('uses OpenAI when only a key is set, and leaves a task without a model unset', () => {
    const settings = parseLlmConfig({ LLM_API_KEY: 'sk-test', LLM_MODEL_EXTRACT: 'gpt-x' });
    assert.ok(settings.configured);
    assert.equal(settings.config.baseUrl, OPENAI_BASE_URL);
    assert.equal(settings.config.models.answer, undefined);
    assert.match(missingModelMessage('answer'), /LLM_MODEL_ANSWER or LLM_MODEL/);
  });

  it('names every bad variable and never echoes the key', () => {
    try {
      parseLlmConfig({
        LLM_BASE_URL: 'ftp://x',
        LLM_CONCURRENCY: 'many',
        LLM_TIMEOUT_MS: '0',
        LLM_STRUCTURED: 'xml',
        LLM_API_KEY: 'sk-secret',
      });
      assert.fail('expected an EnvError');
    } catch (error) {
      assert.ok(error instanceof EnvError);
      const names = error.problems.map((p) => p.split(':')[0]).sort();
      assert.deepEqual(names, ['LLM_BASE_URL', 'LLM_CONCURRENCY', 'LLM_STRUCTURED', 'LLM_TIMEOUT_MS']);
      assert.ok(!error.message.includes('sk-secret'));
    }
  });
});
