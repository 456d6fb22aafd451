/*
 * The PyTorch reader against files torch itself wrote (test/fixtures/pytorch/real, made by
 * scripts/make_real.py there with Debian's python3-torch 1.13.1), and against what torch said
 * about them (torch.json beside them: numel, element_size, dtype and storage size per tensor,
 * sum(p.numel()) over parameters() and buffers() for modules).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { readPytorchBytes, readPytorchFile } from '../../src/formats/pytorch/reader.js';
import { storageReach } from '../../src/formats/pytorch/storage-reach.js';
import type { StorageRef, TensorRef } from '../../src/formats/pytorch/torch-pickle.js';
import type { WeightsFile } from '../../src/formats/weights.js';
import { profileWeights } from '../../src/profile/weights.js';
import type { ProfileResult } from '../../src/profile/types.js';

const REAL = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'test', 'fixtures', 'pytorch', 'real');
const real = (name: string): string => join(REAL, name);

function profile(weights: WeightsFile): ProfileResult {
  return profileWeights(weights, { path: 'model.pt', format: 'pytorch', formatLabel: 'PyTorch', formatVersion: 'zip', fileBytes: 0, sideFileBytes: 0 });
}

function dtypes(p: ProfileResult): Record<string, [number, number]> {
  return Object.fromEntries(Object.entries(p.params.byDtype).map(([k, v]) => [k, [v.elements, v.bytes]]));
}

/*
 * The Net of make_real.py, as torch counts it: sum(p.numel() for p in net.parameters()) = 145
 * (conv 4*3*3*3 + 4 = 112, bn 4 + 4 = 8, fc 5*4 + 5 = 25), float32: 580 bytes;
 * sum(b.numel() for b in net.buffers()) = 16, 68 bytes: running_mean and running_var 4 + 4 float32,
 * num_batches_tracked 1 int64, and the non-persistent `scratch` of 7 float32, which a pickled or
 * scripted module keeps but its state_dict leaves out (9 elements, 40 bytes).
 */
const NET = { params: 145, paramBytes: 580, buffers: 16, bufferBytes: 68, stateDictBuffers: 9, stateDictBufferBytes: 40 };

