/**
 * StickyComment against the fake GitHub server: two runs race (both found no comment and both
 * POST); the run whose comment is newer must delete its own, carry its body over to the oldest,
 * and report the oldest's id. Hostile comment lists are ignored where malformed.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { commentMarker, StickyComment, withMarker } from '../../src/io/comments.js';
import { GitHubClient } from '../../src/io/github.js';
import { evaluateGate } from '../../src/budget/gate.js';
import { renderComment } from '../../src/report/index.js';
import { FakeGitHub } from '../support/fake-github.js';
import { profile } from '../budget/fixtures.js';

let gh: FakeGitHub;
before(async () => {
  gh = new FakeGitHub();
  await gh.start();
});
after(async () => gh.stop());

const BOT = { login: 'github-actions[bot]', type: 'Bot' as const };
const marker = commentMarker('default');

function sticky(issue: number, key = 'default'): StickyComment {
  gh.requests.length = 0;
  gh.onRequest = undefined;
  const client = new GitHubClient('t', gh.url, `${gh.url}/graphql`, { msPerSecond: 1 });
  return new StickyComment(client, { owner: 'o', repo: 'r' }, issue, key, { kind: 'login', login: BOT.login }, () => undefined);
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

describe('StickyComment: an answer to the POST that names no comment id', () => {
  // Answers GitHub would never send, each a 201: no id, a string, a negative, a fraction, not an object.
  const hostile: unknown[] = [{}, { id: '1001' }, { id: -4 }, { id: 1.5 }, 'created', [7]];

  test('the comment not in the list either: no id (null), never undefined or a made-up one', async () => {
    for (const [i, body] of hostile.entries()) {
      const issue = 40 + i;
      const s = sticky(issue);
      // The answer is the injected one: the fake creates nothing.
      gh.fail({ method: 'POST', path: new RegExp(`/issues/${issue}/comments$`), status: 201, body });
      const r = await s.upsert('our report');
      assert.deepEqual(r, { id: null, action: 'created' }, JSON.stringify(body));
      assert.equal(gh.comments.get(issue), undefined);
    }
  });

  test('the comment made but the answer odd: its id is read from the list, where it is ours', async () => {
    const s = sticky(50);
    let made: number | undefined;
    gh.onRequest = (method, path) => {
      if (method === 'POST' && path.endsWith('/issues/50/comments')) made = gh.addComment(50, `${marker}\nour report`, BOT).id;
    };
    gh.fail({ method: 'POST', path: /\/issues\/50\/comments$/, status: 201, body: { id: 'x' } });
    const r = await s.upsert('our report');
    assert.ok(made !== undefined);
    assert.deepEqual(r, { id: made, action: 'created' });
  });
});

describe('StickyComment: the marker counts only as the first line', () => {
  // A pull request can commit a file named like another gate's marker; the path is shown in the
  // gpu gate's comment, so that comment's body contains the default marker on a later line.
  const path = 'models/<!-- model-budget:default -->.onnx';
  const report = evaluateGate({ config: null, models: [{ path, status: 'added', head: profile({ params: 1 }) }] });

  test('the default gate neither edits nor deletes the gpu comment that shows a forged marker', async () => {
    const gpuBody = renderComment(report, { commentKey: 'gpu' });
    assert.ok(gpuBody.includes(marker), 'the path carries the default marker into the gpu comment');
    const older = gh.addComment(20, gpuBody, BOT); // the gpu gate commented first: would be edited
    const s = sticky(20);
    const r = await s.upsert(renderComment(report, { commentKey: 'default' }));
    assert.equal(r.action, 'created');
    const left = gh.comments.get(20)!;
    assert.equal(left.length, 2);
    assert.equal(left.find((c) => c.id === older.id)?.body, gpuBody);
    assert.ok(left.find((c) => c.id === r.id)!.body.startsWith(`${marker}\n`));
  });

  test('a newer gpu comment with a forged marker is not deleted as a duplicate', async () => {
    const ours = gh.addComment(21, renderComment(report, { commentKey: 'default' }), BOT);
    const gpuBody = renderComment(report, { commentKey: 'gpu' });
    const newer = gh.addComment(21, gpuBody, BOT);
    const r = await sticky(21).clean('delete', 'clean', 'outdated');
    assert.deepEqual(r, { id: null, action: 'deleted' });
    assert.deepEqual(gh.comments.get(21)!.map((c) => c.id), [newer.id]);
    assert.notEqual(ours.id, newer.id);
  });

  test('a comment of ours that quotes the marker further down is not adopted', async () => {
    gh.addComment(22, `Some other report\n> ${marker}\n${marker}`, BOT);
    const r = await sticky(22).upsert('our report');
    assert.equal(r.action, 'created');
    assert.equal(gh.find('PATCH', /./).length + gh.find('DELETE', /./).length, 0);
  });

  test('withMarker puts the marker first unless it is already the first line', () => {
    assert.equal(withMarker(`${marker}\nbody`, 'default'), `${marker}\nbody`);
    assert.equal(withMarker(marker, 'default'), marker);
    assert.equal(withMarker(`x ${marker}\nbody`, 'default'), `${marker}\nx ${marker}\nbody`);
    assert.equal(withMarker(`${marker} trailing\nbody`, 'default'), `${marker}\n${marker} trailing\nbody`);
  });
});
