/**
 * ONNX in the format registry: recognised by its extension, or for a `.pb` (which TensorFlow
 * also uses) by the way every exporter starts a ModelProto (protobuf has no signature).
 */
import type { ModelFormat } from '../registry.js';

export const onnxFormat: ModelFormat = {
  name: 'onnx',
  label: 'ONNX',
  kind: 'graph',
  extensions: ['.onnx'],
  sideFilesInContent: true,
  magicOnlyExtensions: ['.pb'],
  magic: looksLikeOnnxModel,
  reader: async () => (await import('./format-reader.js')).reader,
};

/** ModelProto field tags that follow `ir_version` (producer_name .. opset_import). */
const AFTER_IR_VERSION = new Set([0x12, 0x1a, 0x22, 0x28, 0x32, 0x3a, 0x42]);

/**
 * Exporters write `ir_version` (field 1, a varint 3..15) first, then another ModelProto field.
 * A TensorFlow GraphDef starts with a node (tag 0x0a) and a SavedModel with schema version 1,
 * so neither matches; a safetensors header (length, then `{`) is refused by its brace.
 */
export function looksLikeOnnxModel(head: Uint8Array): boolean {
  return head.length >= 9 && head[0] === 0x08 && head[1]! >= 3 && head[1]! <= 15 && AFTER_IR_VERSION.has(head[2]!) && head[8] !== 0x7b;
}
