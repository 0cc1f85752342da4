import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { ApiRequestError, fetchJson, sendJson } from './fetch-json';

const realFetch = globalThis.fetch;
const answer = (status: number, body?: unknown) => {
  const calls: RequestInit[] = [];
  globalThis.fetch = async (_input, init) => {
    calls.push(init ?? {});
    return new Response(body === undefined ? null : JSON.stringify(body), {
      status,
      statusText: status === 500 ? 'Internal Server Error' : '',
    });
  };
  return calls;
};

describe('fetchJson and sendJson', () => {
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it('returns the JSON answer, and undefined for 204', async () => {
    answer(200, { ok: 1 });
    assert.deepEqual(await fetchJson('/api/x'), { ok: 1 });
    answer(204);
    assert.equal(await sendJson('/api/x', 'DELETE'), undefined);
  });

  it('sends a JSON body with its content type', async () => {
    const calls = answer(201, {});
    await sendJson('/api/x', 'POST', { a: 1 });
    assert.equal(calls[0]?.method, 'POST');
    assert.equal(calls[0]?.body, '{"a":1}');
    assert.deepEqual(calls[0]?.headers, { 'content-type': 'application/json' });
  });

  it('throws an ApiRequestError with the status, the server message and the field', async () => {
    answer(400, { error: 'Invalid count: too big', field: 'count', issues: [{ field: 'count', message: 'too big' }] });
    const error = await sendJson('/api/x', 'POST', {}).catch((caught: unknown) => caught);
    assert.ok(error instanceof ApiRequestError);
    assert.equal(error.status, 400);
    assert.equal(error.message, 'Invalid count: too big');
    assert.equal(error.field, 'count');
    assert.deepEqual(error.messagesFor('count'), ['too big']);
  });

  it('falls back to the status line when the answer is not JSON', async () => {
    globalThis.fetch = async () => new Response('<html>', { status: 500, statusText: 'Internal Server Error' });
    await assert.rejects(
      fetchJson('/api/x'),
      (error: unknown) =>
        error instanceof ApiRequestError && error.status === 500 && error.message === '500 Internal Server Error',
    );
  });
});
