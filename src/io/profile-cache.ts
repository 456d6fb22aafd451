/**
 * The baseline cache (`cache-dir` input, `--cache-dir`): a profile is a pure function of the
 * model's bytes, its side files' bytes, the profile options and the code that profiles, so the
 * profiles of a model read from a git commit (one per operating point) are keyed by its blob
 * SHA, its path, the options and a fingerprint of this build, and reused on the next run. The
 * side files are only known once the reader has read the model (and, for a SavedModel, its
 * index): the entry records every side path the reader asked for with its blob SHA (or its
 * absence), and is used only while each still has that blob. Given the same model bytes and the
 * same side-file bytes the reader asks for the same files, so this is the same as keying on
 * them. The base side of a pull request is usually the very blobs of the last run's base.
 *
 * Entries are files a workflow restores (actions/cache), so hostile input: each holds its whole
 * key (compared, not just the file name), a digest of its content, side files as path/SHA pairs
 * and profiles checked against schema/profile.schema.json; one over MAX_ENTRY_BYTES, not a
 * regular file, not JSON, nested deeper than any entry of ours (json-input.ts), of another key,
 * failing its digest, its shape or the schema is a debug line and a fresh profile, never a crash,
 * a failed run or a number from it. Writes go to a temporary file renamed into place, so a reader
 * never sees half an entry. The digest catches corruption, not forgery: whoever can write the cache can forge
 * entries, so give the cache only to runs that may set the numbers (actions/cache entries a pull
 * request saves are scoped to that pull request).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lazyValidator } from '../budget/schema-validator.js';
import profileSchema from '../../schema/profile.schema.json' with { type: 'json' };
import { UnsafeFileError } from '../formats/contained-file.js';
import type { ProfileResult } from '../profile/types.js';
import type { JobOutcome, ProfileJob } from './profile-job.js';
import { readContainedFile } from './contained-read.js';
import { parseJsonInput } from './json-input.js';
import type { TreeSource } from './sources.js';

/** Far above a per-node profile of a 50,000-node graph; an entry beyond it is not ours. */
export const MAX_ENTRY_BYTES = 64 * 1024 * 1024;

const ENTRY_FORMAT = 'model-budget-profile-cache/1';

let fingerprint: string | undefined;

/**
 * The folder of the code that computes profiles, from this module's file: the bundle's folder
 * in dist/ (every chunk sits beside the entry), the compiled source tree in a checkout
 * (build/src, whose io/ holds this module: the engine, ops and readers are in its siblings).
 */
export function codeRoot(moduleFile: string): string {
  const dir = dirname(moduleFile);
  return basename(moduleFile) === 'profile-cache.js' && basename(dir) === 'io' ? dirname(dir) : dir;
}

/** SHA-256 over every .js file under `root` (relative path and content, in code-unit order). */
export function fingerprintOf(root: string): string {
  const files: string[] = [];
  const visit = (rel: string): void => {
    for (const e of readdirSync(join(root, rel), { withFileTypes: true })) {
      const p = rel === '' ? e.name : `${rel}/${e.name}`;
      if (e.isDirectory()) visit(p);
      else if (e.isFile() && e.name.endsWith('.js')) files.push(p);
    }
  };
  visit('');
  const hash = createHash('sha256');
  for (const p of files.sort()) hash.update(p).update('\0').update(readFileSync(join(root, p))).update('\0');
  return hash.digest('hex');
}

/**
 * A digest of the code that computes profiles (codeRoot: every chunk of the bundle, or every
 * compiled module). Any change to the profiler changes it, without anyone having to remember to
 * bump a version. About 1.3 MB (unbundled) to 3.4 MB (a bundle) hashed once per run that uses
 * the cache.
 */
export function codeFingerprint(): string {
  fingerprint ??= fingerprintOf(codeRoot(fileURLToPath(import.meta.url)));
  return fingerprint;
}

