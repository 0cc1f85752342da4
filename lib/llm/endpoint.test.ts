import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { z } from 'zod';
import { chatJson } from './client';
import { probeEndpoint } from './probe';
import { startStub, type RunningStub } from '@/test-support/llm-stub/server';
import { stubTestConfig } from '@/test-support/llm-stub/test-config';

let stub: RunningStub;
before(async () => {
  stub = await startStub();
});
after(() => stub.close());

const answerSchema = z.object({
  title: z.string(),
  steps: z.array(z.string()).min(2),
  difficulty: z.enum(['easy', 'hard']),
  score: z.number().int(),
});

describe('endpoint handling', () => {
  it('recognizes the stub from its model list, and reports an unreachable endpoint', async () => {
    const probe = await probeEndpoint(stubTestConfig(stub.baseUrl));
    assert.deepEqual(probe, { reachable: true, isStub: true, models: ['scogen-stub'] });
    const down = await probeEndpoint(stubTestConfig('http://127.0.0.1:9/v1'), 500);
    assert.equal(down.reachable, false);
    assert.match(down.error ?? '', /cannot reach/);
  });

  it('answers any JSON schema with a schema-valid value', async () => {
    const { data } = await chatJson({
      task: 'answer',
      messages: [{ role: 'user', content: 'write a problem' }],
      schema: answerSchema,
      schemaName: 'generic_answer',
      config: stubTestConfig(stub.baseUrl),
    });
    assert.equal(data.steps.length, 2);
    assert.equal(data.difficulty, 'easy');
  });

  // Last in this file: the endpoint stays in JSON mode for the rest of the process.
  it('falls back to JSON mode once when the endpoint rejects json_schema, and remembers it', async () => {
    stub.configure({ fault: 'no_json_schema' });
    const request = {
      task: 'synthesize' as const,
      messages: [{ role: 'user' as const, content: 'write a problem' }],
      schema: answerSchema,
      schemaName: 'generic_answer',
      config: stubTestConfig(stub.baseUrl),
    };
    const first = await chatJson(request);
    assert.equal(first.usage.attempts, 2);
    assert.equal(first.data.steps.length, 2, 'the stub read the schema from the JSON-mode prompt');
    const second = await chatJson(request);
    assert.equal(second.usage.attempts, 1);
  });
});
