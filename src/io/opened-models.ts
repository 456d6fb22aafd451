/**
 * Models opened while finding the changes, kept for their profile. A model near a changed file
 * that is no model (ONNX external data) must be read to see whether it names that file; when it
 * does, it is a change and is profiled: from that same read (registry `openModel`: one decode
 * answers its side files and its graph), not a second one. Reads of models that turn out not to
 * be changes are dropped at once. What is kept is bounded (KEPT_FILE_BYTES): past it a model's
 * read answers its side files and is dropped, and its profile reads it again.
 */
import { openModel } from '../formats/registry.js';
import type { OpenedModel } from '../formats/registry.js';
import { EnvironmentError, ModelBudgetError } from '../graph/errors.js';
import type { ModelOpener } from './changes.js';
import { MAX_POINTER_BYTES, parseLfsPointer } from './lfs.js';
import type { Materialiser, ModelPlace, TreeSource } from './sources.js';

export interface KeptModel {
  /** Where the model was put (in place, or a copy out of git). */
  readonly place: ModelPlace;
  readonly opened: OpenedModel;
  /** The temporary folders of that copy: whoever takes the read releases them (Materialiser.release). */
  readonly folders: readonly string[];
}

/**
 * File bytes of the models whose reads are kept at once. A decoded graph grows with its file, and
 * a commit that changes one side file shared by hundreds of models must not hold them all.
 */
export const KEPT_FILE_BYTES = 256 * 1024 * 1024;

export class OpenedModels implements ModelOpener {
  private readonly kept = new Map<TreeSource, Map<string, KeptModel & { readonly size: number }>>();
  private keptBytes = 0;

  constructor(private readonly materialiser: Materialiser, private readonly budget = KEPT_FILE_BYTES) {}

  async sideFiles(source: TreeSource, path: string, size: number): Promise<readonly string[] | null> {
    let kept: KeptModel;
    const folders: string[] = [];
    try {
      // A Git LFS pointer: placing it would fetch the object. The caller reads it from its bytes.
      if (size < MAX_POINTER_BYTES) {
        const bytes = await source.read(path, MAX_POINTER_BYTES);
        if (bytes === null || parseLfsPointer(bytes) !== null) return null;
      }
      const place = await this.materialiser.placeModel(source, path, folders);
      if (place.kind !== 'file') {
        await this.materialiser.release(folders);
        return null;
      }
      kept = { place, opened: await openModel(place.file), folders };
    } catch (e) {
      await this.materialiser.release(folders);
      // A file no format reads, or one that cannot be placed safely: the caller's byte scan
      // answers as it always did (from the name), and the profile reports the error. A full
      // disk (or a git that cannot read an object) is no answer about the file: the run stops.
      if (e instanceof ModelBudgetError && !(e instanceof EnvironmentError)) return null;
      throw e;
    }
    const sideFiles = kept.opened.sideFiles();
    await this.drop(source, path);
    if (this.keptBytes + size <= this.budget) {
      let bySource = this.kept.get(source);
      if (!bySource) this.kept.set(source, (bySource = new Map()));
      bySource.set(path, { ...kept, size });
      this.keptBytes += size;
    } else {
      await this.materialiser.release(folders);
    }
    return sideFiles;
  }

  /** The model is no change: its read, and its copy out of git, go now. */
  async drop(source: TreeSource, path: string): Promise<void> {
    const kept = this.remove(source, path);
    if (kept) await this.materialiser.release(kept.folders);
  }

  private remove(source: TreeSource, path: string): KeptModel | null {
    const bySource = this.kept.get(source);
    const kept = bySource?.get(path);
    if (!kept) return null;
    bySource!.delete(path);
    this.keptBytes -= kept.size;
    return kept;
  }

  /** The kept read of a model (once: it is handed over, its folders with it), or null. */
  take(source: TreeSource, path: string): KeptModel | null {
    const kept = this.remove(source, path);
    return kept && { place: kept.place, opened: kept.opened, folders: kept.folders };
  }

  /** Drops every read not taken (models the shard or the config leaves out); the run's cleanup removes their copies. */
  clear(): void {
    this.kept.clear();
    this.keptBytes = 0;
  }
}
