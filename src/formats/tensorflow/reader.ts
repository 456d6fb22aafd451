/**
 * Reading TensorFlow models as weights: a SavedModel folder through its `saved_model.pb` (params
 * from `variables/variables.index`, the shards checked by size) and a frozen GraphDef `.pb`
 * (params from its Const nodes). Graph costs are not computed yet: said plainly in the profile.
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ModelFileError } from '../../graph/errors.js';
import { readAll, withOpenModel } from '../file.js';
import type { WeightsFile, WeightTensor } from '../weights.js';
import { bundleShardFiles, readBundle, savedModelIndexPath } from './bundle.js';
import type { GraphSummary } from './graphdef.js';
import { readGraphDef, readSavedModelGraph } from './graphdef.js';
import { ProtoError } from './proto.js';

/** Protobuf messages are limited to 2 GiB; a larger "graph" is not one (and is never read whole). */
const MAX_GRAPH_BYTES = 2 ** 31 - 1;

export const GRAPH_COSTS_UNAVAILABLE = 'MACs, FLOPs, memory access, peak memory and latency are not computed for TensorFlow graphs yet: params only';

function readProto<T>(path: string, decode: (bytes: Uint8Array) => T, kind: string): T {
  const bytes = withOpenModel(path, (fd, size) => {
    if (size > MAX_GRAPH_BYTES) throw new ModelFileError(path, `${size} bytes is larger than a protobuf ${kind} can be (2 GiB)`);
    return readAll(fd, size, path);
  });
  try {
    return decode(bytes);
  } catch (e) {
    if (e instanceof ProtoError) throw new ModelFileError(path, `not a valid TensorFlow ${kind}: ${e.message}`);
    throw e;
  }
}

/**
 * A variable's or constant's name as a dotted layer path, so the per-layer breakdown groups it:
 * `model/dense/kernel/.ATTRIBUTES/VARIABLE_VALUE` -> `model.dense.kernel`.
 */
export function layerPathName(name: string): string {
  return name.replace(/\/\.ATTRIBUTES\/VARIABLE_VALUE$/, '').replace(/\//g, '.');
}

function renamed(tensors: readonly WeightTensor[]): WeightTensor[] {
  return tensors.map((t) => ({ ...t, name: layerPathName(t.name) }));
}

function graphMetadata(g: GraphSummary): [string, string][] {
  return [['graph nodes', String(g.nodes)], ['library functions', String(g.functions)]];
}

export function readGraphDefFile(path: string): WeightsFile {
  const g = readProto(path, readGraphDef, 'GraphDef');
  return {
    tensors: renamed(g.tensors),
    metadata: new Map([...graphMetadata(g), ['constants', String(g.tensors.length)]]),
    warnings: [],
    sideFiles: [],
    costsUnavailable: GRAPH_COSTS_UNAVAILABLE,
  };
}

/** The `variables.data-*` files of a variables folder (none when there is no such folder). */
function dataShardsIn(dir: string): string[] {
  try {
    return readdirSync(dir).filter((n) => n.startsWith('variables.data-')).sort();
  } catch {
    return [];
  }
}

export function readSavedModelFile(path: string): WeightsFile {
  const g = readProto(path, readSavedModelGraph, 'SavedModel');
  const index = savedModelIndexPath(path);
  if (!existsSync(index)) {
    // A folder with variables but no index is a SavedModel missing a file, not one without variables.
    const shard = dataShardsIn(join(dirname(path), 'variables'))[0];
    if (shard !== undefined) throw new ModelFileError(path, `variables/variables.index is missing, but variables/ holds ${JSON.stringify(shard.slice(0, 80))}`);
    return {
      tensors: renamed(g.tensors),
      metadata: new Map(graphMetadata(g)),
      warnings: ['no variables/variables.index beside saved_model.pb: params are the graph\'s constants'],
      sideFiles: [],
      costsUnavailable: GRAPH_COSTS_UNAVAILABLE,
    };
  }
  const bundle = readBundle(index, dirname(path));
  return {
    tensors: renamed(bundle.tensors),
    metadata: new Map([...graphMetadata(g), ['variables', String(bundle.tensors.length)], ['shards', String(bundle.numShards)]]),
    warnings: [],
    sideFiles: ['variables/variables.index', ...bundle.shardFiles],
    costsUnavailable: GRAPH_COSTS_UNAVAILABLE,
  };
}

/**
 * Side files of a SavedModel: its variables index and shards. Without the folder on disk the
 * shard count is unknown: the single-shard name stands in (a re-saved model rewrites the index
 * too, so a change to any shard comes with a change to a listed file).
 */
export function savedModelSideFiles(path: string, content: { readonly file: string } | { readonly bytes: Uint8Array } | null): string[] {
  const out = ['variables/variables.index', 'variables/variables.data-00000-of-00001'];
  if (content !== null && 'file' in content) {
    try {
      // The shards the index names, present or not: io/ fetches them beside the index.
      out.push(...bundleShardFiles(savedModelIndexPath(content.file), dirname(content.file)));
    } catch (e) {
      if (!(e instanceof ModelFileError)) throw e;
    }
  }
  void path;
  return [...new Set(out)];
}
