/**
 * StickyComment when two runs race: both found no comment and both POST. The run whose comment
 * is newer must delete its own, carry its body over to the oldest, and report the oldest's id.
 * The transport is an in-memory issue-comments store.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { commentMarker, StickyComment } from '../../src/io/comments.js';
import { GitHubClient } from '../../src/io/github.js';
import type { ApiResponse, Transport } from '../../src/io/github.js';

interface Stored {
  id: number;
  body: string;
  user: { login: string; type: string };
}

function store(onPost: (comments: Stored[]) => void) {
  const comments: Stored[] = [];
  const calls: string[] = [];
  let nextId = 10;
  const transport: Transport = async (method, url, body): Promise<ApiResponse> => {
    const path = new URL(url).pathname;
    calls.push(`${method} ${path}`);
    const bot = { login: 'github-actions[bot]', type: 'Bot' };
    if (method === 'GET' && path === '/user') return { status: 200, headers: {}, data: { login: bot.login } };
    if (method === 'GET' && path === '/repos/o/r/issues/5/comments') return { status: 200, headers: {}, data: comments.map((c) => ({ ...c })) };
    if (method === 'POST' && path === '/repos/o/r/issues/5/comments') {
      onPost(comments); // the other run's POST lands first
      const c = { id: nextId++, body: (body as { body: string }).body, user: bot };
      comments.push(c);
      return { status: 201, headers: {}, data: { ...c } };
    }
    const m = /^\/repos\/o\/r\/issues\/comments\/(\d+)$/.exec(path);
    const i = m ? comments.findIndex((c) => c.id === Number(m[1])) : -1;
    if (i < 0) return { status: 404, headers: {}, data: { message: 'Not Found' } };
    if (method === 'PATCH') {
      comments[i]!.body = (body as { body: string }).body;
      return { status: 200, headers: {}, data: { ...comments[i]! } };
    }
    if (method === 'DELETE') {
      comments.splice(i, 1);
      return { status: 204, headers: {}, data: null };
    }
    return { status: 404, headers: {}, data: { message: 'Not Found' } };
  };
  return { comments, calls, client: new GitHubClient(transport, 'https://api.example', 'https://api.example/graphql', { retryBaseMs: 0, sleep: async () => undefined }) };
}

describe('StickyComment races', () => {
  const marker = commentMarker('default');

  test('a racing run created the comment first: ours is deleted, the oldest gets our body', async () => {
    const s = store((comments) => {
      if (comments.length === 0) comments.push({ id: 3, body: `${marker}\nother run`, user: { login: 'github-actions[bot]', type: 'Bot' } });
    });
    const sticky = new StickyComment(s.client, { owner: 'o', repo: 'r' }, 5, 'default', { kind: 'login', login: 'github-actions[bot]' }, () => undefined);
    const r = await sticky.upsert(`${marker}\nour report`);
    assert.deepEqual(r, { id: 3, action: 'updated' });
    assert.deepEqual(s.comments.map((c) => [c.id, c.body]), [[3, `${marker}\nour report`]]);
    assert.ok(s.calls.includes('DELETE /repos/o/r/issues/comments/10'), s.calls.join('\n'));
  });

  test('no race: one POST, nothing deleted', async () => {
    const s = store(() => undefined);
    const sticky = new StickyComment(s.client, { owner: 'o', repo: 'r' }, 5, 'default', { kind: 'login', login: 'github-actions[bot]' }, () => undefined);
    const r = await sticky.upsert('our report');
    assert.deepEqual(r, { id: 10, action: 'created' });
    assert.deepEqual(s.comments.map((c) => c.body), [`${marker}\nour report`], 'the marker is added when the body lacks it');
    assert.equal(s.calls.filter((c) => c.startsWith('DELETE')).length, 0);
  });
});
