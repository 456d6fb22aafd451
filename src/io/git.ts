/**
 * Git helpers for the gate: resolve the baseline commit, list changed files, read blobs at a
 * commit. Shallow clones are handled by fetching exactly the one commit that is missing; history
 * is never deepened, unshallowed or shortened.
 */
import { CommandError, runCommand, runChecked } from './exec.js';
import { CatFileBatch, fileSink, memorySink } from './git-batch.js';
import type { ObjectInfo } from './git-batch.js';
import { decodeGitOutput, hasUncheckedOutComponent, NOT_CHECKED_OUT, UNDECODABLE_NAME, undecodableName } from './git-paths.js';
import { ModelFileError } from '../graph/errors.js';
import { MAX_LINK_TARGET_BYTES, MAX_LINKS } from './link-aliases.js';
import type { LinkListing } from './link-aliases.js';

export type Logger = (message: string) => void;

export type ChangeStatus = 'added' | 'modified' | 'removed' | 'renamed';

/** One changed path, repository-relative with forward slashes. */
export interface FileChange {
  readonly status: ChangeStatus;
  readonly path: string;
  /** For renames: the path at the base commit. */
  readonly previousPath?: string;
}

const SHA_RE = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
export const ZERO_SHA = '0000000000000000000000000000000000000000';

export function isSha(text: string): boolean {
  return SHA_RE.test(text);
}

/** `~N` / `^N` steps after a ref name (`main~2`, `HEAD^`): revision syntax, not part of the name. */
const ANCESTRY_SUFFIX = /(?:[~^]\d*)+$/;

/**
 * Why `ref` may not be handed to git as a revision, or null when it may. A ref comes from a
 * workflow input or the command line and ends up in `git rev-parse` and `git fetch`: it must not
 * start with `-` (an option: `--upload-pack=<command>`) or `+` (a forced refspec), and must follow
 * `git check-ref-format --allow-onelevel` (no `..`, `:`, `@{`, `\\`, white space, controls or glob
 * characters; no component starting with `.` or ending in `.lock`). A trailing `~N`/`^N` is
 * allowed; SHAs (full or abbreviated) pass as one-level names.
 */
export function refProblem(ref: string): string | null {
  if (ref.length > 1024) return 'longer than 1024 characters';
  const name = ref.replace(ANCESTRY_SUFFIX, '');
  if (name === '') return 'empty';
  if (/^[-+]/.test(name)) return `must not start with '${name[0]}'`;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f~^:?*[\\]/.test(name)) return 'contains a space, a control character or one of ~ ^ : ? * [ \\';
  if (name.includes('..')) return "contains '..'";
  if (name.includes('@{')) return "contains '@{'";
  if (name === '@') return "is '@'";
  if (name.startsWith('/') || name.endsWith('/') || name.includes('//')) return "has an empty path component (a leading, trailing or doubled '/')";
  if (name.endsWith('.')) return "ends with '.'";
  if (name.split('/').some((c) => c.startsWith('.') || c.endsWith('.lock'))) return "has a component that starts with '.' or ends with '.lock'";
  return null;
}

/** git's mode of a symbolic link in a tree. */
const SYMLINK_MODE = '120000';

/** Why a path that is a link cannot be read in a commit, by the type the object lookup answered. */
const UNFOLLOWED_LINKS: Readonly<Record<string, string>> = {
  symlink: "is a symbolic link that leads outside the commit's tree",
  dangling: 'is a symbolic link to a path the commit does not have',
  loop: 'is a symbolic link in a loop (or more than 40 links deep)',
  notdir: 'is a symbolic link to a path below a file',
  unfollowed: 'is a symbolic link, which is not followed for a name with a line break',
};

/**
 * Every git call puts `--end-of-options` (git >= 2.24) between its own options and values that
 * come from inputs, events or file names, so none of them can be read as an option.
 */
const EOO = '--end-of-options';

