#!/usr/bin/env python3
"""Cross-checks model-budget's ONNX numbers against an independent count, per file:

  params  sum of initializer and Constant tensor elements of weight dtypes (float, complex,
          integers of <= 16 bits; the int32 quantized biases docs/metrics.md also counts are not
          followed here, so QDQ exports differ by their bias count);
  MACs    every Conv / ConvTranspose / MatMul / Gemm / RNN / GRU / LSTM / Einsum node, from
          onnx.shape_inference's shapes and the formulas of docs/metrics.md;
  shapes  every node output that onnx.shape_inference resolves, against ours (--per-node).

Symbolic input dims are bound as BIND says, on both sides. A "theirs" total of ">=N" means onnx's
inference left some contraction shapes unknown (it does not fold Reshape shapes computed through
Shape/Gather, nor Pad/Resize with computed inputs): compare such totals with
torch_macs.py in the same folder instead.

Usage (after `npx tsc -p tsconfig.json`; needs python3-onnx and python3-numpy):
  python3 scripts/onnx-crosscheck/check.py exports/*.onnx
A meta*.json beside the files (written by export.py) adds torch's own parameter count.
"""
import sys, json, os, subprocess, glob, math
import onnx, numpy as np
from onnx import numpy_helper, shape_inference, TensorProto as TP
REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIND = {'batch': 2, 'seq': 7, 'h': 64, 'w': 48}
WEIGHT_TYPES = {TP.FLOAT, TP.DOUBLE, TP.FLOAT16, TP.BFLOAT16, TP.INT8, TP.UINT8, TP.INT16, TP.UINT16, TP.COMPLEX64, TP.COMPLEX128}

def graphs(g):
    yield g
    for n in g.node:
        for a in n.attribute:
            if a.type == onnx.AttributeProto.GRAPH: yield from graphs(a.g)
            for sg in a.graphs: yield from graphs(sg)

def their_params(m):
    tot = 0
    for g in graphs(m.graph):
        for t in g.initializer:
            if t.data_type in WEIGHT_TYPES: tot += int(np.prod(t.dims))
        for n in g.node:
            if n.op_type == 'Constant':
                for a in n.attribute:
                    if a.name == 'value' and a.t.data_type in WEIGHT_TYPES: tot += int(np.prod(a.t.dims))
                    if a.name == 'value_float': tot += 1
                    if a.name == 'value_floats': tot += len(a.floats)
    return tot

def shape_map(m):
    sh = {}
    for v in list(m.graph.value_info) + list(m.graph.input) + list(m.graph.output):
        t = v.type.tensor_type
        if not t.HasField('shape'): continue
        dims = [d.dim_value if d.HasField('dim_value') else None for d in t.shape.dim]
        sh[v.name] = dims
    for t in m.graph.initializer: sh[t.name] = list(t.dims)
    for n in m.graph.node:
        if n.op_type == 'Constant':
            for a in n.attribute:
                if a.name == 'value': sh[n.output[0]] = list(a.t.dims)
    return sh

def known(s): return s is not None and all(d is not None for d in s)
def attr(n, name, default=None):
    for a in n.attribute:
        if a.name == name: return onnx.helper.get_attribute_value(a)
    return default

def their_macs(n, sh):
    ins = [sh.get(i) if i else None for i in n.input]
    outs = [sh.get(o) for o in n.output]
    op = n.op_type
    try:
        if op == 'Conv':
            if not (known(outs[0]) and known(ins[1])): return None
            return outs[0][0] * int(np.prod(outs[0][2:])) * int(np.prod(ins[1]))
        if op == 'ConvTranspose':
            if not (known(ins[0]) and known(ins[1])): return None
            return ins[0][0] * int(np.prod(ins[0][2:])) * int(np.prod(ins[1]))
        if op == 'MatMul':
            a, b = ins[0], ins[1]
            if not (known(a) and known(b)): return None
            a = [1] + a if len(a) == 1 else a; b = b + [1] if len(b) == 1 else b
            batch = np.broadcast_shapes(tuple(a[:-2]), tuple(b[:-2]))
            return int(np.prod(batch)) * a[-2] * a[-1] * b[-1]
        if op == 'Gemm':
            a, b = ins[0], ins[1]
            if not (known(a) and known(b)): return None
            M, K = (a[1], a[0]) if attr(n, 'transA', 0) else (a[0], a[1])
            N = b[0] if attr(n, 'transB', 0) else b[1]
            return M * K * N
        if op in ('LSTM', 'GRU', 'RNN'):
            x, w, r = ins[0], ins[1], ins[2]
            if not (known(x) and known(w) and known(r)): return None
            layout = attr(n, 'layout', 0)
            seq, batch = (x[1], x[0]) if layout else (x[0], x[1])
            return seq * batch * (int(np.prod(w)) + int(np.prod(r)))
        if op == 'Einsum':
            eq = attr(n, 'equation').decode().replace(' ', '')
            lhs, rhs = eq.split('->')
            terms = lhs.split(',')
            if not all(known(s) for s in ins): return None
            size = {}
            for t, s in zip(terms, ins):
                for c, d in zip(t, s): size[c] = max(size.get(c, 1), d)
            cur = terms[0]; macs = 0
            for i in range(1, len(terms)):
                joint = set(cur) | set(terms[i])
                later = set(rhs).union(*[set(t) for t in terms[i + 1:]]) if i + 1 < len(terms) else set(rhs)
                keep = [c for c in sorted(joint) if c in later]
                if len(keep) < len(joint): macs += int(np.prod([size[c] for c in joint]))
                cur = ''.join(keep)
            return macs
    except Exception as e:
        return ('ERR', repr(e))
    return 0

