/**
 * StickyComment against the fake GitHub server: two runs race (both found no comment and both
 * POST); the run whose comment is newer must delete its own, carry its body over to the oldest,
 * and report the oldest's id. Hostile comment lists are ignored where malformed.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { commentMarker, StickyComment } from '../../src/io/comments.js';
import { GitHubClient } from '../../src/io/github.js';
import { FakeGitHub } from '../support/fake-github.js';

let gh: FakeGitHub;
before(async () => {
  gh = new FakeGitHub();
  await gh.start();
});
after(async () => gh.stop());

const BOT = { login: 'github-actions[bot]', type: 'Bot' as const };
const marker = commentMarker('default');

function sticky(issue: number): StickyComment {
  gh.requests.length = 0;
  gh.onRequest = undefined;
  const client = new GitHubClient('t', gh.url, `${gh.url}/graphql`, { msPerSecond: 1 });
  return new StickyComment(client, { owner: 'o', repo: 'r' }, issue, 'default', { kind: 'login', login: BOT.login }, () => undefined);
}

describe('StickyComment races', () => {
  test('a racing run created the comment first: ours is deleted, the oldest gets our body', async () => {
    const s = sticky(5);
    let other: number | undefined;
    gh.onRequest = (method, path) => {
      // The other run's POST lands just before ours.
      if (method === 'POST' && path.endsWith('/issues/5/comments') && other === undefined) other = gh.addComment(5, `${marker}\nother run`, BOT).id;
    };
    const r = await s.upsert(`${marker}\nour report`);
    assert.deepEqual(r, { id: other, action: 'updated' });
    assert.deepEqual(gh.comments.get(5)!.map((c) => [c.id, c.body]), [[other, `${marker}\nour report`]]);
    assert.equal(gh.find('DELETE', /\/issues\/comments\/\d+$/).length, 1);
  });

  test('no race: one POST, nothing deleted, the marker added', async () => {
    const s = sticky(6);
    const r = await s.upsert('our report');
    assert.equal(r.action, 'created');
    assert.deepEqual(gh.comments.get(6)!.map((c) => c.body), [`${marker}\nour report`]);
    assert.equal(gh.find('DELETE', /./).length, 0);
  });

  test('malformed comments in the list (wrong types) are ignored, not trusted or crashed on', async () => {
    const s = sticky(8);
    gh.fail({
      method: 'GET', path: /\/issues\/8\/comments$/, status: 200, times: 2,
      body: [{ id: 'x', body: marker, user: BOT }, { id: 3, body: 42, user: BOT }, { id: 4, body: `${marker}\nold`, user: 'nobody' }],
    });
    const r = await s.upsert('our report');
    assert.equal(r.action, 'created');
    assert.equal(gh.find('PATCH', /./).length + gh.find('DELETE', /./).length, 0);
  });
});
