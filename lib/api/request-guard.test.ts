import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkRequest, hostName, parseAllowedHosts } from './request-guard';

const HOSTS = parseAllowedHosts(undefined);

function check(method: string, pathname: string, headers: Record<string, string>) {
  return (
    checkRequest({ method, pathname, headers: new Headers({ host: 'localhost:3000', ...headers }) }, HOSTS)?.status ??
    null
  );
}

test('host names: ports dropped, IPv6 in brackets, malformed ones refused', () => {
  assert.equal(hostName('LocalHost:3000'), 'localhost');
  assert.equal(hostName('[::1]:3000'), '[::1]');
  assert.equal(hostName('127.0.0.1'), '127.0.0.1');
  assert.equal(hostName('evil.example:80@localhost'), null);
  assert.equal(hostName('[::1]x'), null);
  assert.equal(hostName(''), null);
  assert.deepEqual(parseAllowedHosts(' Studio.LAN, ::1 ,'), ['studio.lan', '[::1]']);
  assert.deepEqual(HOSTS, ['localhost', '127.0.0.1', '[::1]']);
});

test('a foreign Host is 421 for every method; an allowed one passes GETs', () => {
  assert.equal(check('GET', '/', { host: 'rebind.example:3000' }), 421);
  assert.equal(check('GET', '/api/stats', { host: '127.0.0.1.nip.io' }), 421);
  assert.equal(check('GET', '/api/stats', {}), null);
  assert.equal(check('GET', '/api/stats', { origin: 'http://evil.example', 'sec-fetch-site': 'cross-site' }), null);
});

test('mutations: same origin and JSON pass; cross-origin is 403, other media types 415', () => {
  const json = { 'content-type': 'application/json; charset=utf-8', 'content-length': '2' };
  assert.equal(
    check('POST', '/api/batches', { ...json, origin: 'http://localhost:3000', 'sec-fetch-site': 'same-origin' }),
    null,
  );
  assert.equal(check('POST', '/api/batches', json), null, 'curl and scripts send neither header');
  assert.equal(check('POST', '/api/batches', { ...json, origin: 'http://localhost:3001' }), 403);
  assert.equal(check('POST', '/api/batches', { ...json, 'sec-fetch-site': 'same-site' }), 403);
  assert.equal(check('DELETE', '/api/presets', { 'sec-fetch-site': 'none' }), 403);
  assert.equal(check('POST', '/api/batches', { ...json, origin: 'null' }), 403);
  assert.equal(check('POST', '/api/batches', { 'content-type': 'text/plain', 'content-length': '2' }), 403);
  assert.equal(
    check('POST', '/api/batches', {
      'content-type': 'text/plain',
      origin: 'http://localhost:3000',
      'content-length': '2',
    }),
    415,
  );
  assert.equal(check('POST', '/api/batches', { 'content-length': '2' }), 415);
  assert.equal(check('POST', '/api/extraction/runs/1/cancel', {}), null, 'no body, no type');
  assert.equal(
    check('POST', '/api/extraction/runs', { 'content-type': 'application/x-ndjson', 'content-length': '9' }),
    null,
  );
  assert.equal(
    check('POST', '/api/extraction/runs', { 'content-type': 'application/json', 'content-length': '9' }),
    415,
  );
  assert.equal(
    check('POST', '/api/extraction/runs', {
      'content-type': 'application/x-ndjson',
      'content-length': String(60 * 2 ** 20),
    }),
    413,
  );
});
