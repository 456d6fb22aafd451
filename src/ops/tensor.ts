/**
 * Data-rearranging tensor ops: Transpose, Concat, Split, Tile, Expand, Pad, DepthToSpace,
 * SpaceToDepth, Trilu, ReverseSequence, CenterCropPad, Col2Im, and the Sequence ops.
 * They do no arithmetic (0 FLOPs; Col2Im's overlap sums excepted) and read/write every element
 * once (the engine's default memory count). Small known inputs are folded (Concat, Transpose, Split,
 * Tile, Expand, DepthToSpace/SpaceToDepth, Trilu) because exporters build shape vectors with them.
 */
import { bytesFor } from '../graph/dtype.js';
import { dtypeFromOnnx } from '../formats/onnx/dtype-codes.js';
import { MAX_FOLD_ELEMENTS, OpError } from '../shapes/types.js';
import type { InferContext, KnownValue, OpDef, OpDoc, SymDim, TensorType } from '../shapes/types.js';
import { bytesOf, concrete, knownValue, normalizeAxis, numel, rankFromLength } from '../shapes/util.js';
import {
  DATA_MOVEMENT_FLOPS, NO_ARITHMETIC, movesOnly, dimSum, inputBytes, intsOf, isConcrete, single, stridesOf, transposeData,
} from './shape-ops.js';

const moveDoc = (memory?: string, peers?: string): OpDoc => ({
  flops: DATA_MOVEMENT_FLOPS,
  ...(memory ? { memory } : {}),
  ...(peers ? { peers } : {}),
});

/** Elements [start, start+len) along `axis` of a row-major tensor. */
function sliceAxisData(data: readonly number[], shape: readonly number[], axis: number, start: number, len: number): number[] {
  const outer = shape.slice(0, axis).reduce((a, b) => a * b, 1);
  const inner = shape.slice(axis + 1).reduce((a, b) => a * b, 1);
  const d = shape[axis]!;
  const out: number[] = [];
  for (let o = 0; o < outer; o++) {
    const base = o * d * inner;
    for (let k = start * inner; k < (start + len) * inner; k++) out.push(data[base + k]!);
  }
  return out;
}

