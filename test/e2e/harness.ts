/**
 * Shared plumbing for the end-to-end tests: throwaway git repositories, tiny ONNX models, and
 * running the BUNDLED action (dist/action/index.js) as a child process the way the runner does
 * (INPUT_* variables, GITHUB_EVENT_PATH, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY).
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GateReport } from '../../src/budget/types.js';
import { DEFAULT_MODEL_GLOBS } from '../../src/io/glob.js';
import { FakeGitHub } from '../support/fake-github.js';
import { GraphBuilder, modelBytes, ExternalDataFile } from '../support/onnx-writer.js';

/** Repository root (tests run from build/test/e2e). */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const ACTION = join(ROOT, 'dist', 'action', 'index.js');
export const CLI = join(ROOT, 'dist', 'cli', 'index.js');

/** The e2e tests exercise the bundle; a missing bundle is a failure, not a skip. */
export function requireBundle(path: string = ACTION): void {
  if (!existsSync(path)) {
    throw new Error(`${path} is missing: run \`npm run build\` before the end-to-end tests (CI builds first)`);
  }
}

/**
 * A MatMul model: X[1,k] x W[k,n] -> Y[1,n].
 * params = k*n (the one initializer); MACs = 1*k*n.
 */
export function matmulModel(k: number, n: number): Uint8Array {
  const g = new GraphBuilder('mm');
  g.input('X', 'float32', [1, k]);
  g.initializer('W', 'float32', [k, n]);
  g.node('MatMul', ['X', 'W'], ['Y']);
  g.output('Y', 'float32', [1, n]);
  return modelBytes(g);
}

/** The same MatMul model with W stored in an external side file `location`. */
export function externalMatmulModel(k: number, n: number, location: string): { model: Uint8Array; data: Uint8Array } {
  const side = new ExternalDataFile(location);
  const g = new GraphBuilder('mm');
  g.input('X', 'float32', [1, k]);
  g.initializer('W', 'float32', [k, n], { external: side });
  g.node('MatMul', ['X', 'W'], ['Y']);
  g.output('Y', 'float32', [1, n]);
  return { model: modelBytes(g), data: side.bytes() };
}

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_TERMINAL_PROMPT: '0',
};

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: { ...process.env, ...GIT_ENV, HOME: cwd }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

export class TestRepo {
  private constructor(readonly dir: string) {}

  static create(prefix = 'mb-e2e-'): TestRepo {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'config', 'commit.gpgsign', 'false');
    return new TestRepo(dir);
  }

  static at(dir: string): TestRepo {
    return new TestRepo(dir);
  }

  write(path: string, content: Uint8Array | string): void {
    const full = join(this.dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }

  remove(path: string): void {
    rmSync(join(this.dir, path));
  }

  git(...args: string[]): string {
    return git(this.dir, ...args);
  }

  commit(message: string): string {
    this.git('add', '-A');
    this.git('commit', '-q', '--allow-empty', '-m', message);
    return this.git('rev-parse', 'HEAD');
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export interface ActionRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
  /** The JSON report the action wrote (report-json output), read before the temp dir goes. */
  readonly report: GateReport | null;
}

/** Parses the GITHUB_OUTPUT file format (`name<<delimiter` ... `delimiter`). */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (m) {
      const [, name, delim] = m;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i]!);
      out[name!] = value.join('\n');
    } else {
      const eq = lines[i]!.indexOf('=');
      if (eq > 0) out[lines[i]!.slice(0, eq)] = lines[i]!.slice(eq + 1);
    }
  }
  return out;
}

export interface RunOptions {
  readonly cwd: string;
  readonly eventName: string;
  readonly payload: unknown;
  readonly inputs?: Record<string, string>;
  readonly apiUrl: string;
  readonly sha?: string;
  readonly env?: Record<string, string>;
  readonly script?: string;
  readonly timeoutMs?: number;
}

/** Defaults of action.yml that the runner would pass as INPUT_* variables. */
const ACTION_DEFAULTS: Record<string, string> = {
  config: '.github/model-budget.yml',
  models: DEFAULT_MODEL_GLOBS,
  'github-token': 'test-token',
  mode: 'auto',
  'status-context': 'model-budget',
  comment: 'on-change',
  'comment-key': 'default',
  'on-clean': 'update',
  'job-summary': 'true',
  annotations: 'true',
  'fail-on': 'error',
  lfs: 'auto',
};