describe('PyTorch reader: real torch 1.13 files (test/fixtures/pytorch/real)', () => {
  test('legacy (non-zip) torch.save of a whole module: module classes named by persistent ids are read', () => {
    // Before: "legacy file: persistent id is PyTuple, not a storage reference" (the pid is
    // ('module', __main__.Net, source file, source), which torch.load turns into the class).
    const { weights, container } = readPytorchFile(real('module_legacy.pt'));
    assert.equal(container, 'legacy');
    const p = profile(weights);
    assert.equal(p.params.total, NET.params);
    assert.equal(p.params.bytes, NET.paramBytes);
    assert.deepEqual(p.weights!.buffers, { tensors: 4, elements: NET.buffers, bytes: NET.bufferBytes });
    assert.equal(weights.tensors.find((t) => t.name === 'scratch')?.role, 'buffer');
  });

  test('traced TorchScript module: parameters() and buffers() as torch counts them', () => {
    const { weights, container } = readPytorchFile(real('traced.pt'));
    assert.equal(container, 'torchscript');
    const p = profile(weights);
    assert.equal(p.params.total, NET.params);
    assert.deepEqual(p.weights!.buffers, { tensors: 4, elements: NET.buffers, bytes: NET.bufferBytes });
    assert.equal(weights.tensors.find((t) => t.name === 'bn.num_batches_tracked')?.dtype, 'int64');
  });

  test('checkpoint {model, optimizer (Adam), epoch}: params from the model, Adam state apart', () => {
    const p = profile(readPytorchFile(real('checkpoint_adam.pt')).weights);
    assert.equal(p.params.total, NET.params);
    assert.deepEqual(p.weights!.buffers, { tensors: 3, elements: NET.stateDictBuffers, bytes: NET.stateDictBufferBytes });
    // torch's opt.state_dict(): exp_avg and exp_avg_sq per parameter (2 * 145) and a 0-d float32
    // `step` for each of the 6 parameters: 296 float32, 1,184 bytes.
    assert.deepEqual(p.weights!.optimizer, { tensors: 18, elements: 296, bytes: 1184 });
  });

  test('a slice saved alone counts its elements, not the whole storage torch.save writes', () => {
    // w is 10x4 float32; w[2:5] has numel 12 (storage offset 8, storage 160 bytes in the file).
    // Before: 40 params, 160 bytes.
    for (const file of ['view_slice.pt', 'view_slice_legacy.pt']) {
      const p = profile(readPytorchFile(real(file)).weights);
      assert.equal(p.params.total, 12, file);
      assert.deepEqual(dtypes(p), { float32: [12, 48] }, file);
    }
    // w[:, 1]: numel 10, stride 4 (before: 40).
    assert.deepEqual(dtypes(profile(readPytorchFile(real('view_column.pt')).weights)), { float32: [10, 40] });
  });

  test('views that together cover their storage count it once: slices q, kv and the transpose', () => {
    // w[0:3] (12) + w[3:10] (28) cover the 40 elements; w.t() reaches the same 40.
    const { weights } = readPytorchFile(real('view_two_slices.pt'));
    assert.deepEqual(dtypes(profile(weights)), { float32: [40, 160] });
    assert.deepEqual(weights.tensors.map((t) => [t.name, t.elements]), [['q', 12], ['kv', 28], ['wt', 40]]);
  });

  test('parameters carved out of one flat buffer count what they hold, not the buffer', () => {
    // sum(p.numel() for p in module.parameters()) = 5*6 + 20 = 50 of the flat buffer's 100
    // elements (before: 100 params, 400 bytes).
    const p = profile(readPytorchFile(real('flat_params.pt')).weights);
    assert.deepEqual(dtypes(p), { float32: [50, 200] });
  });

  test('a storage that parameters and buffers both view counts once, as params where a parameter reaches it', () => {
    // make_real.py's SharedStorage, as torch counts it (torch.json, counted_once, from torch's
    // storage offsets and strides): params a.weight = flat[:30] and fc.weight = w (4x3), 42
    // elements, 168 bytes; buffers bn.running_mean = flat[20:60], bn.running_var = flat[90:100]
    // and fc.running_mean = w itself: 62 elements to buffers(), but 10 of flat's and all 12 of
    // w's are the params': 40 elements, 160 bytes counted once. 328 bytes in all, of the 448
    // bytes of storage the file holds (flat's 30-90 unreached but 60-90 is a buffer's: 30 dead
    // elements). Before: buffers 62 elements, 248 bytes, 416 bytes counted of 328 held.
    const facts = JSON.parse(readFileSync(real('torch.json'), 'utf8')) as { files: Record<string, { counted_once: { params: number; param_bytes: number; buffers: number; buffer_bytes: number; storage_bytes: number } }> };
    for (const file of ['shared_param_buffer.pt', 'shared_param_buffer_legacy.pt', 'shared_param_buffer_module.pt']) {
      const once = facts.files[file]!.counted_once;
      assert.deepEqual(once, { params: 42, param_bytes: 168, buffers: 40, buffer_bytes: 160, storage_bytes: 448 }, file);
      const { weights } = readPytorchFile(real(file));
      const p = profile(weights);
      assert.equal(p.params.total, once.params, file);
      assert.equal(p.params.bytes, once.param_bytes, file);
      assert.deepEqual(p.weights!.buffers, { tensors: 2, elements: once.buffers, bytes: once.buffer_bytes }, file);
      // Every tensor keeps its own role and numel: only what its storage counts changes.
      assert.deepEqual(weights.tensors.map((t) => [t.name, t.role, t.elements]), [
        ['a.weight', 'param', 30], ['bn.running_mean', 'buffer', 40], ['bn.running_var', 'buffer', 10], ['fc.weight', 'param', 12], ['fc.running_mean', 'buffer', 12],
      ], file);
    }
  });

  test('modules without shared storages: counted once is what parameters() and buffers() say', () => {
    const facts = JSON.parse(readFileSync(real('torch.json'), 'utf8')) as { files: Record<string, { counted_once: { params: number; param_bytes: number; buffers: number; buffer_bytes: number } }> };
    for (const file of ['module_legacy.pt', 'traced.pt', 'flat_params.pt']) {
      const once = facts.files[file]!.counted_once;
      const p = profile(readPytorchFile(real(file)).weights);
      assert.deepEqual([p.params.total, p.params.bytes, p.weights!.buffers.elements, p.weights!.buffers.bytes], [once.params, once.param_bytes, once.buffers, once.buffer_bytes], file);
    }
  });

  test('half, bfloat16, int8, float64, per-tensor qint8, empty and 0-d tensors', () => {
    const { weights } = readPytorchFile(real('dtypes.pt'));
    const p = profile(weights);
    // numel * element_size from torch: h 15 * 2, bf 8 * 2, i8 42 * 1, d 4 * 8, q 12 * 1,
    // empty 0 and scalar 1 float32 (4 bytes).
    assert.deepEqual(dtypes(p), { float16: [15, 30], bfloat16: [8, 16], int8: [42, 42], float64: [4, 32], 'qint8 (per-tensor affine)': [12, 12], float32: [1, 4] });
    // int32 arange(5) (20 bytes) and the 0-d int64 `steps` (8 bytes) are no weights.
    assert.deepEqual(p.params.nonWeight, { elements: 6, bytes: 28 });
    assert.deepEqual(weights.tensors.find((t) => t.name === 'empty')?.dims, [0]);
    assert.deepEqual(weights.tensors.find((t) => t.name === 'scalar')?.dims, []);
  });

  test('tensors in nested lists and tuples are named by their path; a sparse COO tensor is a warning', () => {
    const { weights } = readPytorchFile(real('nested_sparse.pt'));
    assert.deepEqual(weights.tensors.map((t) => [t.name, t.elements]), [['list.0', 2], ['list.1', 3], ['tuple.0', 4], ['tuple.1.0', 5]]);
    assert.deepEqual(weights.warnings, ['1 tensor(s) in a form not measured: sp (torch._utils._rebuild_sparse_tensor)']);
  });

  test('every strided tensor: the dtype, shape and numel torch recorded; bytes numel * element_size unless a view or a parameter\'s storage again', () => {
    const facts = JSON.parse(readFileSync(real('torch.json'), 'utf8')) as {
      files: Record<string, { tensors: Array<{ name: string; dtype: string; shape: number[]; numel: number; element_size: number; layout: string; storage_bytes?: number }> }>;
    };
    for (const [file, { tensors }] of Object.entries(facts.files)) {
      const ours = new Map(readPytorchFile(real(file)).weights.tensors.map((t) => [t.name, t]));
      for (const f of tensors) {
        if (f.layout !== 'strided') continue;
        // A checkpoint's model weights keep their module names, without the `model.` entry.
        const t = ours.get(f.name.replace(/^model\./, ''));
        assert.ok(t, `${file}: ${f.name} missing`);
        assert.equal(t.dtype, f.dtype, `${file}: ${f.name}`);
        assert.deepEqual(t.dims, f.shape, `${file}: ${f.name}`);
        assert.equal(t.elements, f.numel, `${file}: ${f.name}`);
        // A buffer that is a parameter's tensor again counts nothing of it (the test above).
        if (f.storage_bytes === f.numel * f.element_size && t.sharedStorageElements === undefined) assert.equal(t.bytes, f.storage_bytes, `${file}: ${f.name}`);
      }
    }
  });

  test('in memory reads agree with reads from the file', () => {
    for (const f of ['module_legacy.pt', 'view_slice.pt', 'view_slice_legacy.pt']) {
      assert.deepEqual(readPytorchBytes(readFileSync(real(f)), f).weights, readPytorchFile(real(f)).weights);
    }
  });
});

