/**
 * What counts as params in a PyTorch file, as torch's own `parameters()` and `buffers()` say:
 * complex parameters, plain tensor attributes of a module, training state beside a checkpoint's
 * model, buffers told by name (the same list as safetensors), and a pickle that sets one dict key
 * twice (torch.load keeps the last value). Every file is built here from bytes.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { isWeightDType } from '../../src/graph/dtype.js';
import { PyDict, PyList, PyObject, unpickle } from '../../src/formats/pytorch/pickle.js';
import { readPytorchBytes } from '../../src/formats/pytorch/reader.js';
import { torchHooks } from '../../src/formats/pytorch/torch-pickle.js';
import { walkPickle } from '../../src/formats/pytorch/walk.js';
import { readSafetensors } from '../../src/formats/safetensors/reader.js';
import type { WeightsFile } from '../../src/formats/weights.js';
import { profileWeights } from '../../src/profile/weights.js';
import type { ProfileResult } from '../../src/profile/types.js';
import { PickleWriter, stateDictPickle, TRAINER_RNG_TENSORS, trainerArgsPickle, trainerRngStatePickle, trainerScalerPickle, trainerSchedulerPickle, writeTensor, zipBytes } from '../support/pytorch-writer.js';
import type { FakeTensor, ZipItem } from '../support/pytorch-writer.js';
import { safetensorsBytes } from '../support/weight-writers.js';

const BYTES: Record<string, number> = { FloatStorage: 4, ByteStorage: 1, ComplexFloatStorage: 8, LongStorage: 8 };

const tensor = (name: string, key: string, dims: readonly number[], storageType = 'FloatStorage', parameter = false): FakeTensor => ({
  name, key, dims, storageType, parameter, numel: dims.reduce((a, b) => a * b, 1),
});

/** A torch.save zip of this pickle with a zero-filled storage entry for each tensor. */
function archive(pickle: Uint8Array, tensors: readonly FakeTensor[]): Uint8Array {
  const storages: ZipItem[] = tensors.map((t) => ({ name: `archive/data/${t.key}`, data: new Uint8Array(t.numel * BYTES[t.storageType]!) }));
  return zipBytes([{ name: 'archive/data.pkl', data: pickle }, ...storages]);
}

function profile(weights: WeightsFile): ProfileResult {
  return profileWeights(weights, { path: 'm.pt', format: 'pytorch', formatLabel: 'PyTorch', formatVersion: 'zip', fileBytes: 0, sideFileBytes: 0 });
}

function read(pickle: Uint8Array, tensors: readonly FakeTensor[]): { p: ProfileResult; weights: WeightsFile } {
  const { weights } = readPytorchBytes(archive(pickle, tensors), 'm.pt');
  return { p: profile(weights), weights };
}

const roles = (weights: WeightsFile): Record<string, string> => Object.fromEntries(weights.tensors.map((t) => [t.name, t.role]));

/** `collections.OrderedDict()`, then `fill` sets its items. */
function orderedDict(p: PickleWriter, fill?: () => void): PickleWriter {
  p.global('collections', 'OrderedDict').emptyTuple().reduce();
  if (fill) {
    p.mark();
    fill();
    p.setitems();
  }
  return p;
}

