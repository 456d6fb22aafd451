/**
 * Values from workflow inputs, events and file names never reach git as options: refProblem
 * refuses refs that are not refs, and every call puts `--end-of-options` before them.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { Git, refProblem } from '../../src/io/git.js';
import { decodeGitOutput, undecodableName } from '../../src/io/git-paths.js';
import { TestRepo } from '../e2e/harness.js';

describe('refProblem (git check-ref-format --allow-onelevel, no leading - or +)', () => {
  test('accepts branch names, tags, remote refs, SHAs and ~N/^N steps', () => {
    for (const ok of ['main', 'release/1.2', 'origin/main', 'refs/heads/feature-x', 'v1.0.0', 'a1b2c3d', 'f'.repeat(40), 'HEAD~2', 'main^', 'main~1^2', 'dev@work']) {
      assert.equal(refProblem(ok), null, ok);
    }
  });

  test('refuses options, refspecs and names git itself would refuse', () => {
    const bad: Array<[string, RegExp]> = [
      ['--upload-pack=touch x; git-upload-pack', /start with '-'/],
      ['-q', /start with '-'/],
      ['+main', /start with '\+'/],
      ['main:refs/heads/x', /one of/],
      ['refs/*', /one of/],
      ['a b', /space/],
      ['a\nb', /control/],
      ['a..b', /'\.\.'/],
      ['HEAD@{1}', /'@\{'/],
      ['@', /'@'/],
      ['/main', /empty path component/],
      ['a//b', /empty path component/],
      ['main.', /ends with '\.'/],
      ['x/.hidden', /starts with '\.'/],
      ['x.lock', /\.lock/],
      ['a\\b', /one of/],
      ['', /empty/],
      ['~1', /empty/],
      ['x'.repeat(1025), /longer than 1024/],
    ];
    for (const [ref, why] of bad) assert.match(refProblem(ref) ?? 'accepted', why, JSON.stringify(ref));
  });
});

describe('git calls with hostile values', () => {
  const repo = TestRepo.create('mb-git-refs-');
  const out = mkdtempSync(join(tmpdir(), 'mb-git-refs-out-'));
  after(() => {
    repo.cleanup();
    rmSync(out, { recursive: true, force: true });
  });
  repo.write('a.txt', 'a\n');
  const sha = repo.commit('one');
  const git = new Git(repo.dir);

  test('a revision that looks like an option is a revision (git diff --output would write a file)', async () => {
    const target = join(out, 'written-by-git');
    await assert.rejects(git.diffNameStatus(`--output=${target}`, null));
    assert.equal(existsSync(target), false);
    assert.deepEqual(await git.diffNameStatus(sha, null), []);
  });

  test('merge-base, rev-parse and ls-tree read option-like values as names', async () => {
    // `git merge-base --all HEAD` would answer with HEAD; as a name `--all` is not a commit.
    assert.equal(await git.mergeBase('--all', sha), null);
    assert.equal(await git.resolveCommit('--all'), null);
    await assert.rejects(git.listFiles('--full-tree'));
    assert.deepEqual(await git.listFiles(sha), ['a.txt']);
  });

  test('ensureCommit fetches full SHAs only', async () => {
    await assert.rejects(git.ensureCommit('--upload-pack=x'), /not a full commit SHA/);
  });
});

describe('bounded reads from git', () => {
  const repo = TestRepo.create('mb-git-probe-');
  after(() => repo.cleanup());
  repo.write('big.bin', Buffer.alloc(3 << 20, 7));
  const sha = repo.commit('big');

  test('readBlob keeps at most the bytes asked for', async () => {
    const git = new Git(repo.dir);
    const probe = await git.readBlob(sha, 'big.bin', 1024);
    assert.equal(probe?.length, 1024);
    assert.equal(await git.readBlob(sha, 'absent.bin', 1024), null);
  });
});

describe('file names that are not UTF-8 (git-paths.ts)', () => {
  const bytes = (...parts: Array<string | number[]>): Buffer => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));

  test('each byte outside valid UTF-8 becomes U+DC80..U+DCFF; valid names, U+FFFD included, are kept', () => {
    assert.equal(decodeGitOutput(bytes('a/b', [0xff], '.onnx\0c', [0xef, 0xbf, 0xbd], '.onnx\0')), 'a/b\udcff.onnx\0c\ufffd.onnx\0');
    // An overlong NUL (C0 80), an encoded surrogate (ED A0 80), a sequence cut short (E2 82): every byte on its own.
    assert.equal(decodeGitOutput(bytes([0xc0, 0x80], '|', [0xed, 0xa0, 0x80], '|', [0xe2, 0x82])), '\udcc0\udc80|\udced\udca0\udc80|\udce2\udc82');
    assert.equal(decodeGitOutput(bytes('\u00e9t\u00e9/\u{1f600}', [0x80], '\u20ac')), '\u00e9t\u00e9/\u{1f600}\udc80\u20ac');
    // A name that starts with a byte-order mark keeps it, first in the output or after a bad byte.
    assert.equal(decodeGitOutput(bytes('\ufeffm.onnx\0')), '\ufeffm.onnx\0');
    assert.equal(decodeGitOutput(bytes([0xff], '\ufeffm.onnx')), '\udcff\ufeffm.onnx');
  });

  test('undecodableName: lone surrogates only', () => {
    assert.equal(undecodableName('models/b\udcff.onnx'), true);
    assert.equal(undecodableName('models/b\ud83d.onnx'), true);
    assert.equal(undecodableName('models/b\ufffd.onnx'), false);
    assert.equal(undecodableName('models/\u{1f600}.onnx'), false);
  });
});
