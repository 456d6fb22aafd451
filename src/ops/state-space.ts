/**
 * Recurrent-state ops of opset 27 (Gated DeltaNet / Mamba style blocks): LinearAttention and
 * CausalConvWithState. Both carry a state between decode steps; both are contractions.
 */
import { nameTable } from '../graph/name-table.js';
import { OpError } from '../shapes/types.js';
import type { Cost, InferContext, OpDef, SymDim, TensorType } from '../shapes/types.js';
import { fitOutputs, numel } from '../shapes/util.js';

function rank(ctx: InferContext, i: number, r: number, name: string): readonly SymDim[] {
  const s = ctx.shapeOf(i);
  if (s.length !== r) throw new OpError(`${name} has rank ${s.length}; expected ${r}`);
  return s;
}

function perHead(hidden: SymDim, heads: number, what: string): SymDim {
  if (typeof hidden !== 'number') return heads === 1 ? hidden : `${hidden}/${heads}`;
  if (hidden % heads !== 0) throw new OpError(`${what} ${hidden} is not divisible by ${heads} heads`);
  return hidden / heads;
}

// ---- LinearAttention -------------------------------------------------------------------------
// Inputs: query [B,T,Hq*dk], key [B,T,Hkv*dk], value [B,T,Hkv*dv], past_state [B,Hkv,dk,dv]?,
// decay?, beta?. Outputs: output [B,T,Hq*dv], present_state [B,Hkv,dk,dv].

const UPDATE_RULES = ['linear', 'gated', 'delta', 'gated_delta'];

interface LinearAttnDims {
  readonly batch: SymDim; readonly seq: SymDim; readonly qHeads: number; readonly kvHeads: number;
  readonly dk: SymDim; readonly dv: SymDim; readonly rule: string;
}

function linearAttnDims(ctx: InferContext): LinearAttnDims {
  const q = rank(ctx, 0, 3, 'query');
  rank(ctx, 1, 3, 'key');
  const v = rank(ctx, 2, 3, 'value');
  const qHeads = ctx.attrs.int('q_num_heads');
  const kvHeads = ctx.attrs.int('kv_num_heads');
  if (qHeads < 1 || kvHeads < 1) throw new OpError(`q_num_heads ${qHeads} and kv_num_heads ${kvHeads} must be positive`);
  if (qHeads % kvHeads !== 0) throw new OpError(`q_num_heads ${qHeads} is not a multiple of kv_num_heads ${kvHeads}`);
  const rule = ctx.attrs.string('update_rule', 'linear');
  if (!UPDATE_RULES.includes(rule)) throw new OpError(`update_rule must be one of ${UPDATE_RULES.join(', ')}, got '${rule}'`);
  if ((rule === 'gated' || rule === 'gated_delta') && !ctx.inputs[4]) throw new OpError(`update_rule '${rule}' needs the decay input`);
  if ((rule === 'delta' || rule === 'gated_delta') && !ctx.inputs[5]) throw new OpError(`update_rule '${rule}' needs the beta input`);
  return {
    batch: q[0]!, seq: q[1]!, qHeads, kvHeads,
    dk: perHead(q[2]!, qHeads, 'query hidden size'), dv: perHead(v[2]!, kvHeads, 'value hidden size'), rule,
  };
}

const linearAttentionOp: OpDef = {
  domain: '', opType: 'LinearAttention', since: 27,
  doc: {
    macs: 'B * T * dk * dv * (Hkv * (1 + [delta rule]) + Hq): per token the state update k (x) v per KV head, the retrieval S^T k per KV head for delta rules, and q^T S per query head',
    flops: '2 * MACs + per token: Hq * dv (output scale) + Hkv * dk * dv for gated rules (state decay) + 2 * Hkv * dv for delta rules (subtract, beta)',
    peers: 'thop, fvcore and ptflops trace the PyTorch recurrence op by op (matmuls as MACs, the rest as their own rules); onnx-tool has no LinearAttention',
  },
  infer(ctx) {
    const d = linearAttnDims(ctx);
    const dtype = ctx.input(0).type.dtype;
    const hidden: SymDim = typeof d.dv === 'number' ? d.dv * d.qHeads : `${d.dv}*${d.qHeads}`;
    const state: TensorType = { dtype: ctx.inputs[3]?.type.dtype ?? dtype, shape: [d.batch, d.kvHeads, d.dk, d.dv] };
    return { outputs: fitOutputs(ctx, [{ dtype, shape: [d.batch, d.seq, hidden] }, state]) };
  },
  cost(ctx): Cost {
    const d = linearAttnDims(ctx);
    const tokens = numel([d.batch, d.seq]);
    const dk = numel([d.dk]), dv = numel([d.dv]);
    const delta = d.rule === 'delta' || d.rule === 'gated_delta';
    const gated = d.rule === 'gated' || d.rule === 'gated_delta';
    const macs = tokens * dk * dv * (d.kvHeads * (delta ? 2 : 1) + d.qHeads);
    const extra = tokens * (d.qHeads * dv + (gated ? d.kvHeads * dk * dv : 0) + (delta ? 2 * d.kvHeads * dv : 0));
    return { macs, flops: 2 * macs + extra };
  },
};

// ---- CausalConvWithState ---------------------------------------------------------------------
// input [B,C,L], weight [C,1,K], bias [C]?, past_state [B,C,K-1]?; outputs output [B,C,L],
// present_state [B,C,K-1]. A depthwise causal conv: each output element is K multiply-adds.

const ACTIVATIONS = nameTable<number>({ none: 0, silu: 2, swish: 2 });

function causalConvDims(ctx: InferContext): { x: readonly SymDim[]; k: number } {
  const x = rank(ctx, 0, 3, 'input');
  const w = rank(ctx, 1, 3, 'weight');
  const k = w[2];
  if (typeof k !== 'number' || k < 1) throw new OpError(`kernel size (weight dim 2) must be a known positive number, got ${String(k)}`);
  if (w[1] !== 1) throw new OpError(`weight must be [channels, 1, k] (depthwise), got [${w.join(',')}]`);
  if (typeof w[0] === 'number' && typeof x[1] === 'number' && w[0] !== x[1]) throw new OpError(`weight has ${w[0]} channels but the input has ${x[1]}`);
  const act = ctx.attrs.string('activation', 'none');
  if (!(act in ACTIVATIONS)) throw new OpError(`activation must be none, silu or swish, got '${act}'`);
  return { x, k };
}

const causalConvOp: OpDef = {
  domain: '', opType: 'CausalConvWithState', since: 27,
  doc: {
    macs: 'B * C * L * K (depthwise: one K-tap dot product per output element, the carried state included)',
    flops: '2 * MACs + 1 per output element with bias + 2 per output element with silu/swish (sigmoid, multiply)',
    peers: 'thop, fvcore and ptflops count the equivalent depthwise Conv1d the same way (MACs = output elements x K)',
  },
  infer(ctx) {
    const { x, k } = causalConvDims(ctx);
    const dtype = ctx.input(0).type.dtype;
    return { outputs: fitOutputs(ctx, [{ dtype, shape: [...x] }, { dtype, shape: [x[0]!, x[1]!, k - 1] }]) };
  },
  cost(ctx): Cost {
    const { x, k } = causalConvDims(ctx);
    const outs = numel(x);
    const macs = outs * k;
    return { macs, flops: 2 * macs + outs * ((ctx.inputs[2] ? 1 : 0) + ACTIVATIONS[ctx.attrs.string('activation', 'none')]!) };
  },
};

export const ops: OpDef[] = [linearAttentionOp, causalConvOp];
