/**
 * From "files that changed" to "models that changed": model paths are picked with the `models`
 * globs, renames keep their old path, and a changed side file (external data such as
 * `model.onnx.data`, a shard, an index, a config.json, as the model's format names them) marks
 * every model that needs it as modified.
 */
import { posix } from 'node:path';
import { sideFileLocations } from '../formats/registry.js';
import { ModelFileError } from '../graph/errors.js';
import type { FileChange } from './git.js';
import { parseLfsPointer } from './lfs.js';
import { filesEqual, sideFilePath } from './sources.js';
import type { TreeSource } from './sources.js';

export type ModelChangeStatus = 'added' | 'modified' | 'deleted' | 'renamed';

export interface ModelChange {
  readonly status: ModelChangeStatus;
  /** Head path (base path for deleted models). */
  readonly path: string;
  readonly previousPath?: string;
  /** Why a model with an unchanged model file counts as changed. */
  readonly via?: string;
}

/** Models larger than this are not scanned for side-file references (see findModelChanges). */
export const MAX_SCANNED_MODEL_BYTES = 64 * 1024 * 1024;

/** True when `dir` is `sub` or one of its ancestors ('' is the root). */
function isAncestorDir(dir: string, sub: string): boolean {
  return dir === '' || dir === '.' || sub === dir || sub.startsWith(`${dir}/`);
}

function dirOf(path: string): string {
  const d = posix.dirname(path);
  return d === '.' ? '' : d;
}

export async function findModelChanges(
  files: readonly FileChange[],
  isModel: (path: string) => boolean,
  base: TreeSource | null,
  head: TreeSource,
): Promise<ModelChange[]> {
  const byPath = new Map<string, ModelChange>();
  const sideCandidates = new Set<string>();
  const add = (c: ModelChange): void => {
    if (!byPath.has(c.path)) byPath.set(c.path, c);
  };
  for (const f of files) {
    const isNew = isModel(f.path);
    const wasOld = f.previousPath !== undefined && isModel(f.previousPath);
    if (f.status === 'renamed' && f.previousPath !== undefined) {
      if (isNew && wasOld) add({ status: 'renamed', path: f.path, previousPath: f.previousPath });
      else if (isNew) add({ status: 'added', path: f.path });
      else if (wasOld) add({ status: 'deleted', path: f.previousPath });
      if (!isNew) sideCandidates.add(f.path);
      if (!wasOld) sideCandidates.add(f.previousPath);
      continue;
    }
    if (!isNew) {
      sideCandidates.add(f.path);
      continue;
    }
    add({ status: f.status === 'removed' ? 'deleted' : f.status === 'added' ? 'added' : 'modified', path: f.path });
  }
  if (sideCandidates.size === 0) return [...byPath.values()];

  // Models whose directory contains a changed non-model file may reference it as a side file.
  const candidateDirs = [...sideCandidates].map(dirOf);
  const near = (p: string): boolean => isModel(p) && !byPath.has(p) && candidateDirs.some((d) => isAncestorDir(dirOf(p), d));
  const headModels = (await head.list()).filter(near);
  const baseModels = base ? (await base.list()).filter(near) : [];
  const headSet = new Set(headModels);
  const baseSet = new Set(baseModels);
  for (const path of [...new Set([...headModels, ...baseModels])].sort()) {
    const refs = new Set<string>();
    for (const src of [headSet.has(path) ? head : null, baseSet.has(path) ? base : null]) {
      if (!src) continue;
      // Models that name their side files inside (ONNX external data) are small (the graph
      // only); reading every large model near an unrelated changed file would cost far more
      // than it could find. Without the content, the format answers from the name alone.
      let size: number | null;
      try {
        size = await src.size(path);
      } catch (e) {
        // A FIFO or a link out of the tree references nothing; if it changed itself, it is
        // reported as a model that could not be measured.
        if (e instanceof ModelFileError) continue;
        throw e;
      }
      if (size === null) continue;
      const bytes = size > MAX_SCANNED_MODEL_BYTES ? null : await src.read(path, MAX_SCANNED_MODEL_BYTES);
      const content = bytes && !parseLfsPointer(bytes) ? { bytes } : null;
      for (const loc of sideFileLocations(path, content)) {
        const p = sideFilePath(path, loc);
        if (p) refs.add(p);
      }
    }
    const hit = [...refs].find((r) => sideCandidates.has(r));
    if (!hit) continue;
    const status: ModelChangeStatus = headSet.has(path) && baseSet.has(path) ? 'modified' : headSet.has(path) ? 'added' : 'deleted';
    add({ status, path, via: hit });
  }
  return [...byPath.values()];
}

/** Files not on disk are compared in memory only up to this size; larger ones count as changed. */
const MAX_COMPARED_IN_MEMORY = 64 * 1024 * 1024;

/**
 * Whether a path holds the same bytes on both sides (sizes first; files on disk in chunks). A
 * path that cannot be read safely (a FIFO, a link out of the tree) counts as changed, so it is
 * reported rather than skipped.
 */
async function sameContent(base: TreeSource, head: TreeSource, path: string): Promise<boolean> {
  try {
    const [a, b] = await Promise.all([base.size(path), head.size(path)]);
    if (a === null || b === null || a !== b) return false;
    const [fa, fb] = await Promise.all([base.localFile(path), head.localFile(path)]);
    if (fa !== null && fb !== null) return filesEqual(fa, fb);
    if (a > MAX_COMPARED_IN_MEMORY) return false;
    const [x, y] = await Promise.all([base.read(path, a), head.read(path, a)]);
    return x !== null && y !== null && x.equals(y);
  } catch (e) {
    if (e instanceof ModelFileError) return false;
    throw e;
  }
}

/**
 * Pairs two directories by relative path (head-path/base-path inputs): files only in head are
 * added, only in base deleted, in both and different (model or side files) modified.
 */
export async function diffDirectories(base: TreeSource, head: TreeSource, isModel: (path: string) => boolean): Promise<ModelChange[]> {
  const baseFiles = new Set(await base.list());
  const headFiles = new Set(await head.list());
  const all = [...new Set([...baseFiles, ...headFiles])].sort();
  const files: FileChange[] = [];
  for (const p of all) {
    if (!baseFiles.has(p)) files.push({ status: 'added', path: p });
    else if (!headFiles.has(p)) files.push({ status: 'removed', path: p });
    else {
      if (!(await sameContent(base, head, p))) files.push({ status: 'modified', path: p });
    }
  }
  return findModelChanges(files, isModel, base, head);
}