/** Blobs up to this size are copied through the cat-file batch; larger ones by a process of their own (copyBlob). */
export const COPY_DIRECT_BYTES = 4 * 1024 * 1024;

export class Git {
  constructor(readonly cwd: string, private readonly log: Logger = () => undefined) {}

  private async out(args: readonly string[]): Promise<string> {
    return (await runChecked('git', args, { cwd: this.cwd })).toString('utf8').trim();
  }

  private async ok(args: readonly string[]): Promise<boolean> {
    return (await runCommand('git', args, { cwd: this.cwd })).code === 0;
  }

  async topLevel(): Promise<string> {
    return this.out(['rev-parse', '--show-toplevel']);
  }

  /** Full SHA of a ref or SHA that resolves to a commit here, else null. */
  async resolveCommit(ref: string): Promise<string | null> {
    const r = await runCommand('git', ['rev-parse', '--verify', '--quiet', EOO, `${ref}^{commit}`], { cwd: this.cwd });
    const sha = r.stdout.toString('utf8').trim();
    return r.code === 0 && isSha(sha) ? sha : null;
  }

  async hasCommit(sha: string): Promise<boolean> {
    return this.ok(['cat-file', '-e', EOO, `${sha}^{commit}`]);
  }

  async isShallow(): Promise<boolean> {
    return (await this.out(['rev-parse', '--is-shallow-repository'])) === 'true';
  }

  /**
   * Makes `sha` available locally. If it is absent (typically a shallow clone), fetches exactly
   * that commit with depth 1: no tags, no ref updates, no change to the rest of the history.
   */
  async ensureCommit(sha: string, remote = 'origin'): Promise<void> {
    // Only a full SHA is ever fetched by value (refs go through refProblem and resolveRef).
    if (!isSha(sha)) throw new CommandError(`git fetch ${remote} ${sha}`, 128, 'not a full commit SHA');
    if (await this.hasCommit(sha)) return;
    this.log(`Commit ${sha} is not in the local clone${(await this.isShallow()) ? ' (shallow)' : ''}; fetching just that commit: git fetch --no-tags --depth=1 ${remote} ${sha}`);
    const r = await runCommand('git', ['fetch', '--no-tags', '--depth=1', EOO, remote, sha], { cwd: this.cwd, timeoutMs: 300_000 });
    if (r.code !== 0 || !(await this.hasCommit(sha))) {
      throw new CommandError(`git fetch --no-tags --depth=1 ${remote} ${sha}`, r.code, r.stderr || 'the commit is still missing after the fetch');
    }
  }

  /** Merge base of two commits present locally, or null when git cannot tell (e.g. shallow history). */
  async mergeBase(a: string, b: string): Promise<string | null> {
    const r = await runCommand('git', ['merge-base', EOO, a, b], { cwd: this.cwd });
    const sha = r.stdout.toString('utf8').trim();
    return r.code === 0 && isSha(sha) ? sha : null;
  }

  /** First parent, or null for a root commit (or when the parent was cut off by a shallow clone). */
  async firstParent(sha: string): Promise<string | null> {
    return this.resolveCommit(`${sha}^1`);
  }

  /** Parent SHAs as recorded in the commit object (known even when a shallow clone cut them off). */
  async parents(sha: string): Promise<string[]> {
    const text = await this.out(['cat-file', '-p', EOO, `${sha}^{commit}`]);
    const parents: string[] = [];
    for (const line of text.split('\n')) {
      if (line === '') break; // end of the header
      const m = /^parent ([0-9a-f]{40,64})$/.exec(line);
      if (m) parents.push(m[1]!);
    }
    return parents;
  }

  /**
   * Files changed between two commits (head null: the working tree), with rename detection.
   * Paths are relative to the repository root.
   */
  async diffNameStatus(base: string, head: string | null): Promise<FileChange[]> {
    const args = ['-c', 'core.quotepath=off', 'diff', '--no-ext-diff', '--no-textconv', '--name-status', '-z', '-M', EOO, base];
    if (head) args.push(head);
    args.push('--');
    return parseNameStatusZ(decodeGitOutput(await runChecked('git', args, { cwd: this.cwd })));
  }