/** Broadcast row-major data of `inShape` to `outShape` (numpy rules, outShape already computed). */
export function broadcastData(data: readonly number[], inShape: readonly number[], outShape: readonly number[]): number[] {
  const r = outShape.length;
  const padded = [...new Array<number>(r - inShape.length).fill(1), ...inShape];
  const inStrides = stridesOf(padded).map((s, i) => (padded[i] === 1 ? 0 : s));
  const n = numel(outShape);
  const out = new Array<number>(n);
  const idx = new Array<number>(r).fill(0);
  for (let o = 0; o < n; o++) {
    let src = 0;
    for (let k = 0; k < r; k++) src += idx[k]! * inStrides[k]!;
    out[o] = data[src]!;
    for (let k = r - 1; k >= 0; k--) {
      if (++idx[k]! < outShape[k]!) break;
      idx[k] = 0;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Transpose

const transposeOp: OpDef = {
  domain: '', opType: 'Transpose', since: 1,
  doc: moveDoc(undefined, 'PyTorch permute is a view, so thop/fvcore report nothing; the ONNX op materialises the output.'),
  infer: (ctx) => {
    const x = ctx.input(0);
    const s = ctx.shapeOf(0);
    const r = s.length;
    // Default perm reverses the dims.
    const perm = ctx.attrs.has('perm') ? ctx.attrs.ints('perm').map((p) => (p < 0 ? p + r : p)) : s.map((_, i) => r - 1 - i);
    if (perm.length !== r || new Set(perm).size !== r || perm.some((p) => p < 0 || p >= r)) {
      throw new OpError(`perm [${perm.join(',')}] is not a permutation of rank ${r}`);
    }
    const shape = perm.map((p) => s[p]!);
    const value = x.value && isConcrete(s) ? knownValue(x.value.dtype, shape as number[], transposeData(x.value.data, s, perm)) : undefined;
    return single({ dtype: x.type.dtype, shape }, value);
  },
  cost: () => NO_ARITHMETIC,
};

// ---------------------------------------------------------------------------------------------
// Concat

function makeConcat(since: number): OpDef {
  return {
    domain: '', opType: 'Concat', since, doc: moveDoc(),
    infer: (ctx) => {
      const present = ctx.inputs.filter((x): x is NonNullable<typeof x> => x !== undefined);
      if (present.length === 0) throw new OpError('Concat has no inputs');
      const dtype = present.find((x) => x.type.dtype)?.type.dtype;
      if (present.some((x) => !x.type.shape)) return single({ dtype, shape: undefined });
      const shapes = present.map((x) => x.type.shape!);
      const r = shapes[0]!.length;
      if (shapes.some((s) => s.length !== r)) {
        throw new OpError(`inputs have different ranks: ${shapes.map((s) => `[${s.join(',')}]`).join(' ')}`);
      }
      const rawAxis = since < 4 ? ctx.attrs.int('axis', 1) : ctx.attrs.int('axis');
      if (rawAxis < 0 && since < 11) throw new OpError(`axis ${rawAxis} is negative (allowed from opset 11)`);
      const axis = normalizeAxis(rawAxis, r);
      const shape: SymDim[] = [];
      for (let i = 0; i < r; i++) {
        if (i === axis) {
          shape.push(dimSum(shapes.map((s) => s[i]!), ctx, 'concat'));
          continue;
        }
        const dims = shapes.map((s) => s[i]!);
        const nums = dims.filter((d): d is number => typeof d === 'number');
        if (nums.some((d) => d !== nums[0])) {
          throw new OpError(`inputs differ on axis ${i}: ${shapes.map((s) => `[${s.join(',')}]`).join(' ')}`);
        }
        shape.push(nums.length > 0 ? nums[0]! : dims[0]!);
      }
      let value: KnownValue | undefined;
      if (present.every((x) => x.value) && isConcrete(shape)) {
        const full: readonly number[] = shape;
        const outer = full.slice(0, axis).reduce((a, b) => a * b, 1);
        const inner = full.slice(axis + 1).reduce((a, b) => a * b, 1);
        const data: number[] = [];
        for (let o = 0; o < outer; o++) {
          for (const x of present) {
            const chunk = (x.type.shape![axis] as number) * inner;
            for (let k = 0; k < chunk; k++) data.push(x.value!.data[o * chunk + k]!);
          }
        }
        value = knownValue(present[0]!.value!.dtype, shape, data);
      }
      return single({ dtype, shape }, value);
    },
    cost: () => NO_ARITHMETIC,
  };
}

// ---------------------------------------------------------------------------------------------
// Split

type SplitSource = 'attr-or-input' | 'attr' | 'input' | 'input-or-num_outputs';

function makeSplit(since: number, source: SplitSource): OpDef {
  return {
    domain: '', opType: 'Split', since, doc: moveDoc(),
    infer: (ctx) => {
      const x = ctx.input(0);
      const s = ctx.shapeOf(0);
      const n = ctx.node.outputs.length;
      const rawAxis = ctx.attrs.int('axis', 0);
      if (rawAxis < 0 && since < 11) throw new OpError(`axis ${rawAxis} is negative (allowed from opset 11)`);
      const axis = normalizeAxis(rawAxis, s.length);
      const d = s[axis]!;
      let split: number[] | undefined;
      let splitGivenUnknown = false;
      if ((source === 'attr-or-input' || source === 'attr') && ctx.attrs.has('split')) split = [...ctx.attrs.ints('split')];
      if ((source === 'attr-or-input' || source.startsWith('input')) && ctx.inputs[1]) {
        split = intsOf(ctx, 1);
        if (!split) splitGivenUnknown = true;
      }
      let sizes: SymDim[];
      if (split) {
        if (split.length !== n) throw new OpError(`split has ${split.length} entries for ${n} outputs`);
        if (split.some((v) => v < 0)) throw new OpError(`split [${split.join(',')}] has a negative size`);
        const total = split.reduce((a, b) => a + b, 0);
        if (typeof d === 'number' && total !== d) throw new OpError(`split [${split.join(',')}] sums to ${total}, axis ${axis} has size ${d}`);
        sizes = split;
      } else if (splitGivenUnknown) {
        sizes = Array.from({ length: n }, () => ctx.freshDim('split'));
      } else if (source === 'input-or-num_outputs' && ctx.attrs.has('num_outputs')) {
        const k = ctx.attrs.int('num_outputs');
        if (k !== n) throw new OpError(`num_outputs is ${k} but the node has ${n} outputs`);
        if (typeof d === 'number') {
          // Split-18: chunks of ceil(d/k), the last one smaller.
          const chunk = Math.ceil(d / k);
          sizes = Array.from({ length: k }, (_, i) => Math.max(0, Math.min(chunk, d - chunk * i)));
        } else {
          sizes = Array.from({ length: k }, () => ctx.freshDim('split'));
        }
      } else {
        if (source === 'input-or-num_outputs') throw new OpError('Split-18 needs either the split input or the num_outputs attribute');
        if (typeof d === 'number') {
          if (d % n !== 0) throw new OpError(`axis ${axis} of size ${d} does not split evenly into ${n} outputs`);
          sizes = new Array<number>(n).fill(d / n);
        } else {
          const shared = n === 1 ? d : ctx.freshDim('split');
          sizes = new Array<SymDim>(n).fill(shared);
        }
      }
      const outputs: TensorType[] = sizes.map((len) => ({ dtype: x.type.dtype, shape: s.map((dim, i) => (i === axis ? len : dim)) }));
      let values: (KnownValue | undefined)[] | undefined;
      if (x.value && isConcrete(s) && sizes.every((v) => typeof v === 'number')) {
        let start = 0;
        values = (sizes as number[]).map((len) => {
          const data = sliceAxisData(x.value!.data, s, axis, start, len);
          start += len;
          return knownValue(x.value!.dtype, s.map((dim, i) => (i === axis ? len : dim)), data);
        });
      }
      return values ? { outputs, values } : { outputs };
    },
    cost: () => NO_ARITHMETIC,
  };
}

// ---------------------------------------------------------------------------------------------
// Tile

function tileShape(ctx: InferContext, s: readonly SymDim[], repeats: readonly number[] | undefined): SymDim[] {
  if (!repeats) return s.map((d) => (d === 0 ? 0 : ctx.freshDim('tile')));
  if (repeats.length !== s.length) throw new OpError(`repeats has ${repeats.length} entries for rank ${s.length}`);
  if (repeats.some((r) => r < 0)) throw new OpError(`repeats [${repeats.join(',')}] has a negative entry`);
  return s.map((d, i) => {
    const r = repeats[i]!;
    if (r === 1) return d;
    if (typeof d === 'number') return d * r;
    return r === 0 ? 0 : ctx.freshDim('tile');
  });
}

function tileData(data: readonly number[], s: readonly number[], repeats: readonly number[]): number[] {
  const out = s.map((d, i) => d * repeats[i]!);
  const inStrides = stridesOf(s);
  const n = numel(out);
  const res = new Array<number>(n);
  const idx = new Array<number>(out.length).fill(0);
  for (let o = 0; o < n; o++) {
    let src = 0;
    for (let k = 0; k < idx.length; k++) src += (idx[k]! % s[k]!) * inStrides[k]!;
    res[o] = data[src]!;
    for (let k = idx.length - 1; k >= 0; k--) {
      if (++idx[k]! < out[k]!) break;
      idx[k] = 0;
    }
  }
  return res;
}

const tileOps: OpDef[] = [
  {
    // Tile-1: a scalar 'tiles' count along a scalar 'axis' (both inputs).
    domain: '', opType: 'Tile', since: 1, doc: moveDoc(),
    infer: (ctx) => {
      const x = ctx.input(0);
      const s = ctx.shapeOf(0);
      const tiles = intsOf(ctx, 1)?.[0];
      const axisV = intsOf(ctx, 2)?.[0];
      if (axisV === undefined) return single({ dtype: x.type.dtype, shape: s.map(() => ctx.freshDim('tile')) });
      const axis = normalizeAxis(axisV, s.length);
      const repeats = tiles === undefined ? undefined : s.map((_, i) => (i === axis ? tiles : 1));
      const shape = repeats ? tileShape(ctx, s, repeats) : s.map((d, i) => (i === axis ? ctx.freshDim('tile') : d));
      return single({ dtype: x.type.dtype, shape });
    },
    cost: () => NO_ARITHMETIC,
  },
  {
    domain: '', opType: 'Tile', since: 6, doc: moveDoc(),
    infer: (ctx) => {
      const x = ctx.input(0);
      const s = ctx.shapeOf(0);
      ctx.input(1);
      const repeats = intsOf(ctx, 1);
      const shape = tileShape(ctx, s, repeats);
      const value = x.value && repeats && isConcrete(shape) && isConcrete(s) && numel(shape) <= MAX_FOLD_ELEMENTS
        ? knownValue(x.value.dtype, shape, tileData(x.value.data, s, repeats)) : undefined;
      return single({ dtype: x.type.dtype, shape }, value);
    },
    cost: () => NO_ARITHMETIC,
  },
];

// ---------------------------------------------------------------------------------------------
// Expand

/** Output of broadcasting `s` against a shape vector whose values may be unknown. */
function expandShape(ctx: InferContext, s: readonly SymDim[], target: readonly number[] | undefined, targetLen: SymDim | undefined): SymDim[] | undefined {
  if (!target) {
    if (typeof targetLen !== 'number') return undefined;
    // Where the input dim is not 1 it wins (the target entry must be 1 or equal); else unknown.
    const r = Math.max(s.length, rankFromLength(targetLen, 'the shape input'));
    const padded: SymDim[] = [...new Array<number>(r - s.length).fill(1), ...s];
    return padded.map((d) => (typeof d === 'number' && d !== 1 ? d : ctx.freshDim('expand')));
  }
  const r = Math.max(s.length, target.length);
  const a: SymDim[] = [...new Array<number>(r - s.length).fill(1), ...s];
  const b: number[] = [...new Array<number>(r - target.length).fill(1), ...target];
  return a.map((d, i) => {
    const t = b[i]!;
    if (t === 1) return d;
    if (d === 1) return t;
    if (typeof d !== 'number') return t; // the symbol must equal t (or be 1): either way t
    if (d !== t) throw new OpError(`cannot expand [${s.join(',')}] to [${target.join(',')}]`);
    return d;
  });
}

const expandOp: OpDef = {
  domain: '', opType: 'Expand', since: 8,
  doc: moveDoc('input bytes once + output bytes once', 'PyTorch expand is a view (0 bytes); ONNX Expand materialises the output.'),
  infer: (ctx) => {
    const x = ctx.input(0);
    const s = ctx.shapeOf(0);
    const shapeIn = ctx.input(1).type.shape;
    const shape = expandShape(ctx, s, intsOf(ctx, 1), shapeIn?.[0]);
    if (!shape) throw new OpError('the shape input is not a known constant and its length is unknown: the output rank cannot be inferred');
    const value = x.value && shape && isConcrete(shape) && isConcrete(s) && numel(shape) <= MAX_FOLD_ELEMENTS
      ? knownValue(x.value.dtype, shape, broadcastData(x.value.data, s, shape)) : undefined;
    return single({ dtype: x.type.dtype, shape }, value);
  },
  cost: () => NO_ARITHMETIC,
};

// ---------------------------------------------------------------------------------------------
// Pad

function padShape(ctx: InferContext, s: readonly SymDim[], pads: readonly number[] | undefined, axes: readonly number[] | undefined): SymDim[] {
  const r = s.length;
  const ax = axes ? axes.map((a) => normalizeAxis(a, r)) : s.map((_, i) => i);
  if (!pads) {
    return s.map((d, i) => (ax.includes(i) ? ctx.freshDim('pad') : d));
  }
  if (pads.length !== 2 * ax.length) throw new OpError(`pads has ${pads.length} entries, expected ${2 * ax.length} (2 per padded axis)`);
  const out = [...s];
  ax.forEach((a, k) => {
    const extra = pads[k]! + pads[k + ax.length]!;
    const d = s[a]!;
    if (typeof d === 'number') {
      if (d + extra < 0) throw new OpError(`pads [${pads.join(',')}] crop axis ${a} of size ${d} below 0`);
      out[a] = d + extra;
    } else {
      out[a] = extra === 0 ? d : ctx.freshDim('pad');
    }
  });
  return out;
}

const padDoc = moveDoc('data bytes + output bytes (the border is written, not read) + the small pads / constant_value / axes inputs (opset 11+), as Slice counts its starts/ends',
  'thop counts 0 for padding layers too.');

function makePad(since: number): OpDef {
  return {
    domain: '', opType: 'Pad', since, doc: padDoc,
    infer: (ctx) => {
      const x = ctx.input(0);
      const s = ctx.shapeOf(0);
      let pads: readonly number[] | undefined;
      let axes: readonly number[] | undefined;
      if (since < 11) {
        pads = ctx.attrs.ints(since === 1 ? 'paddings' : 'pads');
      } else {
        ctx.input(1);
        pads = intsOf(ctx, 1);
        if (since >= 18 && ctx.inputs[3]) {
          axes = intsOf(ctx, 3);
          if (!axes) return single({ dtype: x.type.dtype, shape: s.map(() => ctx.freshDim('pad')) });
        }
      }
      const mode = ctx.attrs.string('mode', 'constant');
      if (!['constant', 'reflect', 'edge', 'wrap'].includes(mode)) throw new OpError(`unknown pad mode '${mode}'`);
      return single({ dtype: x.type.dtype, shape: padShape(ctx, s, pads, axes) });
    },
    cost: () => NO_ARITHMETIC,
  };
}

// ---------------------------------------------------------------------------------------------
// DepthToSpace / SpaceToDepth

function blocksize(ctx: InferContext): number {
  const b = ctx.attrs.int('blocksize');
  if (b < 1) throw new OpError(`blocksize ${b} must be positive`);
  return b;
}

function makeDepthToSpace(since: number): OpDef {
  return {
    domain: '', opType: 'DepthToSpace', since, doc: moveDoc(),
    infer: (ctx) => {
      const x = ctx.input(0);
      const s = ctx.shapeOf(0);
      if (s.length !== 4) throw new OpError(`input must be 4-D [N,C,H,W], got [${s.join(',')}]`);
      const b = blocksize(ctx);
      const mode = since >= 11 ? ctx.attrs.string('mode', 'DCR') : 'DCR';
      if (mode !== 'DCR' && mode !== 'CRD') throw new OpError(`unknown mode '${mode}' (DCR or CRD)`);
      const [n, c, h, w] = s as [SymDim, SymDim, SymDim, SymDim];
      if (typeof c === 'number' && c % (b * b) !== 0) throw new OpError(`channels ${c} do not divide by blocksize^2 = ${b * b}`);
      const shape: SymDim[] = [
        n,
        typeof c === 'number' ? c / (b * b) : b === 1 ? c : ctx.freshDim('depth_to_space'),
        typeof h === 'number' ? h * b : b === 1 ? h : ctx.freshDim('depth_to_space'),
        typeof w === 'number' ? w * b : b === 1 ? w : ctx.freshDim('depth_to_space'),
      ];
      let value: KnownValue | undefined;
      if (x.value && isConcrete(s)) {
        const [N, C, H, W] = s as [number, number, number, number];
        const c2 = C / (b * b);
        // DCR: view as [N, b, b, C/b², H, W], permute to [N, C/b², H, b, W, b].
        // CRD: view as [N, C/b², b, b, H, W], permute to [N, C/b², H, b, W, b].
        const data = mode === 'DCR'
          ? transposeData(x.value.data, [N, b, b, c2, H, W], [0, 3, 4, 1, 5, 2])
          : transposeData(x.value.data, [N, c2, b, b, H, W], [0, 1, 4, 2, 5, 3]);
        value = knownValue(x.value.dtype, shape as number[], data);
      }
      return single({ dtype: x.type.dtype, shape }, value);
    },
    cost: () => NO_ARITHMETIC,
  };
}

const spaceToDepthOp: OpDef = {
  domain: '', opType: 'SpaceToDepth', since: 1, doc: moveDoc(),
  infer: (ctx) => {
    const x = ctx.input(0);
    const s = ctx.shapeOf(0);
    if (s.length !== 4) throw new OpError(`input must be 4-D [N,C,H,W], got [${s.join(',')}]`);
    const b = blocksize(ctx);
    const [n, c, h, w] = s as [SymDim, SymDim, SymDim, SymDim];
    for (const [name, d] of [['height', h], ['width', w]] as const) {
      if (typeof d === 'number' && d % b !== 0) throw new OpError(`${name} ${d} does not divide by blocksize ${b}`);
    }
    const shape: SymDim[] = [
      n,
      typeof c === 'number' ? c * b * b : b === 1 ? c : ctx.freshDim('space_to_depth'),
      typeof h === 'number' ? h / b : b === 1 ? h : ctx.freshDim('space_to_depth'),
      typeof w === 'number' ? w / b : b === 1 ? w : ctx.freshDim('space_to_depth'),
    ];
    let value: KnownValue | undefined;
    if (x.value && isConcrete(s)) {
      const [N, C, H, W] = s as [number, number, number, number];
      // View as [N, C, H/b, b, W/b, b], permute to [N, b, b, C, H/b, W/b].
      const data = transposeData(x.value.data, [N, C, H / b, b, W / b, b], [0, 3, 5, 1, 2, 4]);
      value = knownValue(x.value.dtype, shape as number[], data);
    }
    return single({ dtype: x.type.dtype, shape }, value);
  },
  cost: () => NO_ARITHMETIC,
};

// ---------------------------------------------------------------------------------------------
// Trilu, ReverseSequence, CenterCropPad, Col2Im

const triluOp: OpDef = {
  domain: '', opType: 'Trilu', since: 14,
  doc: { flops: '0: a masked copy (comparing indices is not floating-point work)' },
  infer: (ctx) => {
    const x = ctx.input(0);
    const s = ctx.shapeOf(0);
    if (s.length < 2) throw new OpError(`input must have rank >= 2, got [${s.join(',')}]`);
    const k = ctx.inputs[1] ? intsOf(ctx, 1)?.[0] : 0;
    let value: KnownValue | undefined;
    if (x.value && k !== undefined && isConcrete(s)) {
      const upper = ctx.attrs.int('upper', 1) === 1;
      const rows = s[s.length - 2]!;
      const cols = s[s.length - 1]!;
      const data = x.value.data.map((v, idx) => {
        const j = idx % cols;
        const i = Math.floor(idx / cols) % rows;
        const keep = upper ? j - i >= k : j - i <= k;
        return keep ? v : 0;
      });
      value = knownValue(x.value.dtype, s, data);
    }
    return single(x.type, value);
  },
  cost: () => NO_ARITHMETIC,
};

const reverseSequenceOp: OpDef = {
  domain: '', opType: 'ReverseSequence', since: 10, doc: moveDoc(),
  infer: (ctx) => {
    const x = ctx.input(0);
    const s = ctx.shapeOf(0);
    if (s.length < 2) throw new OpError(`input must have rank >= 2, got [${s.join(',')}]`);
    return single(x.type);
  },
  cost: () => NO_ARITHMETIC,
};

const centerCropPadOp: OpDef = {
  domain: '', opType: 'CenterCropPad', since: 18,
  doc: moveDoc('the kept region read (per axis min(input, output)) + output written + the shape vector'),
  infer: (ctx) => {
    const x = ctx.input(0);
    const s = ctx.shapeOf(0);
    const axes = ctx.attrs.has('axes') ? ctx.attrs.ints('axes').map((a) => normalizeAxis(a, s.length)) : s.map((_, i) => i);
    ctx.input(1);
    const target = intsOf(ctx, 1);
    if (target && target.length !== axes.length) throw new OpError(`shape has ${target.length} entries for ${axes.length} axes`);
    const shape = s.map((d, i) => {
      const k = axes.indexOf(i);
      if (k < 0) return d;
      return target ? target[k]! : ctx.freshDim('center_crop_pad');
    });
    return single({ dtype: x.type.dtype, shape });
  },
  cost: (ctx, outputs) => {
    const x = ctx.input(0);
    const inDims = concrete(ctx.shapeOf(0));
    const outDims = concrete(outputs[0]!.shape ?? []);
    // Cropped axes read only the centre; padded axes read the whole input extent.
    const kept = inDims.reduce((p, d, i) => p * Math.min(d, outDims[i]!), 1);
    return movesOnly(bytesFor(x.type.dtype!, kept) + bytesOf(outputs[0]!) + inputBytes(ctx, [1]));
  },
};

const col2imOp: OpDef = {
  domain: '', opType: 'Col2Im', since: 18,
  doc: {
    flops: '1 per input element: each column entry is added into its image position (overlaps sum)',
    peers: 'PyTorch F.fold is not counted by thop/fvcore.',
  },
  infer: (ctx) => {
    const x = ctx.input(0);
    const s = ctx.shapeOf(0);
    if (s.length !== 3) throw new OpError(`input must be 3-D [N, C*prod(block_shape), L], got [${s.join(',')}]`);
    const image = intsOf(ctx, 1);
    const block = intsOf(ctx, 2);
    const nSpatial = image?.length ?? block?.length ?? ctx.input(1).type.shape?.[0];
    if (typeof nSpatial !== 'number') throw new OpError('image_shape and block_shape are unknown: the output rank cannot be inferred');
    let c: SymDim;
    if (block) {
      const kprod = block.reduce((a, b) => a * b, 1);
      const ck = s[1]!;
      if (typeof ck === 'number') {
        if (ck % kprod !== 0) throw new OpError(`input dim 1 (${ck}) does not divide by prod(block_shape) = ${kprod}`);
        c = ck / kprod;
      } else {
        c = kprod === 1 ? ck : ctx.freshDim('col2im');
      }
    } else {
      c = ctx.freshDim('col2im');
    }
    const spatial: SymDim[] = image ? image : Array.from({ length: nSpatial }, () => ctx.freshDim('col2im'));
    return single({ dtype: x.type.dtype, shape: [s[0]!, c, ...spatial] });
  },
  cost: (ctx) => ({ macs: 0, flops: numel(ctx.shapeOf(0)) }),
};

// ---------------------------------------------------------------------------------------------
// Sequences: a sequence is reported with its element dtype and an unknown shape (a sequence has
// no tensor shape; the lengths of its elements are not tracked).

const seqDoc: OpDoc = { flops: '0', memory: '0 bytes: sequence bookkeeping holds references to tensors' };
const seqCopyDoc: OpDoc = { flops: DATA_MOVEMENT_FLOPS, memory: 'bytes of the tensor copied in + out; unresolved when element shapes are unknown' };

const sequenceType = (dtype: TensorType['dtype']): TensorType => ({ dtype, shape: undefined });

const sequenceOps: OpDef[] = [
  {
    domain: '', opType: 'SequenceConstruct', since: 11, movesData: false, doc: seqDoc,
    infer: (ctx) => single(sequenceType(ctx.input(0).type.dtype)),
    cost: () => NO_ARITHMETIC,
  },
  {
    domain: '', opType: 'SequenceEmpty', since: 11, movesData: false, doc: seqDoc,
    infer: (ctx) => single(sequenceType(dtypeFromOnnx(ctx.attrs.int('dtype', 1)))),
    cost: () => NO_ARITHMETIC,
  },
  {
    domain: '', opType: 'SequenceErase', since: 11, movesData: false, doc: seqDoc,
    infer: (ctx) => single(sequenceType(ctx.input(0).type.dtype)),
    cost: () => NO_ARITHMETIC,
  },
  {
    domain: '', opType: 'SequenceLength', since: 11, movesData: false, doc: seqDoc,
    infer: () => single({ dtype: 'int64', shape: [] }),
    cost: () => NO_ARITHMETIC,
  },
  {
    domain: '', opType: 'SequenceInsert', since: 11, doc: seqCopyDoc,
    infer: (ctx) => single(sequenceType(ctx.input(0).type.dtype ?? ctx.input(1).type.dtype)),
    cost: (ctx) => ({ macs: 0, flops: 0, bytes: 2 * bytesOf(ctx.input(1).type) }),
  },
  {
    domain: '', opType: 'SequenceAt', since: 11, doc: seqCopyDoc,
    infer: (ctx) => single({ dtype: ctx.input(0).type.dtype, shape: undefined }),
    cost: () => NO_ARITHMETIC,
  },
  {
    domain: '', opType: 'SplitToSequence', since: 11, doc: seqCopyDoc,
    infer: (ctx) => single(sequenceType(ctx.input(0).type.dtype)),
    cost: (ctx) => ({ macs: 0, flops: 0, bytes: 2 * bytesOf(ctx.input(0).type) }),
  },
  {
    domain: '', opType: 'ConcatFromSequence', since: 11, doc: seqCopyDoc,
    infer: (ctx) => single({ dtype: ctx.input(0).type.dtype, shape: undefined }),
    cost: () => NO_ARITHMETIC,
  },
];

export const ops: OpDef[] = [
  transposeOp,
  makeConcat(1), makeConcat(4), makeConcat(11),
  makeSplit(1, 'attr-or-input'), makeSplit(2, 'attr'), makeSplit(11, 'attr'), makeSplit(13, 'input'),
  makeSplit(18, 'input-or-num_outputs'),
  ...tileOps,
  expandOp,
  makePad(1), makePad(2), makePad(11), makePad(18), makePad(19),
  makeDepthToSpace(1), makeDepthToSpace(11),
  spaceToDepthOp,
  triluOp,
  reverseSequenceOp,
  centerCropPadOp,
  col2imOp,
  ...sequenceOps,
];