describe('storage reach: the elements of a storage its views reach', () => {
  const storage = (numel: number): StorageRef => ({ described: true, kind: 'storage', key: '0', dtype: 'float32', bits: 32, numel, bytes: numel * 4 });
  const view = (s: StorageRef, offset: number, dims: number[], strides: number[]): TensorRef => ({ described: true, kind: 'tensor', storage: s, dtype: 'float32', bits: 32, offset, dims, strides, isParameter: true });
  const reach = (...views: TensorRef[]): number | undefined => {
    const share = storageReach(views.map((tensor) => ({ role: 'param' as const, tensor })), () => false).get('param\u00000');
    return share === undefined ? undefined : share.bytes / 4;
  };

  test('strided, expanded and overlapping views', () => {
    const s = storage(40);
    assert.equal(reach(view(s, 0, [10, 4], [4, 1])), undefined, 'the whole storage is not listed');
    assert.equal(reach(view(s, 0, [5, 4], [8, 1])), 20, 'w[::2] of a 10x4');
    assert.equal(reach(view(s, 1, [10], [4])), 10, 'a column');
    assert.equal(reach(view(s, 0, [6, 3], [0, 1])), 3, 'expand of 3 elements');
    assert.equal(reach(view(s, 0, [6, 4], [4, 1]), view(s, 16, [5, 4], [4, 1])), 36, 'rows 0-5 and 4-8 overlap');
    assert.equal(reach(view(s, 0, [0, 4], [4, 1])), 0, 'an empty view reaches nothing');
  });

  test('a storage several roles view counts each element once: params first, then buffers, then optimizer state', () => {
    // 100 float32: a param views 0-30, a buffer 20-60 (10 elements the param's), optimizer state
    // all 100. The param counts 30 (120 bytes), the buffer 60 - 30 = 30 (120 bytes), the
    // optimizer state the 40 left (160 bytes): 400 bytes, the storage once. The buffer comes
    // first in the file, as a module's pickle may list it: the order of the views does not matter.
    const s = storage(100);
    const shares = storageReach([
      { role: 'buffer', tensor: view(s, 20, [40], [1]) },
      { role: 'optimizer', tensor: view(s, 0, [100], [1]) },
      { role: 'param', tensor: view(s, 0, [5, 6], [6, 1]) },
    ], () => false);
    assert.deepEqual(shares.get('param\u00000'), { bytes: 120 });
    assert.deepEqual(shares.get('buffer\u00000'), { bytes: 120, sharedElements: 30 });
    assert.deepEqual(shares.get('optimizer\u00000'), { bytes: 160, sharedElements: 40 });
    // A buffer that is the param's tensor again counts nothing; the param, its whole storage, is not listed.
    const tied = storageReach([{ role: 'param', tensor: view(s, 0, [100], [1]) }, { role: 'buffer', tensor: view(s, 0, [10, 10], [10, 1]) }], () => false);
    assert.deepEqual([...tied], [['buffer\u00000', { bytes: 0, sharedElements: 0 }]]);
  });

  test('a view of more runs than enumerated reaches its whole span', () => {
    // A column of a 2^21 x 2 matrix: 2^21 runs of one element, over the budget of 2^20; its span
    // runs from element 0 to 2 * (2^21 - 1), 2^22 - 1 elements.
    const s = storage(2 ** 22);
    assert.equal(reach(view(s, 0, [2 ** 21], [2])), 2 ** 22 - 1);
  });
});
