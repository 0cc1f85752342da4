import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { forgetServerEnv } from '../env';
import { llmStatus } from './status';
import { startStub, type RunningStub } from '@/test-support/llm-stub/server';

const LLM_VARIABLES = Object.keys(process.env).filter((name) => name.startsWith('LLM_'));

describe('llmStatus', () => {
  let stub: RunningStub;
  const saved = { ...process.env };
  before(async () => {
    stub = await startStub();
    for (const name of LLM_VARIABLES) delete process.env[name];
    forgetServerEnv();
  });
  after(() => {
    stub.close();
    Object.assign(process.env, saved);
    forgetServerEnv();
  });

  it('says exactly what to set when nothing is configured', async () => {
    const status = await llmStatus();
    assert.equal(status.state, 'not_configured');
    if (status.state === 'not_configured') assert.match(status.message, /Set LLM_BASE_URL/);
  });

  it('recognizes the stub and lists the models per task', async () => {
    Object.assign(process.env, {
      LLM_BASE_URL: stub.baseUrl,
      LLM_MODEL: 'scogen-stub',
      LLM_MODEL_ANSWER: 'other-model',
    });
    forgetServerEnv(); // the environment is parsed once per process; this test changes it on purpose
    const status = await llmStatus();
    assert.equal(status.state, 'stub');
    if (status.state !== 'stub') return;
    assert.equal(status.models.extract, 'scogen-stub');
    assert.equal(status.models.answer, 'other-model');
    assert.ok(status.available.includes('scogen-stub'));
  });

  it('reports an endpoint that does not answer, and a bad value by name', async () => {
    Object.assign(process.env, { LLM_BASE_URL: 'http://127.0.0.1:9/v1', LLM_MODEL: 'm' });
    forgetServerEnv();
    const status = await llmStatus();
    assert.equal(status.state, 'unreachable');
    process.env.LLM_CONCURRENCY = 'lots';
    forgetServerEnv();
    const invalid = await llmStatus();
    assert.equal(invalid.state, 'invalid');
    if (invalid.state === 'invalid') assert.match(invalid.message, /LLM_CONCURRENCY/);
    delete process.env.LLM_CONCURRENCY;
    forgetServerEnv();
  });
});
