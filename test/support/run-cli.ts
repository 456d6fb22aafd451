/**
 * Runs the bundled CLI as users do, through the installed command (package.json bin,
 * dist/cli/model-budget.cjs): a broken bundle only shows at run time. test/e2e runs the ESM
 * program it imports, dist/cli/index.js, directly.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './shared-models.js';

export const CLI_BUNDLE = join(REPO_ROOT, 'dist', 'cli', 'model-budget.cjs');

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCli(args: readonly string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): CliRun {
  if (!existsSync(CLI_BUNDLE)) throw new Error(`${CLI_BUNDLE} is missing: run npm run build first`);
  const r = spawnSync(process.execPath, [CLI_BUNDLE, ...args], {
    cwd: opts.cwd ?? REPO_ROOT, encoding: 'utf8', timeout: opts.timeoutMs ?? 60_000, env: { ...process.env, ...opts.env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
