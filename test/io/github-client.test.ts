/**
 * GitHubClient (Octokit with the retry and throttling plugins, octokit.paginate) against the fake
 * GitHub server: retries, rate limits, pagination, and hostile answers. Waits are scaled down
 * (msPerSecond) so that a 3 s Retry-After takes 30 ms here.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { GitHubApiError, GitHubClient, graphqlUrlFor, MAX_PAGES, MAX_RESPONSE_BYTES } from '../../src/io/github.js';
import { FakeGitHub } from '../support/fake-github.js';

let gh: FakeGitHub;
before(async () => {
  gh = new FakeGitHub();
  await gh.start();
});
after(async () => gh.stop());

function client(msPerSecond = 1): { c: GitHubClient; logs: string[] } {
  gh.failures.length = 0;
  gh.requests.length = 0;
  const logs: string[] = [];
  const c = new GitHubClient('test-token', gh.url, `${gh.url}/graphql`, { msPerSecond, log: (m) => logs.push(m) });
  return { c, logs };
}

const PR_FILES = '/repos/o/r/pulls/7/files';

describe('GitHubClient against the fake GitHub', () => {
  test('5xx answers are retried by the retry plugin; the token is sent', async () => {
    const { c, logs } = client();
    gh.prFiles.set(7, [{ filename: 'a.onnx', status: 'added' }]);
    gh.fail({ method: 'GET', path: /\/pulls\/7\/files$/, status: 502, times: 2 });
    const r = await c.request<unknown[]>('GET', PR_FILES);
    assert.equal(r.status, 200);
    assert.equal(r.data.length, 1);
    assert.equal(gh.find('GET', /\/pulls\/7\/files$/).length, 3);
    assert.equal(gh.requests[0]!.authorization, 'token test-token');
    assert.equal(logs.filter((l) => l.includes('HTTP 502')).length, 2, logs.join('\n'));
  });

  test('gives up after 4 attempts with one line naming the call', async () => {
    const { c } = client();
    gh.fail({ method: 'POST', path: /^\/x$/, status: 503, times: 10, body: { message: 'Service Unavailable' } });
    await assert.rejects(c.request('POST', '/x', {}), (e: unknown) => {
      assert.ok(e instanceof GitHubApiError);
      assert.equal(e.message, 'GitHub API POST /x failed with HTTP 503 after 4 attempts: Service Unavailable');
      return true;
    });
    assert.equal(gh.find('POST', /^\/x$/).length, 4);
  });

  test('a 403 without rate-limit signs and a 404 fail at once', async () => {
    const { c } = client();
    gh.fail({ method: 'POST', path: /^\/y$/, status: 403, body: { message: 'Resource not accessible by integration' } });
    await assert.rejects(c.request('POST', '/y', { body: 'x' }), { message: 'GitHub API POST /y failed with HTTP 403: Resource not accessible by integration' });
    await assert.rejects(c.request('GET', '/nope'), (e: unknown) => e instanceof GitHubApiError && e.status === 404);
    assert.equal(gh.requests.length, 2);
  });

  test('a secondary rate limit waits the Retry-After the server sends, then succeeds', async () => {
    // 10 ms per second: Retry-After 3 -> at least 30 ms
    const { c, logs } = client(10);
    gh.fail({ method: 'POST', path: /\/issues\/9\/comments$/, status: 403, headers: { 'retry-after': '3' }, body: { message: 'You have exceeded a secondary rate limit' } });
    const started = Date.now();
    const r = await c.request<{ id: number }>('POST', '/repos/o/r/issues/9/comments', { body: 'hello' });
    assert.ok(Date.now() - started >= 30, `waited ${Date.now() - started} ms`);
    assert.equal(r.status, 201);
    assert.equal(gh.find('POST', /\/issues\/9\/comments$/).length, 2);
    assert.deepEqual(logs, ['GitHub API POST /repos/o/r/issues/9/comments: secondary rate limit; retry 1/3 in 3 s']);
  });

  test('a primary rate limit that resets in an hour: a clear error, no long wait', async () => {
    const { c, logs } = client(1000);
    const reset = String(Math.floor(Date.now() / 1000) + 3600);
    gh.fail({ method: 'GET', path: /^\/z$/, status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }, body: { message: 'API rate limit exceeded' } });
    const started = Date.now();
    await assert.rejects(c.request('GET', '/z'), /GitHub API GET \/z failed with HTTP 403: rate limited; the server asks to wait \d+ s, longer than the 120 s this action waits$/);
    assert.ok(Date.now() - started < 5000);
    assert.equal(gh.find('GET', /^\/z$/).length, 1);
    assert.match(logs.join('\n'), /rate limit exceeded; the server asks to wait \d+ s/);
  });

  test('paginate reads every page (250 comments = pages of 100, 100, 50)', async () => {
    const { c } = client();
    for (let i = 0; i < 250; i++) gh.addComment(11, `comment ${i}`);
    const r = await c.paginate<{ id: number; body: string }>('/repos/o/r/issues/11/comments');
    assert.equal(r.items.length, 250);
    assert.equal(r.truncated, false);
    assert.equal(r.items[249]!.body, 'comment 249');
    const gets = gh.find('GET', /\/issues\/11\/comments$/);
    assert.deepEqual(gets.map((g) => [g.query.get('page') ?? '1', g.query.get('per_page')]), [['1', '100'], ['2', '100'], ['3', '100']]);
    const capped = await c.paginate<{ id: number }>('/repos/o/r/issues/11/comments', 150);
    assert.deepEqual([capped.items.length, capped.truncated], [150, true]);
  });

  test(`a list that never ends stops after ${MAX_PAGES} pages`, async () => {
    const { c, logs } = client();
    // Every page links to a next one, forever.
    gh.fail({ method: 'GET', path: /\/issues\/12\/comments$/, status: 200, times: 1_000, body: [{ id: 1, body: 'x' }], headers: { link: `<${gh.url}/repos/o/r/issues/12/comments?page=2>; rel="next"` } });
    const r = await c.paginate<{ id: number }>('/repos/o/r/issues/12/comments');
    assert.equal(gh.find('GET', /\/issues\/12\/comments$/).length, MAX_PAGES);
    assert.deepEqual([r.items.length, r.truncated], [MAX_PAGES, true]);
    assert.match(logs.join('\n'), new RegExp(`stopped after ${MAX_PAGES} pages`));
  });

  test('hostile answers: not an array, items of the wrong type, a Link to another host, a huge body', async () => {
    const { c } = client();
    gh.fail({ method: 'GET', path: /\/issues\/13\/comments$/, status: 200, body: { message: 'not a list' } });
    await assert.rejects(c.paginate('/repos/o/r/issues/13/comments'), { message: 'GitHub API GET /repos/o/r/issues/13/comments failed with HTTP 200: expected a JSON array' });

    gh.fail({ method: 'GET', path: /\/issues\/14\/comments$/, status: 200, body: [1, null, 'x', [2], { id: 5, body: 'ok' }] });
    assert.deepEqual((await c.paginate('/repos/o/r/issues/14/comments')).items, [{ id: 5, body: 'ok' }]);

    // The token must not follow a Link header to another origin.
    gh.fail({ method: 'GET', path: /\/issues\/15\/comments$/, status: 200, body: [], headers: { link: '<http://evil.example/steal?page=2>; rel="next"' } });
    await assert.rejects(c.paginate('/repos/o/r/issues/15/comments'), /refusing a request to http:\/\/evil\.example: only http:\/\/127\.0\.0\.1:\d+ gets the token/);

    // A body over the cap is refused (and retried like a network failure), never read whole.
    const huge = 'x'.repeat(MAX_RESPONSE_BYTES + 10);
    gh.fail({ method: 'GET', path: /^\/huge$/, status: 200, times: 4, body: { message: huge } });
    await assert.rejects(c.request('GET', '/huge'), (e: unknown) => {
      assert.ok(e instanceof GitHubApiError);
      assert.match(e.message, /^GitHub API GET \/huge failed with a network error after 4 attempts: response (of \d+ bytes, more than the|larger than the) 16777216 (bytes )?this action reads$/);
      return true;
    });
  });

  test('graphql: errors are GitHubApiErrors; the endpoint for github.com and GHES', async () => {
    const { c } = client();
    await assert.rejects(c.graphql('query { x }', {}), /unsupported query in the fake/);
    const ok = await c.graphql<{ minimizeComment: unknown }>('mutation($id: ID!) { minimizeComment(input: { subjectId: $id }) { x } }', { id: 'IC_1' });
    assert.ok(ok.minimizeComment);
    assert.equal(graphqlUrlFor('https://api.github.com'), 'https://api.github.com/graphql');
    assert.equal(graphqlUrlFor('https://ghe.example.com/api/v3'), 'https://ghe.example.com/api/graphql');
  });
});