const tmp = mkdtempSync(join(tmpdir(), 'mb-pt-roles-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

describe('PyTorch roles: as torch.nn.Module.parameters() counts', () => {
  test('a complex parameter (FNO spectral weights) is a param in a state_dict, as in a pickled module and safetensors', () => {
    // fc0 = Linear(2, 8): 8*2 + 8 = 24 float32 (96 B); conv0.weights1: complex64 [8, 8, 4] = 256
    // elements of 8 bytes (2,048 B). torch: sum(p.numel()) = 24 + 256 = 280, 96 + 2,048 = 2,144 B.
    const ts = [tensor('fc0.weight', '0', [8, 2]), tensor('fc0.bias', '1', [8]), tensor('conv0.weights1', '2', [8, 8, 4], 'ComplexFloatStorage')];
    const { p } = read(stateDictPickle(ts), ts);
    assert.equal(p.params.total, 280);
    assert.equal(p.params.bytes, 2144);
    assert.deepEqual(p.params.byDtype['complex64'], { elements: 256, bytes: 2048 });
    assert.deepEqual(p.params.nonWeight, { elements: 0, bytes: 0 });
    // The same tensors in safetensors (C64) count the same.
    const st = join(tmp, 'fno.safetensors');
    writeFileSync(st, safetensorsBytes([{ name: 'fc0.weight', dtype: 'F32', shape: [8, 2] }, { name: 'fc0.bias', dtype: 'F32', shape: [8] }, { name: 'conv0.weights1', dtype: 'C64', shape: [8, 8, 4] }]));
    const sp = profile(readSafetensors(st).weights).params;
    assert.deepEqual([sp.total, sp.bytes], [280, 2144]);
    // One rule for every format (ONNX, TFLite, TensorFlow read it too): complex is a weight dtype.
    assert.equal(isWeightDType('complex64'), true);
    assert.equal(isWeightDType('complex128'), true);
  });

  test('a plain tensor attribute of a pickled module (self.cache = torch.zeros(64, 4)) is a buffer, not params', () => {
    // M: fc = Linear(4, 4) -> 16 + 4 = 20 params (torch: sum(p.numel() for p in m.parameters()) = 20);
    // cache [64, 4] = 256 float32 elements (1,024 B) outside _parameters/_buffers: module state.
    // fc._flat_weights lists fc.weight again (as LSTM's does): the same tensor, not counted again.
    // qfc keeps its weights packed in `_packed_params` (quantized Linear: its state_dict holds
    // them): (w [2, 4], b [2]) = 8 + 2 = 10 params. Total 20 + 10 = 30 params, 120 B.
    const w = tensor('weight', '0', [4, 4], 'FloatStorage', true);
    const b = tensor('bias', '1', [4], 'FloatStorage', true);
    const cache = tensor('cache', '2', [64, 4]);
    const qw = tensor('qw', '3', [2, 4]);
    const qb = tensor('qb', '4', [2]);
    const p = new PickleWriter().proto().global('__main__', 'M').emptyTuple().newobj().emptyDict().mark();
    orderedDict(p.str('_parameters'));
    orderedDict(p.str('_buffers'));
    orderedDict(p.str('_modules'), () => {
      p.str('fc').global('torch.nn.modules.linear', 'Linear').emptyTuple().newobj().emptyDict().mark();
      orderedDict(p.str('_parameters'), () => {
        writeTensor(p.str('weight'), w).put(); // memo 0
        writeTensor(p.str('bias'), b);
      });
      orderedDict(p.str('_buffers'));
      orderedDict(p.str('_modules'));
      p.str('_flat_weights').emptyList().mark().get(0).appends();
      p.setitems().build();
      p.str('qfc').global('torch.ao.nn.quantized.modules.linear', 'LinearPackedParams').emptyTuple().newobj().emptyDict().mark();
      orderedDict(p.str('_parameters'));
      orderedDict(p.str('_buffers'));
      orderedDict(p.str('_modules'));
      p.str('_packed_params').mark();
      writeTensor(p, qw);
      writeTensor(p, qb);
      p.tuple().setitems().build();
    });
    writeTensor(p.str('cache'), cache);
    const { p: prof, weights } = read(p.setitems().build().stop().bytes(), [w, b, cache, qw, qb]);
    assert.deepEqual(roles(weights), { 'fc.weight': 'param', 'fc.bias': 'param', 'qfc._packed_params.0': 'param', 'qfc._packed_params.1': 'param', cache: 'buffer' });
    assert.deepEqual([prof.params.total, prof.params.bytes], [30, 120]);
    assert.deepEqual(prof.weights!.buffers, { tensors: 1, elements: 256, bytes: 1024 });
  });

  /** `cls.__new__(cls)` with a module's state: empty `_buffers`, then `params` and `modules` fill the rest. */
  function module(p: PickleWriter, cls: [string, string], params: () => void, modules: () => void, attributes?: () => void): PickleWriter {
    p.global(...cls).emptyTuple().newobj().emptyDict().mark();
    orderedDict(p.str('_parameters'), params);
    orderedDict(p.str('_buffers'));
    orderedDict(p.str('_modules'), modules);
    attributes?.();
    return p.setitems().build();
  }

  test('a registered module that another module also keeps in a plain attribute keeps its params (92, not 20 + 72 buffers)', () => {
    // class Head(nn.Module): proj = Linear(4, 4); self.peers = [peer]   (a plain list: a reference)
    // class Net(nn.Module): head = Head(emb); emb = Linear(8, 8)
    // torch: sum(p.numel() for p in Net().parameters()) = (16 + 4) + (64 + 8) = 92, 368 B.
    // The pickle reaches emb first through head.peers, then names it again under Net._modules.
    const ts = [
      tensor('weight', '0', [4, 4], 'FloatStorage', true), tensor('bias', '1', [4], 'FloatStorage', true),
      tensor('weight', '2', [8, 8], 'FloatStorage', true), tensor('bias', '3', [8], 'FloatStorage', true),
    ];
    const linear = (p: PickleWriter, w: FakeTensor, b: FakeTensor): PickleWriter =>
      module(p, ['torch.nn.modules.linear', 'Linear'], () => {
        writeTensor(p.str('weight'), w);
        writeTensor(p.str('bias'), b);
      }, () => undefined);
    const net = (p: PickleWriter): PickleWriter => module(p, ['__main__', 'Net'], () => undefined, () => {
      module(p.str('head'), ['__main__', 'Head'], () => undefined, () => linear(p.str('proj'), ts[0]!, ts[1]!), () => {
        p.str('peers').emptyList().mark();
        linear(p, ts[2]!, ts[3]!).put(); // memo 0: emb
        p.appends();
      });
      p.str('emb').get(0);
    });
    const want = { 'head.proj.weight': 'param', 'head.proj.bias': 'param', 'emb.weight': 'param', 'emb.bias': 'param' };
    const whole = read(net(new PickleWriter().proto()).stop().bytes(), ts);
    assert.deepEqual(roles(whole.weights), want);
    assert.deepEqual([whole.p.params.total, whole.p.params.bytes], [92, 368]);
    assert.equal(whole.p.weights!.buffers.elements, 0);
    // The same model in a checkpoint: torch.save({'model': Net(), 'epoch': 3}).
    const ck = new PickleWriter().proto().emptyDict().mark().str('model');
    net(ck).str('epoch').int(3).setitems();
    const checkpoint = read(ck.stop().bytes(), ts);
    assert.deepEqual(roles(checkpoint.weights), want);
    assert.equal(checkpoint.p.params.total, 92);
  });

  test('a dynamic-quantized LSTM keeps its packed weights (a torch.ScriptObject attribute) as params', () => {
    // quantize_dynamic(nn.LSTM(4, 8)): _all_weight_values[0].param is a torch.ScriptObject whose
    // state holds w_ih [32, 4], w_hh [32, 8], b_ih [32], b_hh [32] (float32 here; int8 weights in
    // torch): 128 + 256 + 32 + 32 = 448 params, 1,792 B, as its state_dict lists them. None are
    // module state, though `param` is a plain attribute of PackedParameter.
    const ts = [tensor('w_ih', '0', [32, 4]), tensor('w_hh', '1', [32, 8]), tensor('b_ih', '2', [32]), tensor('b_hh', '3', [32])];
    const p = new PickleWriter().proto();
    module(p, ['torch.ao.nn.quantized.dynamic.modules.rnn', 'LSTM'], () => undefined, () => {
      module(p.str('_all_weight_values'), ['torch.nn.modules.container', 'ModuleList'], () => undefined, () => {
        module(p.str('0'), ['torch.ao.nn.quantized.dynamic.modules.rnn', 'PackedParameter'], () => undefined, () => undefined, () => {
          p.str('param').global('torch', 'ScriptObject').emptyTuple().newobj().mark().str('quantized_dynamic').emptyList().mark();
          ts.forEach((t) => writeTensor(p, t));
          p.appends().tuple().build();
        });
      });
    });
    const { p: prof, weights } = read(p.stop().bytes(), ts);
    assert.ok(weights.tensors.every((t) => t.role === 'param'), JSON.stringify(roles(weights)));
    assert.deepEqual([prof.params.total, prof.params.bytes], [448, 1792]);
    assert.equal(prof.weights!.buffers.elements, 0);
  });

  test('a TorchScript tensor attribute its class declares neither parameter nor buffer (cache : Tensor) is a buffer', () => {
    const p = new PickleWriter().proto().global('__torch__', 'M').emptyTuple().newobj().emptyDict().mark();
    writeTensor(p.str('stat'), tensor('stat', '0', [3]));
    writeTensor(p.str('cache'), tensor('cache', '1', [64, 4]));
    p.str('fc').global('__torch__.torch.nn.modules.linear', 'Linear').emptyTuple().newobj().emptyDict().mark();
    writeTensor(p.str('weight'), tensor('weight', '2', [4, 4]));
    p.setitems().build();
    const root = unpickle(p.setitems().build().stop().bytes(), 0, torchHooks(ctx())).value;
    const classes = new Map([
      ['__torch__.M', { parameters: new Set<string>(), buffers: new Set(['stat']) }],
      ['__torch__.torch.nn.modules.linear.Linear', { parameters: new Set(['weight']), buffers: new Set<string>() }],
    ]);
    const got = Object.fromEntries(walkPickle(root, classes).tensors.map((t) => [t.name, t.role]));
    assert.deepEqual(got, { stat: 'buffer', cache: 'buffer', 'fc.weight': 'param' });
  });
});

const ctx = () => ({ foreignGlobals: new Set<string>(), storages: new Map(), codeCalls: { count: 0, names: [] as string[] } });

describe('PyTorch roles: training checkpoints', () => {
  const model = [tensor('fc.weight', '0', [4, 4]), tensor('fc.bias', '1', [4])];

  test('RNG state beside the model is training state, with a warning, not 5,056 uint8 params', () => {
    // torch.save({'model': Linear(4, 4).state_dict(), 'epoch': 1, 'rng_state': torch.get_rng_state()}):
    // params 16 + 4 = 20 (80 B); the CPU generator's state is a uint8 tensor of 5,056 elements.
    const rng = tensor('rng', '2', [5056], 'ByteStorage');
    const p = new PickleWriter().proto().emptyDict().mark().str('model');
    orderedDict(p, () => model.forEach((t) => writeTensor(p.str(t.name), t)));
    p.str('epoch').int(1);
    writeTensor(p.str('rng_state'), rng);
    const { p: prof, weights } = read(p.setitems().stop().bytes(), [...model, rng]);
    assert.deepEqual([prof.params.total, prof.params.bytes], [20, 80]);
    assert.deepEqual(Object.keys(prof.params.byDtype), ['float32']);
    assert.deepEqual(prof.weights!.optimizer, { tensors: 1, elements: 5056, bytes: 5056 });
    assert.deepEqual(weights.warnings, ['1 tensor(s) under the checkpoint\'s "rng_state" beside its model are counted as training state (with the optimizer state), not params']);
  });

  test('without a model entry, the other entries keep their roles: {optimizer, encoder, decoder} is the model', () => {
    // encoder.w 4x4 = 16 + decoder.w 4 = 20 params; the optimizer entry is None.
    const enc = tensor('w', '0', [4, 4]);
    const dec = tensor('w', '1', [4]);
    const p = new PickleWriter().proto().emptyDict().mark().str('optimizer').none().str('encoder');
    orderedDict(p, () => writeTensor(p.str('w'), enc));
    p.str('decoder');
    orderedDict(p, () => writeTensor(p.str('w'), dec));
    const { p: prof, weights } = read(p.setitems().stop().bytes(), [enc, dec]);
    assert.equal(prof.params.total, 20);
    assert.deepEqual(weights.warnings, []);
  });
});

describe('PyTorch roles: buffers by name, one list with safetensors', () => {
  test('GPT-2 attention: the 4-D causal mask attn.bias and the scalar masked_bias are buffers in .bin and .safetensors alike', () => {
    // c_attn.weight [8, 24] = 192 params; attn.bias [1, 1, 16, 16] = 256 and masked_bias (scalar) = 1
    // are buffers: 257 elements, 1,028 B. A 1-D attn.bias [8] is a learned bias: 192 + 8 = 200 params.
    const ts = [
      tensor('h.0.attn.c_attn.weight', '0', [8, 24]), tensor('h.0.attn.bias', '1', [1, 1, 16, 16]),
      tensor('h.0.attn.masked_bias', '2', []), tensor('blocks.0.attn.bias', '3', [8]),
    ];
    const { p } = read(stateDictPickle(ts), ts);
    assert.equal(p.params.total, 200);
    assert.deepEqual(p.weights!.buffers, { tensors: 2, elements: 257, bytes: 1028 });
    const st = join(tmp, 'gpt2.safetensors');
    writeFileSync(st, safetensorsBytes(ts.map((t) => ({ name: t.name, dtype: 'F32', shape: t.dims }))));
    const sp = profile(readSafetensors(st).weights);
    assert.equal(sp.params.total, 200);
    assert.deepEqual(sp.weights!.buffers, { tensors: 2, elements: 257, bytes: 1028 });
  });
});

describe('PyTorch roles: a dict key set twice holds its last value, as torch.load', () => {
  test("{'w.a': zeros(1000), 'w.a': zeros(10)} is 10 params, not 1,010", () => {
    const big = tensor('w.a', '0', [1000]);
    const small = tensor('w.a', '1', [10]);
    const { p, weights } = read(stateDictPickle([big, small]), [big, small]);
    assert.equal(p.params.total, 10);
    assert.deepEqual(weights.tensors.map((t) => [t.name, t.elements]), [['w.a', 10]]);
  });

  test('keys equal in Python are one key: 1, True and 1.0; the first key stays, with the last value', () => {
    // {1: 'a', True: 'b', 1.0: 'c', '1': 'd'} == {1: 'c', '1': 'd'} in Python.
    const bytes = new PickleWriter().proto().emptyDict().mark().int(1).str('a').bool(true).str('b').float(1).str('c').str('1').str('d').setitems().stop().bytes();
    const d = unpickle(bytes, 0, torchHooks(ctx())).value;
    assert.ok(d instanceof PyDict);
    assert.deepEqual([...d.unique()], [[1, 'c'], ['1', 'd']]);
    // A dict past the 16 keys searched pair by pair: 20 keys, then k0 and k19 again.
    const w = new PickleWriter().proto().emptyDict().mark();
    for (let i = 0; i < 20; i++) w.str(`k${i}`).int(i);
    w.str('k0').int(100).str('k19').int(119).setitems();
    const big = unpickle(w.stop().bytes(), 0, torchHooks(ctx())).value;
    assert.ok(big instanceof PyDict);
    const bigItems = [...big.unique()];
    assert.equal(bigItems.length, 20);
    assert.deepEqual([big.get('k0'), big.get('k5'), big.get('k19'), big.get('k20')], [100, 5, 119, undefined]);
    assert.deepEqual(bigItems[0], ['k0', 100]);
    assert.deepEqual(bigItems[19], ['k19', 119]);
    // OrderedDict([(k, v), (k, v2)]) too.
    const od = new PickleWriter().proto().global('collections', 'OrderedDict').mark().mark().mark().str('k').int(1).tuple().mark().str('k').int(2).tuple().op(0x6c).tuple().reduce().stop().bytes();
    const o = unpickle(od, 0, torchHooks(ctx())).value;
    assert.ok(o instanceof PyDict);
    assert.deepEqual([...o.unique()], [['k', 2]]);
  });

  test('last-wins costs nothing kept: a dict holds only its items as set, an object gets items only from a SETITEM', () => {
    // A pickle can hold millions of dicts and objects (a 58 MB one, 1.5M dicts of 9 keys); a
    // per-dict index or an items dict on every object cost 0.6-0.8 GB more at peak. Last-wins is
    // worked out when the walk visits a dict, and dropped after.
    const w = new PickleWriter().proto().emptyList().mark().emptyDict().mark();
    for (let i = 0; i < 12; i++) w.str(`k${i}`).int(i);
    w.setitems().global('__main__', 'C').emptyTuple().newobj();
    w.global('__main__', 'D').emptyTuple().newobj().mark().str('a').int(1).str('a').int(2).setitems();
    const list = unpickle(w.appends().stop().bytes(), 0, torchHooks(ctx())).value;
    assert.ok(list instanceof PyList);
    const [dict, plain, sub] = list.items;
    assert.ok(dict instanceof PyDict && plain instanceof PyObject && sub instanceof PyObject);
    assert.deepEqual(Object.keys(dict), ['flat']);
    assert.equal(dict.size, 12);
    assert.equal(plain.items, undefined);
    // A dict subclass set twice: both kept as read; Python's dict holds {'a': 2}.
    assert.deepEqual([...sub.items!.pairs()], [['a', 1], ['a', 2]]);
    assert.deepEqual([...sub.items!.unique()], [['a', 2]]);
  });
});

describe('PyTorch roles: the other files of a Hugging Face Trainer checkpoint folder', () => {
  /** What the profile says of a file: params, optimizer state, warnings. */
  const summary = (pickle: Uint8Array, tensors: readonly FakeTensor[]) => {
    const { p, weights } = read(pickle, tensors);
    return { params: [p.params.total, p.params.bytes], optimizer: p.weights!.optimizer, warnings: weights.warnings };
  };
  const NO_WEIGHTS = 'no weights: the pickle holds no tensors (plain Python values, such as a scheduler\'s or a grad scaler\'s state or pickled training arguments)';
  const NO_STATE = { tensors: 0, elements: 0, bytes: 0 };
  /** A file of training state alone is said to hold no weights (the gate shows it as one line, not a model). */
  const TRAINING_ONLY = (n: number): string => `no weights: the file holds training state only (${n} tensor(s) of optimizer or random-number-generator state), no params`;

  test('rng_state.pth (and rng_state_<rank>.pth) is RNG state: training state, not 5,072 uint8 params', () => {
    // The CPU generator's state is 5,056 uint8 elements, the one CUDA device's 16: 5,056 + 16 =
    // 5,072 elements of 1 byte, none of them params.
    const got = summary(trainerRngStatePickle(), TRAINER_RNG_TENSORS);
    assert.deepEqual(got.params, [0, 0]);
    assert.deepEqual(got.optimizer, { tensors: 2, elements: 5072, bytes: 5072 });
    assert.deepEqual(got.warnings, ['2 tensor(s) of random-number-generator state (a training checkpoint\'s rng_state) are counted as training state (with the optimizer state), not params', TRAINING_ONLY(2)]);
  });

  test('a dict with other keys beside cpu is a state_dict: its uint8 tensor stays a param', () => {
    // {'cpu': uint8 [4], 'bias': float32 [4]}: no Python or numpy state, so no RNG state: 8 params.
    const a = tensor('cpu', '0', [4], 'ByteStorage');
    const b = tensor('bias', '1', [4]);
    assert.deepEqual(summary(stateDictPickle([a, b]), [a, b]).params, [8, 20]);
  });

  /** Python's `random.getstate()` as it pickles: (3, (624 ints..., index), None), two ints here. */
  const pythonState = (p: PickleWriter): PickleWriter => p.mark().int(3).mark().int(2147483647).int(624).tuple().none().tuple();
  const RNG_WARNING = (n: number): string => `${n} tensor(s) of random-number-generator state (a training checkpoint's rng_state) are counted as training state (with the optimizer state), not params`;

  test('RNG state is told by its values too: float weights under the keys "python" and "cuda" are weights', () => {
    // torch.save({'python': {'embed.weight': randn(100, 64)}, 'cuda': {'embed.weight': randn(100, 64)}})
    // (language adapters keyed by name): 2 x 100 x 64 = 12,800 float32 params, 51,200 B.
    const py = tensor('embed.weight', '0', [100, 64]);
    const cu = tensor('embed.weight', '1', [100, 64]);
    const p = new PickleWriter().proto().emptyDict().mark();
    writeTensor(p.str('python').emptyDict().str('embed.weight'), py).op(0x73);
    writeTensor(p.str('cuda').emptyDict().str('embed.weight'), cu).op(0x73);
    assert.deepEqual(summary(p.setitems().stop().bytes(), [py, cu]), { params: [12_800, 51_200], optimizer: NO_STATE, warnings: [] });
    // Python's state beside a float32 tensor under 'cpu' (a generator's state is uint8): 4 params, 16 B.
    const cpu = tensor('cpu', '0', [4]);
    const q = pythonState(new PickleWriter().proto().emptyDict().mark().str('python'));
    assert.deepEqual(summary(writeTensor(q.str('cpu'), cpu).setitems().stop().bytes(), [cpu]), { params: [4, 16], optimizer: NO_STATE, warnings: [] });
  });

  test("Accelerate's random_states_<i>.pkl and Megatron's rng_state list are RNG state: uint8 tensors, lists and dicts of them, int seeds", () => {
    // Accelerate: {'random_state', 'numpy_random_seed': tuples, 'torch_manual_seed': uint8 [5,056],
    // 'torch_cuda_manual_seed': [uint8 [16], uint8 [16]], 'xm_seed': int}: 5,056 + 2 x 16 = 5,088
    // elements of 1 byte in 3 tensors, no params.
    const cpu = tensor('cpu', '0', [5056], 'ByteStorage');
    const gpus = [tensor('cuda0', '1', [16], 'ByteStorage'), tensor('cuda1', '2', [16], 'ByteStorage')];
    const a = pythonState(new PickleWriter().proto().emptyDict().mark().str('random_state'));
    a.str('numpy_random_seed').mark().str('MT19937').int(624).int(0).tuple();
    writeTensor(a.str('torch_manual_seed'), cpu).str('torch_cuda_manual_seed').emptyList().mark();
    gpus.forEach((t) => writeTensor(a, t));
    a.appends().str('xm_seed').int(42);
    const accelerate = summary(a.setitems().stop().bytes(), [cpu, ...gpus]);
    assert.deepEqual(accelerate, { params: [0, 0], optimizer: { tensors: 3, elements: 5088, bytes: 5088 }, warnings: [RNG_WARNING(3), TRAINING_ONLY(3)] });
    // Current Accelerate also keeps the step (an int) and names each backend's states
    // (torch_xpu_manual_seed...): {'step': 100, 'random_state', 'numpy_random_seed',
    // 'torch_manual_seed': uint8 [5,056], 'torch_xpu_manual_seed': [uint8 [16]]}: 5,072 B, no params.
    const b = pythonState(new PickleWriter().proto().emptyDict().mark().str('step').int(100).str('random_state'));
    b.str('numpy_random_seed').mark().str('MT19937').int(624).int(0).tuple();
    writeTensor(writeTensor(b.str('torch_manual_seed'), cpu).str('torch_xpu_manual_seed').emptyList().mark(), gpus[0]!).appends();
    const stepped = summary(b.setitems().stop().bytes(), [cpu, gpus[0]!]);
    assert.deepEqual(stepped, { params: [0, 0], optimizer: { tensors: 2, elements: 5072, bytes: 5072 }, warnings: [RNG_WARNING(2), TRAINING_ONLY(2)] });
    // Megatron: {'model': Linear(4, 4), 'rng_state': [{'random_rng_state', 'np_rng_state': tuples,
    // 'torch_rng_state': uint8 [5,056], 'cuda_rng_state': uint8 [16], 'rng_tracker_states':
    // {'model-parallel-rng': uint8 [16]}}]}: params 16 + 4 = 20 (80 B); state 5,088 B in 3 tensors.
    const ts = [tensor('fc.weight', '3', [4, 4]), tensor('fc.bias', '4', [4])];
    const m = new PickleWriter().proto().emptyDict().mark().str('model');
    orderedDict(m, () => ts.forEach((t) => writeTensor(m.str(t.name), t)));
    pythonState(m.str('rng_state').emptyList().mark().emptyDict().mark().str('random_rng_state'));
    m.str('np_rng_state').mark().str('MT19937').int(624).int(0).tuple();
    writeTensor(writeTensor(m.str('torch_rng_state'), cpu).str('cuda_rng_state'), gpus[0]!);
    writeTensor(m.str('rng_tracker_states').emptyDict().str('model-parallel-rng'), gpus[1]!).op(0x73);
    const megatron = summary(m.setitems().appends().setitems().stop().bytes(), [cpu, ...gpus, ...ts]);
    assert.deepEqual(megatron, { params: [20, 80], optimizer: { tensors: 3, elements: 5088, bytes: 5088 }, warnings: [RNG_WARNING(3)] });
  });

  test('RNG state of backends named since (torch_neuron_manual_seed), an int64 XLA seed tensor; not a seed beside uint8 weights', () => {
    const numpyState = (p: PickleWriter): PickleWriter => p.mark().str('MT19937').int(624).int(0).tuple();
    // Accelerate on AWS Neuron: {'step', 'random_state', 'numpy_random_seed', 'torch_manual_seed':
    // uint8 [5,056], 'torch_neuron_manual_seed': [uint8 [16]]}: 5,072 B of state, no params.
    const cpu = tensor('torch_manual_seed', '0', [5056], 'ByteStorage');
    const dev = tensor('torch_neuron_manual_seed.0', '1', [16], 'ByteStorage');
    const a = new PickleWriter().proto().emptyDict().mark().str('step').int(100);
    pythonState(a.str('random_state'));
    numpyState(a.str('numpy_random_seed'));
    writeTensor(writeTensor(a.str('torch_manual_seed'), cpu).str('torch_neuron_manual_seed').emptyList().mark(), dev).appends();
    assert.deepEqual(summary(a.setitems().stop().bytes(), [cpu, dev]), { params: [0, 0], optimizer: { tensors: 2, elements: 5072, bytes: 5072 }, warnings: [RNG_WARNING(2), TRAINING_ONLY(2)] });
    // Accelerate 0.6 to 0.8 on TPU: 'xm_seed' a 0-d int64 tensor: 5,056 + 8 bytes of state, no params.
    const xm = tensor('xm_seed', '1', [], 'LongStorage');
    const b = new PickleWriter().proto().emptyDict().mark();
    pythonState(b.str('random_state'));
    numpyState(b.str('numpy_random_seed'));
    writeTensor(b.str('torch_manual_seed'), cpu).str('torch_cuda_manual_seed').emptyList();
    writeTensor(b.str('xm_seed'), xm);
    assert.deepEqual(summary(b.setitems().stop().bytes(), [cpu, xm]), { params: [0, 0], optimizer: { tensors: 2, elements: 5057, bytes: 5064 }, warnings: [RNG_WARNING(2), TRAINING_ONLY(2)] });
    // {'random_state': 42, 'cpu': {'emb.weight': uint8 [1000, 64]}}: a seed is no Python state
    // (every producer writes a tuple) and 'cpu' holds no dict of states: 64,000 uint8 params.
    const emb = tensor('cpu.emb.weight', '0', [1000, 64], 'ByteStorage');
    const c = new PickleWriter().proto().emptyDict().mark().str('random_state').int(42);
    writeTensor(c.str('cpu').emptyDict().str('emb.weight'), emb).op(0x73);
    assert.deepEqual(summary(c.setitems().stop().bytes(), [emb]), { params: [64_000, 64_000], optimizer: NO_STATE, warnings: [] });
  });

  test('optimizer.pt (an optimizer state_dict) is optimizer state, no params', () => {
    // AdamW over Linear(4, 3): per parameter exp_avg and exp_avg_sq of its shape and a scalar
    // step: 2 x 12 + 1 and 2 x 3 + 1 = 32 float32 elements in 6 tensors, 128 bytes.
    const ts: FakeTensor[] = [];
    const p = new PickleWriter().proto().emptyDict().mark().str('state').emptyDict().mark();
    [[3, 4], [3]].forEach((dims, i) => {
      p.int(i).emptyDict().mark();
      for (const [j, name] of ['step', 'exp_avg', 'exp_avg_sq'].entries()) {
        const t = tensor(name, String(3 * i + j), name === 'step' ? [] : dims);
        ts.push(t);
        writeTensor(p.str(name), t);
      }
      p.setitems();
    });
    p.setitems().str('param_groups').emptyList().mark().emptyDict().mark().str('lr').float(0.001).str('params').emptyList().mark().int(0).int(1).appends().setitems().appends();
    const got = summary(p.setitems().stop().bytes(), ts);
    assert.deepEqual(got.params, [0, 0]);
    assert.deepEqual(got.optimizer, { tensors: 6, elements: 32, bytes: 128 });
    assert.deepEqual(got.warnings, [TRAINING_ONLY(6)]);
  });

  test('a file whose only tensor is in a form not measured (meta) is not said to hold no weights: it may be one', () => {
    const p = new PickleWriter().proto().global('collections', 'OrderedDict').emptyTuple().reduce().mark().str('emb.weight');
    p.global('torch._utils', '_rebuild_meta_tensor_no_storage').mark().global('torch', 'float32').mark().int(4).tuple().mark().int(1).tuple().bool(false).tuple().reduce();
    assert.deepEqual(summary(p.setitems().stop().bytes(), []).warnings, ['1 tensor(s) in a form not measured: emb.weight (torch._utils._rebuild_meta_tensor_no_storage)']);
  });

  test('scheduler.pt and scaler.pt hold no tensors: no weights, said so, not an error', () => {
    for (const pickle of [trainerSchedulerPickle(), trainerScalerPickle()]) assert.deepEqual(summary(pickle, []), { params: [0, 0], optimizer: NO_STATE, warnings: [NO_WEIGHTS] });
  });

  test('training_args.bin: a pickled dataclass of a class torch does not know, its Enum members as Python 3.11 pickles them (getattr), is no weights', () => {
    // Looking up an Enum member (getattr(IntervalStrategy, 'STEPS')) runs no code.
    assert.deepEqual(summary(trainerArgsPickle(), []), { params: [0, 0], optimizer: NO_STATE, warnings: [NO_WEIGHTS] });
  });

  test('calling what a getattr returned, or a getattr of a private name, still counts as running code', () => {
    const call = new PickleWriter().proto().global('__builtin__', 'getattr').global('transformers.modeling_utils', 'PreTrainedModel').str('from_pretrained')
      .op(0x86).reduce().mark().str('https://example.invalid/x').tuple().reduce().stop().bytes();
    assert.throws(() => readPytorchBytes(archive(call, []), 'training_args.bin'), /the pickle calls transformers\.modeling_utils\.PreTrainedModel\.from_pretrained: rejected/);
    const dunder = new PickleWriter().proto().global('__builtin__', 'getattr').global('transformers.trainer_utils', 'IntervalStrategy').str('__init__')
      .op(0x86).reduce().stop().bytes();
    assert.throws(() => readPytorchBytes(archive(dunder, []), 'training_args.bin'), /the pickle calls __builtin__\.getattr: rejected/);
  });
});
