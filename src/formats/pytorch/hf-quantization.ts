/**
 * GPTQ/AWQ weights in a Hugging Face `.bin` (`pytorch_model.bin` written by AutoGPTQ or
 * transformers): `.qweight` int32 words pack `32 / bits` values, which only the
 * `quantization_config` of the config.json beside the file tells. Read as the safetensors reader
 * reads them (safetensors/hf-config.ts), so one checkpoint counts alike in both formats.
 */
import { basename, dirname, join } from 'node:path';
import { fileState } from '../file.js';
import type { WeightsFile, WeightTensor } from '../weights.js';
import { describeQuantization, isPackedQuantState, PACKED_WITHOUT_CONFIG, parseQuantizationConfig, readConfigText, unpackGptqAwq } from '../safetensors/hf-config.js';
import { quoted } from '../safetensors/header.js';
import { indexPrefix } from '../shard-names.js';
import { PYTORCH_SET } from './signature.js';

/** Hugging Face keeps a config.json beside its `.bin` weights (and their index); other torch files are not tied to one. */
export function hfConfigSideFiles(path: string): string[] {
  const name = basename(path).toLowerCase();
  return name.endsWith('.bin') || indexPrefix(PYTORCH_SET, name) !== null ? ['config.json'] : [];
}

/**
 * The weights with their packed GPTQ/AWQ tensors unpacked by the quantization_config of the
 * config.json beside `path` (a `.bin` with `.qweight` tensors only; any other file is returned
 * as it is). Without a config, the packed words stay out of params with a warning, and the
 * scales and zero points beside a `.qweight` are buffers either way.
 */
export function withHfQuantization(weights: WeightsFile, path: string): WeightsFile {
  if (!weights.tensors.some((t) => t.name.endsWith('.qweight'))) return weights;
  const warnings = [...weights.warnings];
  const configPath = join(dirname(path), 'config.json');
  const hasConfig = hfConfigSideFiles(path).length > 0 && fileState(configPath) === 'file';
  const text = hasConfig ? readConfigText(configPath, warnings) : undefined;
  const parsed = text === undefined ? undefined : parseQuantizationConfig(text);
  warnings.push(...(parsed?.warnings ?? []));
  const q = parsed?.quantization;
  const unpacks = q !== undefined && (q.method === 'gptq' || q.method === 'awq');
  if (!q) warnings.push(PACKED_WITHOUT_CONFIG);
  else if (!unpacks) warnings.push(`quant_method ${quoted(q.method, 40)} is not one we unpack in a PyTorch file: params leave out the packed int32 words, and their .scales/.qzeros are buffers`);
  const names = new Set(weights.tensors.map((t) => t.name));
  const tensors = weights.tensors.map((t): WeightTensor => {
    // Optimizer state and EMA copies keep their role; the model's own tensors are read anew.
    if (t.role === 'optimizer') return t;
    const u = unpacks ? unpackGptqAwq(t.name, t.dtype, t.dims, t.elements, q) : undefined;
    if (u) return { ...t, dtype: u.dtype, dims: u.dims, elements: u.elements, role: u.role, ...(u.quantization !== undefined ? { quantization: u.quantization } : {}) };
    return isPackedQuantState(t.name, names) ? { ...t, role: 'buffer' } : t;
  });
  const metadata = new Map(weights.metadata);
  if (unpacks) metadata.set('quantization', describeQuantization(q));
  return { ...weights, tensors, metadata, warnings, sideFiles: [...weights.sideFiles, ...(hasConfig ? ['config.json'] : [])] };
}
