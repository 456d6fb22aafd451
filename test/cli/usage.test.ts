/**
 * The usage text (`model-budget --help`) lists each command's options under that command: an
 * option listed under another command sends people to a flag that command refuses
 * (`--cache-dir` sat under `merge`, which answers "Unknown option '--cache-dir'").
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { USAGE } from '../../src/cli/usage.js';
import { runCheck } from '../../src/cli/check.js';
import { runDiff } from '../../src/cli/diff.js';
import { runMerge } from '../../src/cli/merge.js';
import { runProfileCommand } from '../../src/cli/profile.js';
import type { CliIo } from '../../src/cli/io.js';

const io: CliIo = { cwd: process.cwd(), stdout: () => undefined, stderr: () => undefined, interactive: false };

/** Each command's part of the usage text, from its `model-budget <command>` line to the next. */
function sections(): Map<string, string> {
  const out = new Map<string, string>();
  let current: string | null = null;
  for (const line of USAGE.split('\n')) {
    const head = /^ {2}model-budget (\S+)/.exec(line);
    // `model-budget --version` is an option of no command.
    if (head) current = head[1]!.startsWith('-') ? null : head[1]!;
    else if (/^\S/.test(line)) current = null;
    if (current !== null) out.set(current, `${out.get(current) ?? ''}${line}\n`);
  }
  return out;
}

// Each call ends in an error before any file or git is touched: a bad --format (or no model).
const RUN: Record<string, (flag: string) => Promise<unknown>> = {
  profile: (flag) => runProfileCommand([flag, '1', '--format', 'bogus'], () => undefined),
  diff: (flag) => runDiff([flag, '1', '--format', 'bogus'], io),
  check: (flag) => runCheck([flag, '1', '--format', 'bogus'], io),
  merge: (flag) => runMerge([flag, '1', '--format', 'bogus'], io),
};

test('every option the usage text lists under a command is one that command accepts', async () => {
  const parts = sections();
  assert.deepEqual([...parts.keys()].sort(), Object.keys(RUN).sort());
  for (const [command, text] of parts) {
    const flags = [...new Set(text.match(/--[a-z][a-z-]*/g) ?? [])];
    assert.ok(flags.length > 0 || command === 'merge', `no options under ${command}`);
    for (const flag of flags) {
      const error = await RUN[command]!(flag).then(() => null, (e: unknown) => e as Error);
      assert.doesNotMatch(error?.message ?? '', /Unknown option/, `usage lists ${flag} under '${command}'`);
    }
  }
});

test('check lists --cache-dir and --verbose with what they do', () => {
  const check = sections().get('check')!;
  assert.match(check, /--cache-dir DIR keeps the profiles/);
  assert.match(check, /--verbose prints/);
});
