/**
 * Reading TensorFlow models: a SavedModel folder through its `saved_model.pb` (params from
 * `variables/variables.index`, the shards checked by size) and a frozen GraphDef `.pb` (params
 * from its Const nodes). Costs come from the graph (formats/tensorflow/to-ir.ts) when it states
 * shapes; a graph without any is params only, said plainly in the profile.
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ModelFileError } from '../../graph/errors.js';
import type { Model } from '../../graph/ir.js';
import { readAll, withOpenModel } from '../file.js';
import type { WeightsFile, WeightTensor } from '../weights.js';
import { bundleShardFiles, readBundle, savedModelIndexPath } from './bundle.js';
import type { GraphSummary } from './graphdef.js';
import { summarizeGraph } from './graphdef.js';
import { decodeGraphDef, decodeSavedModel } from './graph-proto.js';
import type { TfGraph, TfSignature } from './graph-proto.js';
import { ProtoError } from './proto.js';
import { servingSignature, TfGraphError, tfToIr } from './to-ir.js';

/** Protobuf messages are limited to 2 GiB; a larger "graph" is not one (and is never read whole). */
const MAX_GRAPH_BYTES = 2 ** 31 - 1;

export const GRAPH_COSTS_UNAVAILABLE = 'the graph states no shapes (no _output_shapes, no Placeholder shape): MACs, FLOPs, memory access, peak memory and latency cannot be computed, params only';

/** A TensorFlow model as read: its weights, and its graph when the graph states shapes. */
export interface TfRead {
  readonly weights: WeightsFile;
  readonly graph?: Model;
}

function readProto<T>(path: string, decode: (bytes: Uint8Array) => T, kind: string): { value: T; size: number } {
  const bytes = withOpenModel(path, (fd, size) => {
    if (size > MAX_GRAPH_BYTES) throw new ModelFileError(path, `${size} bytes is larger than a protobuf ${kind} can be (2 GiB)`);
    return readAll(fd, size, path);
  });
  try {
    return { value: decode(bytes), size: bytes.byteLength };
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

function summaryOf(path: string, g: TfGraph, kind: string): GraphSummary {
  try {
    return summarizeGraph(g);
  } catch (e) {
    if (e instanceof ProtoError) throw new ModelFileError(path, `not a valid TensorFlow ${kind}: ${e.message}`);
    throw e;
  }
}

/** The weights with the graph built from `g`, or params only (the reason in `costsUnavailable`). */
function withGraph(path: string, g: TfGraph, weights: WeightsFile, formatVersion: string, fileBytes: number, signature?: TfSignature): TfRead {
  let ir;
  try {
    ir = tfToIr(g, { formatVersion, fileBytes, metadata: weights.metadata, ...(signature ? { signature } : {}) });
  } catch (e) {
    if (e instanceof TfGraphError) throw new ModelFileError(path, `invalid TensorFlow graph: ${e.message}`);
    throw e;
  }
  if (!ir.hasShapes) return { weights: { ...weights, costsUnavailable: GRAPH_COSTS_UNAVAILABLE, warnings: [...weights.warnings, ...ir.warnings] } };
  return { weights: { ...weights, warnings: [...weights.warnings, ...ir.warnings] }, graph: ir.model };
}

export function readGraphDefFile(path: string): TfRead {
  const { value: g, size } = readProto(path, decodeGraphDef, 'GraphDef');
  const s = summaryOf(path, g, 'GraphDef');
  const weights: WeightsFile = {
    tensors: renamed(s.tensors),
    metadata: new Map([...graphMetadata(s), ['constants', String(s.tensors.length)]]),
    warnings: [],
    sideFiles: [],
  };
  return withGraph(path, g, weights, 'GraphDef', size);
}

/** The `variables.data-*` files of a variables folder (none when there is no such folder). */
function dataShardsIn(dir: string): string[] {
  try {
    return readdirSync(dir).filter((n) => n.startsWith('variables.data-')).sort();
  } catch {
    return [];
  }
}

export function readSavedModelFile(path: string): TfRead {
  const { value: sm, size } = readProto(path, decodeSavedModel, 'SavedModel');
  const s = summaryOf(path, sm.graph, 'SavedModel');
  const signature = servingSignature(sm.signatures);
  const index = savedModelIndexPath(path);
  let weights: WeightsFile;
  if (!existsSync(index)) {
    // A folder with variables but no index is a SavedModel missing a file, not one without variables.
    const shard = dataShardsIn(join(dirname(path), 'variables'))[0];
    if (shard !== undefined) throw new ModelFileError(path, `variables/variables.index is missing, but variables/ holds ${JSON.stringify(shard.slice(0, 80))}`);
    weights = {
      tensors: renamed(s.tensors),
      metadata: new Map(graphMetadata(s)),
      warnings: ['no variables/variables.index beside saved_model.pb: params are the graph\'s constants'],
      sideFiles: [],
    };
  } else {
    const bundle = readBundle(index, dirname(path));
    weights = {
      tensors: renamed(bundle.tensors),
      metadata: new Map([...graphMetadata(s), ['variables', String(bundle.tensors.length)], ['shards', String(bundle.numShards)]]),
      warnings: [],
      sideFiles: ['variables/variables.index', ...bundle.shardFiles],
    };
  }
  if (signature) (weights.metadata as Map<string, string>).set('signature', signature.name.slice(0, 80));
  return withGraph(path, sm.graph, weights, 'SavedModel', size, signature);
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
