/**
 * src/cli/output.ts: the CLI writes its output to the descriptor. A reader that stops early ends
 * the output quietly (it used to crash with EPIPE and a stack trace); any other write error is one
 * line and exit code 2. Run on the bundled CLI, as users run it.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { test } from 'node:test';
import { OutputError, fdWriter } from '../../src/cli/output.js';
import { CLI_BUNDLE } from '../support/run-cli.js';
import { REPO_ROOT } from '../support/shared-models.js';

const MODEL = 'examples/models/small_cnn_head.onnx';

/** Exit code and stderr of the CLI whose stdout reader goes away before anything is written. */
function withReaderGone(args: readonly string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_BUNDLE, ...args], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    // Closed at once: the CLI takes tens of milliseconds to start, so its first write meets EPIPE.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

test('a reader that stops early (`| head`) ends the output quietly: no stack trace, the exit code stands', async () => {
  const r = await withReaderGone(['profile', MODEL, '--per-node', '--format', 'json']);
  assert.equal(r.stderr, '');
  assert.equal(r.code, 0);
  const help = await withReaderGone(['--help']);
  assert.deepEqual(help, { code: 0, stderr: '' });
});

test('output to a full disk is one line naming standard output, exit code 2', { skip: !existsSync('/dev/full') && 'no /dev/full here' }, () => {
  const full = openSync('/dev/full', 'w');
  try {
    const r = spawnSync(process.execPath, [CLI_BUNDLE, 'profile', MODEL], { cwd: REPO_ROOT, stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
    assert.equal(r.stderr, 'model-budget: cannot write to standard output: ENOSPC\n');
    assert.equal(r.status, 2);
  } finally {
    closeSync(full);
  }
});

test('fdWriter: a write error other than EPIPE is an OutputError naming what was written to', { skip: !existsSync('/dev/full') && 'no /dev/full here' }, () => {
  const full = openSync('/dev/full', 'w');
  try {
    const write = fdWriter(full, 'the report', () => assert.fail('no stream for a blocking descriptor'), () => assert.fail('not late'));
    assert.throws(() => write('x'), (e: unknown) => e instanceof OutputError && e.message === 'cannot write to the report: ENOSPC');
  } finally {
    closeSync(full);
  }
});

test('a non-blocking pipe that fills up (EAGAIN) still gets the whole output, in order', { skip: process.platform === 'win32' && 'needs sh' }, () => {
  // Reading process.stdout.isTTY (cli/io.ts does) builds the stream, and libuv then makes a pipe
  // non-blocking: a megabyte to a reader that waits fills it, and the writer goes through the stream.
  const output = new URL('../../src/cli/output.js', import.meta.url).href;
  const script = `void process.stdout.isTTY;
const { stdout } = await import(${JSON.stringify(output)});
for (let i = 0; i < 50; i++) stdout(String(i).padStart(4, '0') + ':' + 'x'.repeat(20000) + '\\n');
stdout('END\\n');`;
  const r = spawnSync('sh', ['-c', `"${process.execPath}" --input-type=module -e "$0" | (sleep 1; cat)`, script], { encoding: 'utf8', maxBuffer: 1 << 24 });
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.split('\n');
  assert.equal(lines.length, 52); // 50 lines, END, and the empty string after the last newline
  lines.slice(0, 50).forEach((l, i) => assert.equal(l, `${String(i).padStart(4, '0')}:${'x'.repeat(20000)}`));
  assert.equal(lines[50], 'END');
});

test('a bug of ours stays exit 3 when standard error cannot be written either', { skip: !existsSync('/dev/full') && 'no /dev/full here' }, () => {
  // Stands in for a bug of ours: JSON.stringify throws while the profile is rendered.
  const bug = 'data:text/javascript,JSON.stringify=()=>{throw new TypeError("boom")}';
  const args = ['--import', bug, CLI_BUNDLE, 'profile', MODEL, '--format', 'json'];
  assert.equal(spawnSync(process.execPath, args, { cwd: REPO_ROOT }).status, 3);
  const full = openSync('/dev/full', 'w');
  try {
    assert.equal(spawnSync(process.execPath, args, { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', full] }).status, 3);
  } finally {
    closeSync(full);
  }
});