/** JSON with object keys sorted, so equal options give equal keys whatever order they were built in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value).sort().filter((k) => (value as Record<string, unknown>)[k] !== undefined).map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const profileValidator = lazyValidator(profileSchema);

export interface CacheStats {
  hits: number;
  misses: number;
  /** Entries found but not used (corrupt, another key, not profiles, side files changed). */
  rejected: number;
  writes: number;
}

/** What an entry holds besides its key: the side files it was measured with, and the profiles. */
export interface CachedJob {
  readonly sideFiles: ReadonlyArray<readonly [string, string | null]>;
  readonly profiles: readonly ProfileResult[];
}

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

export class ProfileCache {
  readonly stats: CacheStats = { hits: 0, misses: 0, rejected: 0, writes: 0 };

  constructor(
    readonly dir: string,
    private readonly log: (message: string) => void = () => undefined,
    /** The code fingerprint; tests pin it. */
    private readonly version: string = codeFingerprint(),
  ) {}

  /** The full key of a job: the model's blob and path, the options of each run, and the build. */
  key(parts: { readonly model: string; readonly path: string; readonly runs: unknown }): string {
    return canonical({ format: ENTRY_FORMAT, code: this.version, model: parts.model, path: parts.path, runs: parts.runs });
  }

  private fileOf(key: string): string {
    return join(this.dir, `${createHash('sha256').update(key).digest('hex')}.json`);
  }

  private digest(key: string, content: string): string {
    return createHash('sha256').update(key).update('\0').update(content).digest('hex');
  }

  /** Counts and logs an entry that is not used; always null. */
  reject(key: string, why: string): null {
    this.stats.rejected++;
    this.stats.misses++;
    this.log(`Cache: ignoring ${this.fileOf(key)}: ${why}; profiling again`);
    return null;
  }

  /** The entry for `key`, or null (absent, or an entry that cannot be trusted: logged). */
  async get(key: string): Promise<CachedJob | null> {
    const file = this.fileOf(key);
    const reject = (why: string): null => this.reject(key, why);
    let bytes: Buffer | null;
    try {
      bytes = await readContainedFile(file, { within: this.dir, withinName: 'the cache directory', maxBytes: MAX_ENTRY_BYTES, tooLarge: `larger than ${MAX_ENTRY_BYTES / 1024 / 1024} MiB` });
    } catch (e) {
      if (e instanceof UnsafeFileError) return reject(e.reason);
      throw e;
    }
    if (bytes === null) {
      this.stats.misses++;
      return null;
    }
    let entry: CachedJob | string;
    try {
      entry = this.entryOf(key, bytes);
    } catch (e) {
      // entryOf bounds what it recurses over (parseJsonInput's depth, the 64 MiB cap): an engine
      // limit hit anyway (stack depth, string length) is still this entry's fault, not the run's.
      if (!(e instanceof RangeError)) throw e;
      return reject(`cannot be checked (${e.message.split('\n')[0]})`);
    }
    return typeof entry === 'string' ? reject(entry) : entry;
  }

  /**
   * The entry in `bytes` if it is one for `key`, else why not: every check of a file's content,
   * in the order that keeps hostile text cheap (nesting bounded before it is parsed and before
   * JSON.stringify recurses over it for the digest).
   */
  private entryOf(key: string, bytes: Buffer): CachedJob | string {
    const parsed = parseJsonInput(bytes);
    if ('problem' in parsed) return parsed.problem;
    const entry = parsed.value;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return 'not an entry';
    const e = entry as Record<string, unknown>;
    if (Object.keys(e).sort().join() !== 'digest,key,profiles,sideFiles') return 'not an entry of this cache';
    if (e['key'] !== key) return "its key is not this model's";
    const { sideFiles, profiles } = e;
    if (e['digest'] !== this.digest(key, JSON.stringify([sideFiles, profiles]))) return 'its content does not match its digest';
    const pairs = Array.isArray(sideFiles) && sideFiles.every((p) => Array.isArray(p) && p.length === 2 && typeof p[0] === 'string' && (p[1] === null || (typeof p[1] === 'string' && SHA.test(p[1]))));
    if (!pairs) return 'its side files are not path/blob pairs';
    if (!Array.isArray(profiles) || profiles.length === 0 || !profiles.every((p) => profileValidator()(p))) return 'its profiles do not match schema/profile.schema.json';
    return { sideFiles: sideFiles as Array<[string, string | null]>, profiles: profiles as ProfileResult[] };
  }