  /**
   * Object questions go to two long-lived `git cat-file` processes (git-batch.ts), started on
   * first use: one `--batch-check` (ids and sizes), one `--batch` (contents, by id).
   */
  private batches: { check: CatFileBatch; contents: CatFileBatch } | null = null;

  private batch(): { check: CatFileBatch; contents: CatFileBatch } {
    // Links are followed inside the commit's tree, as the working tree follows them on disk: a
    // model that is a link (`current.onnx -> v3.onnx`) is its target on both sides.
    this.batches ??= { check: new CatFileBatch(this.cwd, '--batch-check', undefined, true), contents: new CatFileBatch(this.cwd, '--batch') };
    return this.batches;
  }

  /** Ends the cat-file processes (they also end on their own once idle, and never keep the program alive). */
  close(): void {
    this.batches?.check.close();
    this.batches?.contents.close();
    this.batches = null;
  }

  /**
   * The blob at a path of a commit (id and size), or null when the commit has no file there (a
   * folder or a submodule is no file). Throws CommandError when git fails.
   */
  blobAt(sha: string, path: string): Promise<ObjectInfo | null> {
    // A commit's tree never changes: each path is asked once (size, then content, then its id for the cache).
    const key = `${sha}:${path}`;
    let known = this.blobs.get(key);
    // Asked for by its text, git would answer for the valid name it turns into (git-paths.ts).
    if (undecodableName(path)) return Promise.reject(new ModelFileError(path, UNDECODABLE_NAME));
    // git would walk `..` up the tree and answer for wherever that leads.
    if (hasUncheckedOutComponent(path)) return Promise.reject(new ModelFileError(path, NOT_CHECKED_OUT));
    if (known === undefined) {
      known = (async () => {
        const lines = /[\r\n]/.test(path);
        const info = lines ? await this.lsTreeInfo(sha, path) : await this.batch().check.info(key);
        const unfollowed = info === null ? undefined : UNFOLLOWED_LINKS[info.type];
        if (unfollowed !== undefined) throw new ModelFileError(path, unfollowed);
        // git answers "missing" for an object it cannot read (a partial clone whose fetch failed, a
        // pruned or corrupt repository) as for a path the tree lacks: taken as absent, a modified
        // model's base read as a new model and passed its max-increase budgets.
        if (info === null && !lines && (await this.listing(sha)).blobs.has(path)) {
          throw new CommandError(`git cat-file --batch-check ${key}`, 0, `${path} is in the commit's tree but git cannot read its object`);
        }
        return info !== null && info.type === 'blob' ? info : null;
      })();
      this.blobs.set(key, known);
      known.catch(() => this.blobs.delete(key));
    }
    return known;
  }

  private readonly blobs = new Map<string, Promise<ObjectInfo | null>>();
  private readonly listings = new Map<string, Promise<TreeListing>>();

  /**
   * blobAt for a path with a line break, which a cat-file batch cannot be asked for: one `git
   * ls-tree`, which does not follow links (such a link is answered as one it cannot follow).
   */
  private async lsTreeInfo(sha: string, path: string): Promise<ObjectInfo | null> {
    // A path is a pathspec to ls-tree: literal, or a name starting with `:/` or `:(glob)` would be
    // read as magic (nothing found, or a failure), and an existing base would read as absent.
    const raw = decodeGitOutput(await runChecked('git', ['--literal-pathspecs', 'ls-tree', '-z', '-l', '--full-tree', EOO, sha, '--', path], { cwd: this.cwd }));
    for (const line of raw.split('\0')) {
      // `<mode> <type> <id> <size>\t<path>` (size `-` for what is no blob)
      const m = /^(\d+) ([a-z]+) ([0-9a-f]+) +(\d+|-)\t([^]*)$/.exec(line);
      if (!m || m[5] !== path || !isSha(m[3]!) || m[4] === '-') continue;
      if (m[1] === SYMLINK_MODE) return { oid: '', type: 'unfollowed', size: 0 };
      return { oid: m[3]!, type: m[2]!, size: Number(m[4]) };
    }
    return null;
  }

