"""Times onnx-tool (a peer we are checked against) on one ONNX model, for `npm run bench`.

usage: python3 onnx_tool_profile.py <onnx-tool source dir> <model.onnx> <runs> [name=1x3x224x224 ...]

Modules are imported first and not timed (the same rule as our side: modules loaded, then the
first profile of the process is "cold"). One profile = load + shape inference + profile, the
work `onnx_tool.model_profile` does without printing. Prints one JSON line.
"""
import json
import sys
import time
import warnings

source, model, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
sys.path.insert(0, source)
import numpy  # noqa: E402
import onnx_tool  # noqa: E402


def shapes(args):
    out = {}
    for a in args:
        name, dims = a.split('=', 1)
        out[name] = [int(d) for d in dims.split('x')]
    return out


def profile_once(bound):
    m = onnx_tool.Model(model)
    g = m.graph
    inputs = {}
    for name, dims in bound.items():
        dtype = g.tensormap[name].dtype if name in g.tensormap else numpy.float32
        inputs[name] = numpy.zeros(dims, dtype=dtype)
    g.shape_infer(inputs)
    g.profile()
    return g


bound = shapes(sys.argv[4:])
# onnx-tool warns for every op it does not cost; the bench prints the MACs beside ours instead.
warnings.simplefilter('ignore')
t0 = time.perf_counter()
try:
    g = profile_once(bound)
except Exception as e:  # onnx-tool cannot read every model: the bench says which and why
    print(json.dumps({'error': str(e).splitlines()[0][:200]}))
    sys.exit(0)
cold = (time.perf_counter() - t0) * 1e3
# Warm is timed after the same 3 s of untimed runs as our side (bench/measure-one.ts): CPython
# 3.11+ specialises its bytecode after a few runs, and numpy and the allocator settle too.
settle = time.perf_counter() + 3.0
runs_done = 0
while runs_done < 3 or time.perf_counter() < settle:
    profile_once(bound)
    runs_done += 1
times = []
stop = time.perf_counter() + 2.0
while len(times) < runs or (time.perf_counter() < stop and len(times) < 50):
    t0 = time.perf_counter()
    profile_once(bound)
    times.append((time.perf_counter() - t0) * 1e3)
times.sort()
macs = g.macs[0] if isinstance(g.macs, (list, tuple)) else g.macs
print(json.dumps({'coldMs': cold, 'warmMs': times[len(times) // 2], 'macs': float(macs), 'params': int(g.params)}))
