/**
 * Object reads through long-lived `git cat-file` processes (io/git-batch.ts, io/git.ts): many
 * questions cost two processes, not one per question; answers are capped; a git that dies or
 * stalls mid-stream fails the waiting requests with one line instead of hanging.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ModelFileError } from '../../src/graph/errors.js';
import { commandUsage, CommandError } from '../../src/io/exec.js';
import { CatFileBatch, memorySink } from '../../src/io/git-batch.js';
import { COPY_DIRECT_BYTES, Git } from '../../src/io/git.js';
import { TestRepo } from '../e2e/harness.js';

describe('git cat-file batches', () => {
  let repo: TestRepo;
  let scratch: string;
  let head: string;
  const big = Buffer.alloc(300_000, 7);
  const huge = Buffer.alloc(COPY_DIRECT_BYTES + 1);
  for (let i = 0; i < huge.length; i += 4093) huge[i] = i & 0xff;
  before(() => {
    repo = TestRepo.create('mb-batch-');
    scratch = mkdtempSync(join(tmpdir(), 'mb-batch-scratch-'));
    for (let i = 0; i < 20; i++) repo.write(`models/m${i}.bin`, `model ${i}\n`);
    repo.write('models/big.bin', big);
    repo.write('models/empty.bin', '');
    repo.write('models/huge.bin', huge);
    repo.write('models/two\nlines.bin', 'a name with a line break');
    head = repo.commit('models');
  });
  after(() => {
    repo.cleanup();
    rmSync(scratch, { recursive: true, force: true });
  });

  test('20 sizes, reads and copies cost 2 processes (they cost 60 one by one)', async () => {
    const git = new Git(repo.dir);
    const before = commandUsage().runs;
    for (let i = 0; i < 20; i++) {
      assert.equal(await git.blobSize(head, `models/m${i}.bin`), `model ${i}\n`.length);
      assert.equal((await git.readBlob(head, `models/m${i}.bin`, 100))!.toString(), `model ${i}\n`);
      const target = join(scratch, `m${i}`);
      assert.equal(await git.copyBlob(head, `models/m${i}.bin`, target), true);
      assert.equal(readFileSync(target, 'utf8'), `model ${i}\n`);
    }
    assert.equal(commandUsage().runs - before, 2);
    git.close();
  });

  test('links are followed inside the commit\'s tree; one git cannot follow there is an error naming the path, and the batch stays in step', async () => {
    const r = TestRepo.create('mb-batch-links-');
    try {
      r.write('models/v3.bin', 'version 3\n');
      symlinkSync('v3.bin', join(r.dir, 'models/current.bin'));
      symlinkSync('models', join(r.dir, 'alias'));
      symlinkSync('/etc/passwd', join(r.dir, 'models/outside.bin'));
      symlinkSync('../../x', join(r.dir, 'models/up.bin'));
      symlinkSync('gone.bin', join(r.dir, 'models/dangling.bin'));
      symlinkSync('loop2', join(r.dir, 'models/loop1'));
      symlinkSync('loop1', join(r.dir, 'models/loop2'));
      symlinkSync('v3.bin', join(r.dir, 'models/a\nlink.bin'));
      const sha = r.commit('links');
      const git = new Git(r.dir);
      const refused = (path: string, why: string) => assert.rejects(git.blobSize(sha, path), (e: unknown) => e instanceof ModelFileError && e.message === `${path}: ${why}`);
      // Before the fix: the link's own blob, 6 bytes of text ("v3.bin").
      assert.equal(await git.blobSize(sha, 'models/current.bin'), 10);
      assert.equal((await git.readBlob(sha, 'alias/current.bin', 100))!.toString(), 'version 3\n');
      await refused('models/outside.bin', "is a symbolic link that leads outside the commit's tree");
      await refused('models/up.bin', "is a symbolic link that leads outside the commit's tree");
      await refused('models/dangling.bin', 'is a symbolic link to a path the commit does not have');
      await refused('models/loop1', 'is a symbolic link in a loop (or more than 40 links deep)');
      await refused('models/a\nlink.bin', 'is a symbolic link, which is not followed for a name with a line break');
      // The line after each unfollowed link was read: the next answer is this path's own.
      assert.equal(await git.blobSize(sha, 'models/v3.bin'), 10);
      assert.deepEqual(await git.blobIds(sha, ['models/current.bin', 'models/outside.bin']), null);
      git.close();
    } finally {
      r.cleanup();
    }
  });

  test('absent paths, folders and empty files; a copy of 300,000 bytes; the start of a large blob', async () => {
    const git = new Git(repo.dir);
    assert.equal(await git.blobSize(head, 'models/none.bin'), null);
    assert.equal(await git.readBlob(head, 'models/none.bin', 10), null);
    assert.equal(await git.copyBlob(head, 'models/none.bin', join(scratch, 'none')), false);
    assert.equal(await git.blobSize(head, 'models'), null, 'a folder is no file');
    assert.equal((await git.readBlob(head, 'models/empty.bin', 10))!.length, 0);
    assert.equal(await git.copyBlob(head, 'models/big.bin', join(scratch, 'big')), true);
    assert.ok(readFileSync(join(scratch, 'big')).equals(big));
    // Past COPY_DIRECT_BYTES a copy is written by a git of its own, straight into the file.
    assert.equal(await git.copyBlob(head, 'models/huge.bin', join(scratch, 'huge')), true);
    assert.ok(readFileSync(join(scratch, 'huge')).equals(huge));
    // Only 64 bytes of it are wanted: read by a command stopped after them, not held whole.
    assert.ok((await git.readBlob(head, 'models/big.bin', 64))!.equals(big.subarray(0, 64)));
    const ids = await git.blobIds(head, ['models/m1.bin', 'models/none.bin']);
    assert.deepEqual([...ids!.keys()], ['models/m1.bin']);
    assert.match(ids!.get('models/m1.bin')!, /^[0-9a-f]{40}$/);
    git.close();
  });

  test('a path with a line break (which a batch line cannot carry) is still read', async () => {
    const git = new Git(repo.dir);
    assert.equal(await git.blobSize(head, 'models/two\nlines.bin'), 24);
    assert.equal((await git.readBlob(head, 'models/two\nlines.bin', 100))!.toString(), 'a name with a line break');
    assert.equal(await git.blobSize(head, 'models/two'), null);
    git.close();
  });

  test('a path with a line break that reads as pathspec magic is the file of that name', async () => {
    // Before the fix, ls-tree took these as pathspecs: `:(glob)`, `:!`, `:(icase)` failed ("pathspec
    // magic not supported", so the base "could not be read") and `:/` found nothing (a modified
    // model's base was absent: it read as a new model, and its max-increase passed).
    const r = TestRepo.create('mb-batch-magic-');
    try {
      const names = [':(glob)a\nb.onnx', ':!c\nd.onnx', ':(exclude)e\nf.onnx', ':/g\nh.onnx', ':(icase)I\nj.onnx'];
      names.forEach((n, i) => r.write(n, 'x'.repeat(i + 1)));
      r.write('g\nh.onnx', 'another file');
      const sha = r.commit('magic');
      const git = new Git(r.dir);
      for (const [i, n] of names.entries()) {
        assert.equal(await git.blobSize(sha, n), i + 1, n);
        assert.equal((await git.readBlob(sha, n, 100))!.toString(), 'x'.repeat(i + 1), n);
      }
      assert.equal(await git.blobSize(sha, ':(top)g\nh.onnx'), null);
      git.close();
    } finally {
      r.cleanup();
    }
  });

  test('a file whose object git cannot read is a git failure, not an absent file (a missing path and a submodule stay absent)', async () => {
    const r = TestRepo.create('mb-batch-missing-');
    try {
      r.write('models/a.onnx', 'model a');
      r.write('models/b.onnx', 'model b');
      const sha = r.commit('two models');
      // A submodule whose commit this repository does not have: no file, never an error.
      r.git('update-index', '--add', '--cacheinfo', `160000,${'1'.repeat(40)},models/sub`);
      r.git('commit', '-q', '-m', 'a submodule');
      const withSub = r.git('rev-parse', 'HEAD');
      assert.match(r.git('ls-tree', '-r', withSub), /^160000 commit 1{40}\tmodels\/sub$/m);
      const oid = r.git('rev-parse', `${sha}:models/a.onnx`);
      // A pruned repository, or a partial clone whose fetch of the blob failed.
      rmSync(join(r.dir, '.git', 'objects', oid.slice(0, 2), oid.slice(2)));
      const git = new Git(r.dir);
      // Before: null, as for a path the commit lacks, so the gate read a modified model's base as absent (a new model).
      await assert.rejects(git.blobSize(sha, 'models/a.onnx'), (e: unknown) => e instanceof CommandError && /models\/a\.onnx is in the commit's tree but git cannot read its object/.test(e.message));
      assert.equal(await git.blobSize(sha, 'models/b.onnx'), 7);
      assert.equal(await git.blobSize(sha, 'models/none.onnx'), null);
      assert.equal(await git.blobSize(withSub, 'models/sub'), null);
      git.close();
    } finally {
      r.cleanup();
    }
  });

  test('a blob larger than the cap is an error naming its path, and the batch goes on', async () => {
    const batch = new CatFileBatch(repo.dir, '--batch');
    const oid = repo.git('rev-parse', `${head}:models/big.bin`);
    await assert.rejects(batch.contents(oid, memorySink('models/big.bin', 1000)), (e: Error) => e instanceof ModelFileError && e.message === 'models/big.bin: is 300000 bytes in git, more than the 1000 bytes that may be read into memory');
    const small = repo.git('rev-parse', `${head}:models/m3.bin`);
    assert.equal((await batch.contents(small, memorySink('models/m3.bin', 1000)))!.toString(), 'model 3\n');
    batch.close();
  });

  /** A `git` on PATH that runs `script` (sh) instead of git. */
  async function withFakeGit<T>(script: string, run: () => Promise<T>): Promise<T> {
    const bin = mkdtempSync(join(tmpdir(), 'mb-fake-git-'));
    writeFileSync(join(bin, 'git'), `#!/bin/sh\n${script}\n`);
    chmodSync(join(bin, 'git'), 0o755);
    const saved = process.env['PATH'];
    process.env['PATH'] = `${bin}:${saved}`;
    try {
      return await run();
    } finally {
      process.env['PATH'] = saved;
      rmSync(bin, { recursive: true, force: true });
    }
  }

  test('a git that dies in the middle of a blob fails every waiting request in one line', async () => {
    // Claims 1,000 bytes, sends 10, exits 3.
    await withFakeGit(`read name; printf '%s blob 1000\\n0123456789' ${'a'.repeat(40)}; echo 'fatal: out of memory' >&2; exit 3`, async () => {
      const batch = new CatFileBatch(scratch, '--batch');
      const first = batch.contents('x', memorySink('models/a.onnx', 5000));
      const second = batch.contents('y', memorySink('models/b.onnx', 5000));
      for (const p of [first, second]) {
        await assert.rejects(p, (e: Error) => e instanceof CommandError && e.message === '`git cat-file --batch` failed (exit 3): stopped mid-stream: fatal: out of memory');
      }
    });
  });

  test('a git that stops answering fails the request after the stall limit, not never', async () => {
    await withFakeGit('exec sleep 30', async () => {
      const batch = new CatFileBatch(scratch, '--batch-check', { stallMs: 300, idleMs: 1000 });
      await assert.rejects(batch.info('x'), (e: Error) => e instanceof CommandError && /stopped mid-stream: no answer for 0.3 s$/.test(e.message));
    });
  });

  test('an answer that is not a header is refused, not guessed at', async () => {
    await withFakeGit(`read name; echo 'hello there'; exec sleep 30`, async () => {
      const batch = new CatFileBatch(scratch, '--batch-check');
      await assert.rejects(batch.info('x'), (e: Error) => e instanceof CommandError && /unexpected output from git \(an answer that is not an object header\)/.test(e.message));
    });
  });

  test('a blob the tree lists but git cannot read is a git failure, not an absent file', async () => {
    // --batch-check finds a 3-byte blob; --batch then says it is missing (a partial clone whose fetch failed).
    const oid = 'b'.repeat(40);
    const script = `case "$*" in *--batch-check*) while read name; do echo "${oid} blob 3"; done;; *) while read name; do echo "$name missing"; done;; esac`;
    await withFakeGit(script, async () => {
      const git = new Git(scratch);
      try {
        const why = (e: Error) => e instanceof CommandError && e.message.includes(`object ${oid} is listed in the tree but git cannot read it`);
        await assert.rejects(git.readBlob('HEAD', 'models/m1.bin', 1000), why);
        await assert.rejects(git.copyBlob('HEAD', 'models/m1.bin', join(scratch, 'copy.bin')), why);
      } finally {
        git.close();
      }
    });
  });
});

