/**
 * readContainedFile: the one capped read of a report, a config named outside the repository and
 * a cache entry. Its hostile cases are tested here once; the callers' tests check their wording.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { UnsafeFileError } from '../../src/formats/contained-file.js';
import { FileTooLargeError, readContainedFile } from '../../src/io/contained-read.js';

describe('readContainedFile', () => {
  const root = mkdtempSync(join(tmpdir(), 'mb-contained-read-'));
  const dir = join(root, 'dir');
  const outside = join(root, 'outside');
  after(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(dir);
  mkdirSync(outside);
  writeFileSync(join(dir, 'ten.json'), '0123456789');
  writeFileSync(join(outside, 'secret'), 'secret');
  symlinkSync(join(outside, 'secret'), join(dir, 'out.json'));
  symlinkSync('ten.json', join(dir, 'link.json'));
  symlinkSync('nowhere', join(dir, 'dangling.json'));
  execFileSync('mkfifo', [join(dir, 'pipe.json')]);
  // Sparse: 1 GiB that is never read.
  writeFileSync(join(dir, 'huge.json'), '');
  truncateSync(join(dir, 'huge.json'), 2 ** 30);

  const read = (name: string, maxBytes = 10, within: string | null = dir) =>
    readContainedFile(join(dir, name), { within, withinName: 'the folder', maxBytes, tooLarge: `larger than ${maxBytes} bytes` });
  const refused = async (name: string, maxBytes = 10): Promise<UnsafeFileError> => {
    try {
      await read(name, maxBytes);
    } catch (e) {
      assert.ok(e instanceof UnsafeFileError, String(e));
      return e;
    }
    assert.fail(`${name} was read`);
  };

  test('a file of exactly the cap is read whole, also through a link inside the folder', async () => {
    assert.equal((await read('ten.json'))?.toString(), '0123456789');
    assert.equal((await read('link.json'))?.toString(), '0123456789');
  });

  test('missing and dangling are nothing, not an error', async () => {
    assert.equal(await read('missing.json'), null);
    assert.equal(await read('dangling.json'), null);
  });

  test('one byte over the cap, and a sparse 1 GiB file, are too large (a FileTooLargeError with the caller\'s words)', async () => {
    for (const [name, cap] of [['ten.json', 9], ['huge.json', 10]] as const) {
      const e = await refused(name, cap);
      assert.ok(e instanceof FileTooLargeError);
      assert.equal(e.reason, `larger than ${cap} bytes`);
    }
  });

  test('a link out of the folder is refused; with no folder it is read', async () => {
    const e = await refused('out.json');
    assert.ok(!(e instanceof FileTooLargeError));
    assert.equal(e.reason, 'is a symbolic link (or lies below one) that leads outside the folder');
    assert.equal((await read('out.json', 10, null))?.toString(), 'secret');
  });

  test('a FIFO and a directory are refused without being opened (a FIFO would block forever)', async () => {
    assert.equal((await refused('pipe.json')).reason, 'is not a regular file (a FIFO)');
    assert.equal((await refused('.')).reason, 'is not a regular file (a directory)');
  });
});
