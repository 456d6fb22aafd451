/** Checks that output printed in a GitHub Actions step cannot act as a workflow command. */
import assert from 'node:assert/strict';

/** Titles the action gives its own annotations; anything else on a `::` line was injected. */
const OUR_TITLES = new Set(['Model budget exceeded', 'Model not measured', 'Model budget not checked', 'Model budget warning', 'Invalid model-budget config']);
const OUR_COMMANDS = new Set(['error', 'warning', 'notice', 'debug']);

/**
 * The runner executes `::cmd props::data` at the start of a line (after white space) and the
 * legacy `##[cmd]` anywhere. Only the action's own annotations may appear (none at all with
 * `ours: false`, for the CLI), and no terminal escape.
 */
export function assertNoInjectedCommands(log: string, ours = true): void {
  for (const line of log.split(/\r\n|\r|\n/)) {
    assert.ok(!line.includes('##['), `legacy workflow command in: ${JSON.stringify(line)}`);
    assert.ok(!line.includes('\u001b'), `terminal escape in: ${JSON.stringify(line)}`);
    const t = line.trimStart();
    if (!t.startsWith('::')) continue;
    assert.ok(ours, `workflow command in: ${JSON.stringify(line)}`);
    const m = /^::([^ :]+)(?: ([^:]*))?::/.exec(t);
    assert.ok(m && OUR_COMMANDS.has(m[1]!), `workflow command in: ${JSON.stringify(line)}`);
    for (const prop of (m[2] ?? '').split(',').filter((p) => p !== '')) {
      const [key, value] = prop.split('=') as [string, string | undefined];
      if (key === 'title') assert.ok(OUR_TITLES.has(value ?? ''), `injected annotation title in: ${JSON.stringify(line)}`);
      else assert.ok(['file', 'line', 'endLine', 'col', 'endColumn'].includes(key), `injected property in: ${JSON.stringify(line)}`);
    }
  }
}