  /** Stores an entry under `key`: written whole to a temporary file, then renamed into place. */
  async put(key: string, job: CachedJob): Promise<void> {
    const file = this.fileOf(key);
    // JSON turns NaN and Infinity into null: profiles holding one are not stored, so that no
    // later run reads a different number than this one computed.
    let finite = true;
    // Each part is written once; the digest's text is the pair as JSON.stringify would write it.
    const sides = JSON.stringify(job.sideFiles);
    const profiles = JSON.stringify(job.profiles, (_k, v: unknown) => {
      if (typeof v === 'number' && !Number.isFinite(v)) finite = false;
      return v;
    });
    if (!finite) return;
    const text = `{"key":${JSON.stringify(key)},"digest":"${this.digest(key, `[${sides},${profiles}]`)}","sideFiles":${sides},"profiles":${profiles}}\n`;
    if (Buffer.byteLength(text) > MAX_ENTRY_BYTES) return;
    const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      await mkdir(this.dir, { recursive: true });
      await writeFile(tmp, text, { flag: 'wx' });
      await rename(tmp, file);
      this.stats.writes++;
    } catch (e) {
      // A cache that cannot be written costs speed, never the run.
      await rm(tmp, { force: true }).catch(() => undefined);
      this.log(`Cache: cannot write ${file}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    }
  }
}

/**
 * A profile job (every run of one side of a model) from the cache when the side is a git
 * commit (blob SHAs known) and an entry for this model blob, path, runs and build exists whose
 * side files still have the recorded blobs: looked up before anything is copied out of git, as
 * the key needs only blob SHAs. Otherwise `measure` places and profiles the model, telling
 * `asked` the side files the reader asks for, and a job whose every run was profiled is stored.
 * Files on disk (a working tree, generated directories) are profiled as always.
 */
export async function cachedJob<Other extends { readonly kind: string }>(
  cache: ProfileCache | null,
  source: TreeSource,
  job: Pick<ProfileJob, 'path' | 'runs'>,
  measure: (asked: (sidePaths: readonly string[]) => void) => Promise<JobOutcome | Other>,
): Promise<JobOutcome | Other> {
  if (!cache || !source.blobIds) return measure(() => undefined);
  const model = (await source.blobIds([job.path]))?.get(job.path);
  if (model === undefined) return measure(() => undefined);
  const key = cache.key({ model, path: job.path, runs: job.runs });
  const hit = await cache.get(key);
  if (hit) {
    const now = await source.blobIds(hit.sideFiles.map(([p]) => p));
    const changed = now === null || hit.sideFiles.some(([p, blob]) => (now.get(p) ?? null) !== blob);
    if (!changed && hit.profiles.length === job.runs.length) {
      cache.stats.hits++;
      return { kind: 'profiled', runs: hit.profiles.map((profile) => ({ profile })), ms: 0, cached: true };
    }
    cache.stats.misses++;
  }
  const asked: string[] = [];
  const outcome = await measure((paths) => {
    for (const p of paths) asked.push(p);
  });
  if (outcome.kind !== 'profiled') return outcome;
  const profiled = outcome as JobOutcome & { kind: 'profiled' };
  if (!profiled.runs.every((r) => 'profile' in r)) return outcome;
  const sides = [...new Set(asked)].sort();
  const blobs = await source.blobIds(sides);
  // Side files whose blobs git could not tell: no entry rather than one that says they are absent.
  if (blobs === null) return outcome;
  await cache.put(key, { sideFiles: sides.map((p) => [p, blobs.get(p) ?? null] as const), profiles: profiled.runs.map((r) => (r as { profile: ProfileResult }).profile) });
  return outcome;
}
