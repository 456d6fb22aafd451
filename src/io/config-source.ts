/**
 * Where the budget config comes from, decided in one place for the CLI and the action.
 *
 * - The default file (`.github/model-budget.yml`) is a repository path: it is looked up from the
 *   repository top, never from the directory a command happens to run in.
 * - In a comparison (pull request, `check`) the budgets come from the base side by default, so a
 *   pull request cannot relax its own budgets; when the base has no config yet, the head's is
 *   used and the report says so. `config-from: head` opts into the head's config.
 * - A config named explicitly must exist: a typo would otherwise switch every budget off.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { DEFAULT_CONFIG_FILE, parseConfig } from '../budget/config.js';
import type { GateConfig } from '../budget/types.js';
import { ConfigError, ModelFileError, UsageError } from '../graph/errors.js';
import { Git } from './git.js';
import type { TreeSource } from './sources.js';
import { UnsafeFileError } from '../formats/contained-file.js';
import { FileTooLargeError, readContainedFile } from './contained-read.js';

export type ConfigFrom = 'base' | 'head';
export const CONFIG_FROM: readonly ConfigFrom[] = ['base', 'head'];

export interface ConfigSpec {
  /** Repository-relative path of the config (or an absolute path outside the repository). */
  readonly path: string;
  /** The user named the file: it must exist. */
  readonly explicit: boolean;
  /** Which side's config sets the budgets in a comparison. */
  readonly from: ConfigFrom;
  /** How the user named it, for messages (`--config: x.yml`, `input 'config': x.yml`). */
  readonly label: string;
}

/** The two trees a config can be read from; `base` null when there is no base side to trust. */
export interface ConfigSides {
  readonly base: TreeSource | null;
  readonly head: TreeSource;
}

export interface LoadedConfig {
  /** The config the gate applies; null when there is none. */
  readonly config: GateConfig | null;
  /** Which side it was read from; null when there is no config. */
  readonly source: ConfigFrom | null;
  /** Something the report must say about the choice (e.g. the base has no config yet). */
  readonly note: string | null;
  /** The base and head configs as parsed, when both exist (to list budget changes). */
  readonly baseConfig: GateConfig | null;
  readonly headConfig: GateConfig | null;
}

/**
 * The directory the default config is resolved from: the top of the git repository containing
 * `cwd`, else `cwd` itself (two loose files compared outside any repository).
 */
export async function repositoryTop(cwd: string): Promise<string | null> {
  try {
    return await new Git(cwd).topLevel();
  } catch {
    return null;
  }
}

/** How a caller names the config; resolved against the comparison's repository top. */
export interface ConfigRequest {
  /** The file as the user gave it; undefined for the default file. */
  readonly file?: string;
  /** Directory a relative `file` is resolved from (the shell's for the CLI); default the top. */
  readonly cwd?: string;
  readonly from: ConfigFrom;
  /** How the user named it, for messages (`--config`, `input 'config'`). */
  readonly label: string;
}

/**
 * The spec for a config request: the default file is a path from the repository top `root`; a
 * named file is resolved from `cwd` and read from the trees when it lies inside the repository.
 */
export function configSpec(root: string, request: ConfigRequest): ConfigSpec {
  const { file, from } = request;
  if (file === undefined) return { path: DEFAULT_CONFIG_FILE, explicit: false, from, label: request.label };
  const full = resolve(request.cwd ?? root, file);
  return { path: pathInside(root, full) ?? full, explicit: true, from, label: `${request.label}: ${file}` };
}

/** `full` as a `/`-separated path relative to `root`, or null when it is not below root. */
export function pathInside(root: string, full: string): string | null {
  const rel = relative(root, full);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return null;
  return rel.split(sep).join('/');
}

/** A config larger than this is refused unread: it is a few lines of YAML, and the file comes from the PR. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

const TOO_LARGE = `larger than ${MAX_CONFIG_BYTES / 1024} KiB; a budget config is a few lines of YAML`;

/** Reads the file named by `spec` on one side; absolute paths are read from disk. */
async function readSide(spec: ConfigSpec, side: TreeSource | null): Promise<string | null> {
  if (!side) return null;
  if (isAbsolute(spec.path)) {
    // Only the CLI names files outside the repository: the user's own file, on disk, held to
    // the same checks (a regular file, the cap) so that /dev/zero cannot be read forever.
    let bytes: Buffer | null;
    try {
      bytes = await readContainedFile(spec.path, { within: null, maxBytes: MAX_CONFIG_BYTES, tooLarge: TOO_LARGE });
    } catch (e) {
      if (e instanceof FileTooLargeError) throw new ConfigError(spec.path, 0, '', TOO_LARGE);
      if (e instanceof UnsafeFileError) throw new UsageError(`${spec.label}: ${e.reason}`);
      throw e;
    }
    return bytes ? bytes.toString('utf8') : null;
  }
  let bytes: Buffer | null;
  try {
    bytes = await side.read(spec.path, MAX_CONFIG_BYTES + 1);
  } catch (e) {
    // A FIFO, a device or a link out of the repository in place of the config.
    if (e instanceof ModelFileError) throw new ConfigError(spec.path, 0, '', e.detail);
    throw e;
  }
  if (bytes && bytes.length > MAX_CONFIG_BYTES) throw new ConfigError(spec.path, 0, '', TOO_LARGE);
  return bytes ? bytes.toString('utf8') : null;
}

/**
 * Runs `read` for one side's config; in a comparison, a ConfigError says whose copy it is. The
 * budgets come from the base, so a bare `.github/model-budget.yml:3: invalid YAML` from a pull
 * request that broke its own copy would read as the base branch's fault.
 */
async function onSide<T>(spec: ConfigSpec, sides: ConfigSides, side: TreeSource | null, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (e) {
    // A file named outside the repository is one file, whichever side asked.
    if (!(e instanceof ConfigError) || sides.base === null || side === null || isAbsolute(spec.path)) throw e;
    throw new ConfigError(e.file, e.line, e.key, `${e.detail} (the ${side.side}'s copy: ${side.description})`);
  }
}

/**
 * Reads and parses the config of both sides, and picks the one that sets the budgets. Either
 * file failing to parse is a config error: a pull request that breaks the config would break
 * every pull request after it.
 */
export async function loadConfig(spec: ConfigSpec, sides: ConfigSides): Promise<LoadedConfig> {
  const [baseText, headText] = await Promise.all([onSide(spec, sides, sides.base, () => readSide(spec, sides.base)), onSide(spec, sides, sides.head, () => readSide(spec, sides.head))]);
  const baseConfig = baseText === null ? null : await onSide(spec, sides, sides.base, async () => parseConfig(baseText, spec.path));
  const headConfig = headText === null ? null : await onSide(spec, sides, sides.head, async () => parseConfig(headText, spec.path));
  if (!baseConfig && !headConfig) {
    if (spec.explicit) throw new UsageError(`${spec.label} does not exist`);
    return { config: null, source: null, note: null, baseConfig, headConfig };
  }
  if (spec.from === 'base' && sides.base) {
    if (baseConfig) return { config: baseConfig, source: 'base', note: null, baseConfig, headConfig };
    return {
      config: headConfig,
      source: 'head',
      note: `The base branch has no ${spec.path} yet: the budgets are this pull request's own.`,
      baseConfig,
      headConfig,
    };
  }
  if (headConfig) return { config: headConfig, source: 'head', note: null, baseConfig, headConfig };
  // config-from: head, and the head deleted the config: no budgets, and the report says why.
  return { config: null, source: null, note: `This pull request deletes ${spec.path}: no budgets apply.`, baseConfig, headConfig };
}
