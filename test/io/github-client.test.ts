/** GitHubClient: retries, backoff, rate limits, pagination, with a scripted transport. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { GitHubApiError, GitHubClient, graphqlUrlFor, nextLink } from '../../src/io/github.js';
import type { ApiResponse, Transport } from '../../src/io/github.js';

function scripted(responses: ApiResponse[]): { transport: Transport; calls: Array<{ method: string; url: string; body: unknown }> } {
  const calls: Array<{ method: string; url: string; body: unknown }> = [];
  const transport: Transport = async (method, url, body) => {
    calls.push({ method, url, body });
    const r = responses.shift();
    if (!r) throw new Error('no scripted response left');
    return r;
  };
  return { transport, calls };
}

const ok = (data: unknown, headers: Record<string, string> = {}): ApiResponse => ({ status: 200, headers, data });
const fail = (status: number, message: string, headers: Record<string, string> = {}): ApiResponse => ({ status, headers, data: { message } });

function client(responses: ApiResponse[]) {
  const waits: number[] = [];
  const s = scripted(responses);
  const c = new GitHubClient(s.transport, 'https://api.example', 'https://api.example/graphql', {
    retryBaseMs: 100,
    sleep: async (ms) => void waits.push(ms),
  });
  return { c, waits, calls: s.calls };
}

describe('GitHubClient', () => {
  test('5xx and network errors are retried with exponential backoff (100, 200 ms)', async () => {
    const { c, waits, calls } = client([fail(502, 'Bad Gateway'), { status: 0, headers: {}, data: { message: 'ECONNRESET' } }, ok({ id: 1 })]);
    const r = await c.request('GET', '/repos/o/r');
    assert.deepEqual(r.data, { id: 1 });
    assert.deepEqual(waits, [100, 200]);
    assert.equal(calls.length, 3);
    assert.equal(calls[0]!.url, 'https://api.example/repos/o/r');
  });

  test('gives up after 4 attempts with a one-line error naming the call', async () => {
    const { c, waits } = client([fail(500, 'a'), fail(500, 'b'), fail(500, 'c'), fail(503, 'Service Unavailable')]);
    await assert.rejects(c.request('POST', '/x', {}), (e: unknown) => {
      assert.ok(e instanceof GitHubApiError);
      assert.equal(e.message, 'GitHub API POST /x failed with HTTP 503 after 4 attempts: Service Unavailable');
      return true;
    });
    assert.deepEqual(waits, [100, 200, 400]);
  });

  test('a 403 without rate-limit signs fails at once (a permission problem)', async () => {
    const { c, waits } = client([fail(403, 'Resource not accessible by integration')]);
    await assert.rejects(c.request('POST', '/repos/o/r/issues/1/comments', { body: 'x' }), /failed with HTTP 403: Resource not accessible by integration$/);
    assert.deepEqual(waits, []);
  });

  test('secondary rate limits: Retry-After is honoured; 429 and the message form are retried', async () => {
    const { c, waits } = client([
      fail(403, 'You have exceeded a secondary rate limit', { 'retry-after': '3' }),
      fail(429, 'Too many requests'),
      fail(403, 'You have exceeded a secondary rate limit. Please wait'),
      ok([]),
    ]);
    await c.request('GET', '/y');
    // max(backoff, Retry-After): max(100, 3000), then 200, then 400.
    assert.deepEqual(waits, [3000, 200, 400]);
  });

  test('primary rate limit exhausted for longer than the cap: a clear error, no long sleep', async () => {
    const reset = String(Math.floor(Date.now() / 1000) + 3600);
    const { c, waits } = client([fail(403, 'API rate limit exceeded', { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset })]);
    await assert.rejects(c.request('GET', '/z'), /rate limited; the server asks to wait \d+ s, longer than the 120 s this action waits/);
    assert.deepEqual(waits, []);
  });

  test('404 is not retried', async () => {
    const { c, calls } = client([fail(404, 'Not Found')]);
    await assert.rejects(c.request('GET', '/nope'), /HTTP 404: Not Found/);
    assert.equal(calls.length, 1);
  });

  test('paginate follows Link rel="next" and stops at maxItems', async () => {
    const page1 = Array.from({ length: 100 }, (_, i) => i);
    const page2 = Array.from({ length: 100 }, (_, i) => 100 + i);
    const link = (n: number) => `<https://api.example/items?per_page=100&page=${n}>; rel="next", <https://api.example/items?per_page=100&page=3>; rel="last"`;
    const all = client([ok(page1, { link: link(2) }), ok(page2, { link: link(3) }), ok([200, 201])]);
    const r = await all.c.paginate<number>('/items');
    assert.equal(r.items.length, 202);
    assert.equal(r.truncated, false);
    assert.deepEqual(all.calls.map((x) => x.url), [
      'https://api.example/items?per_page=100',
      'https://api.example/items?per_page=100&page=2',
      'https://api.example/items?per_page=100&page=3',
    ]);
    const capped = client([ok(page1, { link: link(2) }), ok(page2, { link: link(3) })]);
    const t = await capped.c.paginate<number>('/items', 150);
    assert.deepEqual([t.items.length, t.truncated], [150, true]);
  });

  test('graphql errors surface as GitHubApiError', async () => {
    const { c } = client([ok({ errors: [{ message: 'Could not resolve to a node' }] })]);
    await assert.rejects(c.graphql('query { x }', {}), /Could not resolve to a node/);
  });

  test('nextLink and graphqlUrlFor', () => {
    assert.equal(nextLink('<https://a/b?page=2>; rel="next", <https://a/b?page=9>; rel="last"'), 'https://a/b?page=2');
    assert.equal(nextLink('<https://a/b?page=1>; rel="prev"'), null);
    assert.equal(nextLink(undefined), null);
    assert.equal(graphqlUrlFor('https://api.github.com'), 'https://api.github.com/graphql');
    assert.equal(graphqlUrlFor('https://ghe.example.com/api/v3'), 'https://ghe.example.com/api/graphql');
  });
});
