/**
 * Module state stored beside the learned weights, told by its name where nothing else in the file
 * says so: one list for every reader of torch state_dicts (PyTorch files and safetensors hold the
 * same names), so one tensor gets one role whichever of the two formats it was saved in.
 */

/** Names of buffers that torch modules register (`register_buffer`), by their last segment. */
const BUFFER_NAMES = new Set([
  // BatchNorm/InstanceNorm running statistics.
  'running_mean', 'running_var', 'num_batches_tracked',
  // Rotary embeddings' inverse frequencies.
  'inv_freq',
  // Hugging Face GPT-2/GPT-J/CodeGen attention's masked-out score (a scalar).
  'masked_bias',
  // YOLOv5's Detect anchors.
  'anchors', 'anchor_grid',
]);

/** Parents whose `bias` is a causal mask buffer when 4-D (GPT-2, GPT-J, nanoGPT: `attn.bias`; GPT-Neo: `attention.bias`). */
const MASK_PARENTS = new Set(['attn', 'attention']);

/**
 * Whether a state_dict entry is a buffer by its name. `attn.bias` is the causal mask `[1, 1, n, n]`
 * that GPT-2-style attention registers as a buffer; a 1-D `bias` of a module named `attn` is a
 * learned bias, so the mask is told by its four dims.
 */
export function isBufferName(name: string, dims: readonly number[]): boolean {
  const dot = name.lastIndexOf('.');
  const last = name.slice(dot + 1);
  if (BUFFER_NAMES.has(last)) return true;
  if (last !== 'bias' || dims.length !== 4 || dot < 0) return false;
  return MASK_PARENTS.has(name.slice(name.lastIndexOf('.', dot - 1) + 1, dot));
}
