import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultReportFormat } from '../../src/cli/io.js';
import type { CliIo } from '../../src/cli/io.js';

const io = (interactive: boolean | undefined): CliIo => ({ cwd: '.', stdout: () => undefined, stderr: () => undefined, ...(interactive === undefined ? {} : { interactive }) });

test('check reports text to a person at a terminal, markdown when piped or in CI, --format wins (#13 item 9)', () => {
  assert.equal(defaultReportFormat(io(true), undefined), 'text');
  assert.equal(defaultReportFormat(io(false), undefined), 'md');
  assert.equal(defaultReportFormat(io(undefined), undefined), 'md');
  assert.equal(defaultReportFormat(io(true), 'md'), 'md');
  assert.equal(defaultReportFormat(io(false), 'json'), 'json');
});