  /**
   * The first `maxBytes` bytes of a file at a commit, or null when the path does not exist there.
   * A blob within `maxBytes` comes whole from the batch; of a larger one only the start is read,
   * by a `git cat-file` stopped once it has sent that much.
   */
  async readBlob(sha: string, path: string, maxBytes: number): Promise<Buffer | null> {
    const blob = await this.blobAt(sha, path);
    if (blob === null) return null;
    if (blob.size <= maxBytes) return vanished(await this.batch().contents.contents(blob.oid, memorySink(path, maxBytes)), blob.oid);
    const r = await runCommand('git', ['cat-file', 'blob', EOO, blob.oid], { cwd: this.cwd, maxStdoutBytes: maxBytes });
    if (r.code !== 0) throw new CommandError(`git cat-file blob ${blob.oid}`, r.code, r.stderr);
    return r.stdout;
  }

  /**
   * Writes a blob to `target` (streamed, whatever its size); false when the path does not exist.
   * A blob over COPY_DIRECT_BYTES gets its own `git cat-file blob` writing straight into the file:
   * piped through the batch it would cost this thread about 1 ms of CPU a MB (40 ms for a 47 MB
   * resnet18, against 2 ms), and copies would wait for each other in the one batch process.
   */
  async copyBlob(sha: string, path: string, target: string): Promise<boolean> {
    const blob = await this.blobAt(sha, path);
    if (blob === null) return false;
    if (blob.size <= COPY_DIRECT_BYTES) return vanished(await this.batch().contents.contents(blob.oid, fileSink(target)), blob.oid) === true;
    const r = await runCommand('git', ['cat-file', 'blob', EOO, blob.oid], { cwd: this.cwd, stdoutFile: target, timeoutMs: 600_000 });
    if (r.code !== 0) throw new CommandError(`git cat-file blob ${blob.oid}`, r.code, r.stderr);
    return true;
  }

  /** Size of a blob at a commit, or null when the path does not exist there. */
  async blobSize(sha: string, path: string): Promise<number | null> {
    return (await this.blobAt(sha, path))?.size ?? null;
  }

  /**
   * The blob SHAs of paths in a commit; a path the commit has no file at is left out. Null when git
   * fails: an empty answer would read as "every side file absent" and let a stale cache entry match.
   */
  async blobIds(sha: string, paths: readonly string[]): Promise<Map<string, string> | null> {
    try {
      // Asked all at once: the batch answers them in order, from one process.
      const found = await Promise.all(paths.map(async (p) => [p, await this.blobAt(sha, p)] as const));
      return new Map(found.flatMap(([p, b]) => (b === null ? [] : [[p, b.oid] as const])));
    } catch (e) {
      // A path git cannot read (a link out of the tree): no key; reading the model reports it.
      if (e instanceof CommandError || e instanceof ModelFileError) return null;
      throw e;
    }
  }

  /** Every file path in a commit's tree (repository-relative), with its links, listed once per commit. */
  private listing(sha: string): Promise<TreeListing> {
    let listing = this.listings.get(sha);
    if (listing === undefined) {
      listing = runChecked('git', ['-c', 'core.quotepath=off', 'ls-tree', '-r', '-z', '--full-tree', EOO, sha], { cwd: this.cwd }).then((raw) => parseTreeListing(decodeGitOutput(raw)));
      this.listings.set(sha, listing);
      listing.catch(() => this.listings.delete(sha));
    }
    return listing;
  }

  /** Every file path in a commit's tree (repository-relative), links included. */
  async listFiles(sha: string): Promise<string[]> {
    return [...(await this.listing(sha)).files];
  }