def bind_copy(m):
    m2 = onnx.ModelProto(); m2.CopyFrom(m)
    dims = {}
    for v in m2.graph.input:
        for d in v.type.tensor_type.shape.dim:
            if d.HasField('dim_param'):
                val = BIND.get(d.dim_param, 1); dims[d.dim_param] = val
                d.ClearField('dim_param'); d.dim_value = val
    return m2, dims

def check(path, meta):
    name = os.path.basename(path)[:-5]
    m = onnx.load(path)
    r = {'model': name, 'opset': meta.get('opset'), 'torch_params': meta.get('torch_params')}
    r['their_params'] = their_params(m)
    mb, dims = bind_copy(m)
    try:
        inf = shape_inference.infer_shapes(mb, strict_mode=False, data_prop=True)
    except Exception as e:
        inf = mb; r['infer_error'] = repr(e)[:200]
    sh = shape_map(inf)
    cmd = ['node', f'{REPO}/build/src/cli/main.js', 'profile', path, '--format', 'json', '--per-node']
    for k, v in dims.items(): cmd += ['--dim', f'{k}={v}']
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode != 0:
        r['our_error'] = (p.stderr or p.stdout)[:400]; return r
    o = json.loads(p.stdout)
    r['our_params'] = o['params']['total']; r['our_macs'] = o['totals']['macs']
    r['unknown'] = o.get('unknownOps'); r['lowerBound'] = o['totals'].get('lowerBoundReasons')
    r['warnings'] = o.get('warnings')
    nodes = list(m.graph.node)
    ours = o['nodes']
    diffs = []

    byname = {x['name']: x for x in ours}
    their_total = 0; unknown_macs = False
    for i, n in enumerate(nodes):
        t = their_macs(n, sh)
        if t is None: unknown_macs = True
        elif isinstance(t, tuple): diffs.append(f'{n.name} their err {t}')
        else: their_total += t
        on = byname.get(n.name) if n.name else (ours[i] if i < len(ours) else None)
        if on is not None:
            if t is not None and not isinstance(t, tuple) and on.get('macs') != t:
                diffs.append(f'MACs {n.op_type} {n.name}: ours {on.get("macs")} theirs {t}')
            osh = on.get('outputShapes') or []
            for j, out in enumerate(n.output):
                ts = sh.get(out)
                if not known(ts) or j >= len(osh) or osh[j] is None: continue
                if list(osh[j]) != ts: diffs.append(f'shape {n.op_type} {n.name} out{j}: ours {osh[j]} theirs {ts}')
    r['their_macs'] = their_total if not unknown_macs else f'>={their_total}'
    r['diffs'] = diffs
    return r

if __name__ == '__main__':
    files = sys.argv[1:]
    if not files: sys.exit(__doc__)
    metas = {}
    for d in sorted({os.path.dirname(os.path.abspath(f)) for f in files}):
        for m in glob.glob(os.path.join(d, 'meta*.json')): metas.update(json.load(open(m)))
    res = []
    for f in files:
        n = os.path.basename(f)[:-5]
        r = check(f, metas.get(n, {}))
        res.append(r)
        ok = (r.get('our_params') == r['their_params'] and r.get('our_macs') == r.get('their_macs') and not r.get('diffs') and not r.get('our_error'))
        print(('OK  ' if ok else 'DIFF'), n, 'params', r['their_params'], r.get('our_params'), 'torch', r.get('torch_params'), 'macs', r.get('their_macs'), r.get('our_macs'),
              r.get('our_error', ''), r.get('unknown') or '', r.get('lowerBound') or '', r.get('infer_error', ''), flush=True)
        for d in r.get('diffs', [])[:8]: print('     ', d)