export async function runAction(opts: RunOptions): Promise<ActionRun> {
  requireBundle(opts.script ?? ACTION);
  const tmp = mkdtempSync(join(tmpdir(), 'mb-run-'));
  const eventPath = join(tmp, 'event.json');
  const outputPath = join(tmp, 'output.txt');
  const summaryPath = join(tmp, 'summary.md');
  writeFileSync(eventPath, JSON.stringify(opts.payload));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    HOME: tmp,
    ...GIT_ENV,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: opts.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_API_URL: opts.apiUrl,
    GITHUB_GRAPHQL_URL: `${opts.apiUrl}/graphql`,
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_REPOSITORY: 'acme/models',
    GITHUB_RUN_ID: '4242',
    GITHUB_WORKSPACE: opts.cwd,
    GITHUB_SHA: opts.sha ?? '',
    RUNNER_TEMP: tmp,
    MODEL_BUDGET_RETRY_BASE_MS: '1',
    ...opts.env,
  };
  for (const [k, v] of Object.entries({ ...ACTION_DEFAULTS, ...opts.inputs })) env[`INPUT_${k.toUpperCase()}`] = v;
  const child = spawn(process.execPath, [opts.script ?? ACTION], { cwd: opts.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (c: Buffer) => out.push(c));
  child.stderr.on('data', (c: Buffer) => err.push(c));
  // Generous: a hang still fails, but a loaded 2-core runner with every e2e file running at once
  // took over 30 s for actions that take 2 s of CPU.
  const timeoutMs = opts.timeoutMs ?? 120_000;
  const code = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the action did not finish within ${timeoutMs} ms:\n${Buffer.concat(out).toString()}\n${Buffer.concat(err).toString()}`));
    }, timeoutMs);
    child.on('close', (c) => {
      clearTimeout(timer);
      resolve(c ?? -1);
    });
  });
  const outputs = parseOutputFile(readFileSync(outputPath, 'utf8'));
  const reportPath = outputs['report-json'];
  const result: ActionRun = {
    code,
    stdout: Buffer.concat(out).toString('utf8'),
    stderr: Buffer.concat(err).toString('utf8'),
    outputs,
    summary: readFileSync(summaryPath, 'utf8'),
    report: reportPath && existsSync(reportPath) ? (JSON.parse(readFileSync(reportPath, 'utf8')) as GateReport) : null,
  };
  rmSync(tmp, { recursive: true, force: true });
  return result;
}

/**
 * A pull_request "synchronize" payload with the shape GitHub sends (trimmed to the fields that
 * matter plus the usual neighbours, so the action is fed realistic JSON).
 */
export function pullRequestPayload(number: number, baseSha: string, headSha: string): unknown {
  const repository = {
    id: 123456, node_id: 'R_kgDOAAAAAQ', name: 'models', full_name: 'acme/models', private: false,
    owner: { login: 'acme', id: 1, type: 'Organization' },
    html_url: 'https://github.com/acme/models', default_branch: 'main', fork: false,
  };
  return {
    action: 'synchronize',
    number,
    before: '1'.repeat(40),
    after: headSha,
    pull_request: {
      url: `https://api.github.com/repos/acme/models/pulls/${number}`,
      id: 987654321, node_id: 'PR_kwDOAAAAAc4AAAAB', number, state: 'open', locked: false, draft: false,
      title: 'Update models', body: 'Retrained the classifier.',
      html_url: `https://github.com/acme/models/pull/${number}`,
      user: { login: 'octocat', id: 583231, type: 'User' },
      labels: [], merged: false, mergeable: null, merge_commit_sha: null,
      created_at: '2026-11-23T10:00:00Z', updated_at: '2026-11-23T12:00:00Z',
      head: { label: 'acme:feature', ref: 'feature', sha: headSha, user: { login: 'acme', type: 'Organization' }, repo: repository },
      base: { label: 'acme:main', ref: 'main', sha: baseSha, user: { login: 'acme', type: 'Organization' }, repo: repository },
      author_association: 'MEMBER', commits: 1, changed_files: 1, additions: 0, deletions: 0,
    },
    repository,
    sender: { login: 'octocat', id: 583231, type: 'User' },
  };
}

/** What a suite undoes in its `after` hook, in order. */
export type Cleanups = Array<() => void | Promise<void>>;

/** A fake GitHub API, started, and stopped with the suite's cleanups. */
export async function startedServer(cleanups: Cleanups): Promise<FakeGitHub> {
  const gh = new FakeGitHub();
  await gh.start();
  cleanups.push(() => gh.stop());
  return gh;
}