  /**
   * The commit's symbolic links and their target texts, up to MAX_LINKS (link-aliases.ts). A
   * target longer than a path can be is no link git could check out: left out.
   */
  async listLinks(sha: string): Promise<LinkListing> {
    const { links } = await this.listing(sha);
    const read = links.slice(0, MAX_LINKS);
    const texts = await Promise.all(read.map(async ({ path, oid }) => {
      if (undecodableName(path) || hasUncheckedOutComponent(path)) return null;
      try {
        const text = await this.batch().contents.contents(oid, memorySink(path, MAX_LINK_TARGET_BYTES));
        // Decoded as the names are: a lossy decode would lead the link to another file's name.
        return text === null ? null : ([path, decodeGitOutput(text)] as const);
      } catch (e) {
        if (e instanceof ModelFileError) return null;
        throw e;
      }
    }));
    return { links: new Map(texts.filter((t) => t !== null)), skipped: links.length - read.length };
  }

  /** Untracked, not ignored files in the working tree, repository-relative. */
  async listUntracked(): Promise<string[]> {
    const top = await this.topLevel();
    const raw = (await runChecked('git', ['-c', 'core.quotepath=off', 'ls-files', '-z', '--others', '--exclude-standard'], { cwd: top }));
    return decodeGitOutput(raw).split('\0').filter((p) => p !== '');
  }

  /** Tracked and untracked (not ignored) files in the working tree, repository-relative. */
  async listWorkingFiles(): Promise<string[]> {
    const top = await this.topLevel();
    const raw = (await runChecked('git', ['-c', 'core.quotepath=off', 'ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: top }));
    return [...new Set(decodeGitOutput(raw).split('\0').filter((p) => p !== ''))];
  }
}

interface TreeListing {
  readonly files: readonly string[];
  /** Paths whose entry is a blob (a file or a link), not a submodule. */
  readonly blobs: ReadonlySet<string>;
  readonly links: ReadonlyArray<{ readonly path: string; readonly oid: string }>;
}

/** Parses `git ls-tree -r -z` output: `<mode> <type> <id>\t<path>` per entry (as `--name-only` listed them, submodules included). */
function parseTreeListing(raw: string): TreeListing {
  const files: string[] = [];
  const blobs = new Set<string>();
  const links: Array<{ path: string; oid: string }> = [];
  for (const line of raw.split('\0')) {
    const m = /^(\d+) ([a-z]+) ([0-9a-f]+)\t([^]*)$/.exec(line);
    if (!m || m[4] === '') continue;
    files.push(m[4]!);
    if (m[2] === 'blob') blobs.add(m[4]!);
    if (m[1] === SYMLINK_MODE && m[2] === 'blob') links.push({ path: m[4]!, oid: m[3]! });
  }
  return { files, blobs, links };
}

/** Parses `git diff --name-status -z` output. Copies count as additions of the new path. */
export function parseNameStatusZ(raw: string): FileChange[] {
  const parts = raw.split('\0');
  const changes: FileChange[] = [];
  for (let i = 0; i < parts.length; ) {
    const code = parts[i++];
    if (!code) continue;
    const kind = code[0];
    if (kind === 'R' || kind === 'C') {
      const from = parts[i++] ?? '';
      const to = parts[i++] ?? '';
      changes.push(kind === 'R' ? { status: 'renamed', path: to, previousPath: from } : { status: 'added', path: to });
    } else {
      const path = parts[i++] ?? '';
      if (kind === 'A') changes.push({ status: 'added', path });
      else if (kind === 'D') changes.push({ status: 'removed', path });
      else changes.push({ status: 'modified', path }); // M, T (type change), U, X
    }
  }
  return changes;
}

/**
 * The contents of a blob the listing just found. Git saying it is missing now (a partial clone
 * whose fetch failed, a repository pruned meanwhile) is a git failure, not "no file at the path".
 */
function vanished<T>(contents: T | null, oid: string): T {
  if (contents === null) throw new CommandError(`git cat-file --batch ${oid}`, 0, `object ${oid} is listed in the tree but git cannot read it`);
  return contents;
}
