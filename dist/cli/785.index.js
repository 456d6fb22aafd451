export const id = 785;
export const ids = [785];
export const modules = {

/***/ 2845:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ deriveFormulas),
/* harmony export */   TQ: () => (/* binding */ FORMULA_METRICS),
/* harmony export */   nx: () => (/* binding */ FORMULA_LABELS)
/* harmony export */ });
/* unused harmony exports MAX_DEGREE, SAMPLE_START, MAX_EVALUATIONS, evaluateFormula */
/**
 * Cost as an exact polynomial of the model's free symbolic dims (issue 15, section 1).
 *
 * The engine is run at integer bindings of the dims (it is never changed for this): per metric,
 * each dim's degree is found from consecutive samples (the lowest degree whose interpolation
 * through the first degree+1 samples reproduces every other sample, including far ones), then
 * the polynomial is interpolated on the tensor grid of those degrees with exact rational BigInt
 * arithmetic and checked at further bindings not used to build it. A metric that is not a
 * polynomial of degree <= MAX_DEGREE (a strided conv's rounding, a max that changes branch,
 * data-dependent sizes) or that is a lower bound at some binding gets no formula: the reason and
 * the sampled values instead. Pure: the engine is reached through the `evaluate` callback.
 */
const FORMULA_METRICS = ['macs', 'flops', 'memoryBytes', 'peakActivationBytes'];
const MAX_DEGREE = 4;
/** Dims are sampled from here up: small sizes make some graphs invalid (a 3x3 conv on height 1). */
const SAMPLE_START = 8;
/** Engine runs allowed for one model's formulas (each is a full shape/cost pass). */
const MAX_EVALUATIONS = 200;
const ZERO = { n: 0n, d: 1n };
function gcd(a, b) {
    a = a < 0n ? -a : a;
    b = b < 0n ? -b : b;
    while (b !== 0n)
        [a, b] = [b, a % b];
    return a;
}
function q(n, d = 1n) {
    if (d < 0n) {
        n = -n;
        d = -d;
    }
    const g = gcd(n, d) || 1n;
    return { n: n / g, d: d / g };
}
const add = (a, b) => q(a.n * b.d + b.n * a.d, a.d * b.d);
const sub = (a, b) => q(a.n * b.d - b.n * a.d, a.d * b.d);
const mul = (a, b) => q(a.n * b.n, a.d * b.d);
function polyAdd(a, b, sign = 1) {
    const out = new Map(a);
    for (const [k, v] of b) {
        const s = sign === 1 ? add(out.get(k) ?? ZERO, v) : sub(out.get(k) ?? ZERO, v);
        if (s.n === 0n)
            out.delete(k);
        else
            out.set(k, s);
    }
    return out;
}
/** p * (x_i - c) / k, the step from C(x - x0, k-1) to C(x - x0, k) in Newton's forward form. */
function polyMulLinear(p, i, c, k) {
    let out = new Map();
    for (const [key, v] of p) {
        const pw = key.split(',').map(Number);
        const shifted = [...pw];
        shifted[i] += 1;
        out = polyAdd(out, new Map([[shifted.join(','), mul(v, q(1n, k))]]));
        out = polyAdd(out, new Map([[key, mul(v, q(-c, k))]]));
    }
    return out;
}
function polyEval(p, at) {
    let sum = ZERO;
    for (const [key, v] of p) {
        let term = v;
        key.split(',').map(Number).forEach((e, i) => { term = mul(term, q(at[i] ** BigInt(e))); });
        sum = add(sum, term);
    }
    return sum;
}
/** Newton forward interpolation on x0, x0+1, ..., x0+deg along dim i, of polynomial-valued samples. */
function interpolate(samples, i, x0, nDims) {
    let diffs = [...samples];
    let basis = new Map([[new Array(nDims).fill(0).join(','), q(1n)]]);
    let out = new Map();
    for (let k = 0; k < samples.length; k++) {
        if (k > 0)
            basis = polyMulLinear(basis, i, BigInt(x0 + k - 1), BigInt(k));
        // diffs[0] is the k-th forward difference at x0.
        const coeffPoly = diffs[0];
        for (const [key, v] of coeffPoly) {
            // coefficient polynomial (in other dims) times basis (in dim i): multiply term-wise.
            for (const [bk, bv] of basis) {
                const a = key.split(',').map(Number);
                const b = bk.split(',').map(Number);
                out = polyAdd(out, new Map([[a.map((e, j) => e + b[j]).join(','), mul(v, bv)]]));
            }
        }
        diffs = diffs.slice(1).map((d, j) => polyAdd(d, diffs[j], -1));
    }
    return out;
}
// ---- derivation -------------------------------------------------------------------------------
class TooManyEvaluations extends Error {
}
/**
 * Derives the formula of every metric in `dims` (the free dims), with `fixed` the user's
 * bindings (passed through to `evaluate` unchanged).
 */
function deriveFormulas(dims, fixed, evaluate) {
    const sorted = [...dims].sort();
    const cache = new Map();
    const run = (at) => {
        const key = at.join(',');
        let e = cache.get(key);
        if (!e) {
            if (cache.size >= MAX_EVALUATIONS)
                throw new TooManyEvaluations();
            const binding = { ...fixed };
            sorted.forEach((d, i) => { binding[d] = at[i]; });
            e = evaluate(binding);
            cache.set(key, e);
        }
        return e;
    };
    const base = sorted.map(() => SAMPLE_START);
    const metrics = {};
    try {
        for (const m of FORMULA_METRICS)
            metrics[m] = deriveMetric(m, sorted, base, run);
    }
    catch (e) {
        if (!(e instanceof TooManyEvaluations))
            throw e;
        return { dims: sorted, fixed, metrics: {}, note: `no formulas: more than ${MAX_EVALUATIONS} engine runs needed for ${sorted.length} free dims (bind some with --dim)` };
    }
    return { dims: sorted, fixed, metrics };
}
/** Consecutive samples used to find a degree, and far samples that check it. */
function scanOffsets() {
    const near = Array.from({ length: MAX_DEGREE + 3 }, (_, k) => k);
    // Far points of both parities and not multiples of small strides, so rounding shows.
    return [...near, 25, 121, 1000];
}
function deriveMetric(m, dims, base, run) {
    const valueAt = (at) => {
        const e = run(at);
        if (!e.exact)
            return e.reason;
        const v = e.totals[m];
        if (!Number.isSafeInteger(v))
            return `the value at ${describe(dims, at)} is not an integer below 2^53 (${v})`;
        return v;
    };
    const failed = (reason, points) => ({
        polynomial: false,
        reason,
        values: points.map((at) => {
            const v = valueAt(at);
            return { at: Object.fromEntries(dims.map((d, i) => [d, at[i]])), value: typeof v === 'number' ? v : null };
        }),
    });
    const degrees = [];
    for (let i = 0; i < dims.length; i++) {
        const points = scanOffsets().map((o) => base.map((b, j) => (j === i ? b + o : b)));
        const xs = [];
        const values = [];
        for (const [k, at] of points.entries()) {
            const v = valueAt(at);
            if (typeof v === 'string') {
                // A far sample may be past the model's own limit (a 512-token causal mask): there the
                // model does not run at all, so it is left out; every near sample must be exact.
                if (k > MAX_DEGREE + 2)
                    continue;
                return failed(`not exact at ${describe(dims, at)}: ${v}`, points);
            }
            xs.push(at[i]);
            values.push(v);
        }
        const deg = degreeOf(xs, values);
        if (deg === undefined) {
            return failed(`not a polynomial in ${dims[i]} of degree <= ${MAX_DEGREE} (e.g. a strided conv or pool rounds ${dims[i]}/stride, or a size depends on data)`, points);
        }
        degrees.push(deg);
    }
    // Tensor grid of degree+1 consecutive samples per dim, interpolated one dim at a time.
    const build = (i, prefix) => {
        if (i === dims.length) {
            const v = valueAt(prefix);
            if (typeof v === 'string')
                throw new NotExact(v);
            return v === 0 ? new Map() : new Map([[dims.map(() => 0).join(','), q(BigInt(v))]]);
        }
        const samples = [];
        for (let k = 0; k <= degrees[i]; k++)
            samples.push(build(i + 1, [...prefix, base[i] + k]));
        return interpolate(samples, i, base[i], dims.length);
    };
    let poly;
    try {
        poly = build(0, []);
    }
    catch (e) {
        if (e instanceof NotExact)
            return failed(e.message, []);
        throw e;
    }
    // Check at joint bindings off the grid: every dim moved at once, to far values.
    const checks = [[3, 7], [17, 5], [130, 257]].map(([a, b]) => dims.map((_, i) => base[i] + (i % 2 === 0 ? a : b) + degrees[i]));
    let checked = 0;
    for (const at of checks) {
        const v = valueAt(at);
        if (typeof v === 'string')
            continue;
        checked++;
        const got = polyEval(poly, at.map(BigInt));
        if (got.d !== 1n || got.n !== BigInt(v)) {
            return failed(`not a polynomial jointly in ${dims.join(', ')} (the interpolated formula misses the engine's value at ${describe(dims, at)})`, checks);
        }
    }
    if (checked === 0)
        return failed(`not exact at any of the check bindings (${checks.map((at) => describe(dims, at)).join('; ')})`, checks);
    return { polynomial: true, terms: toTerms(poly, dims), degree: Object.fromEntries(dims.map((d, i) => [d, degrees[i]])) };
}
class NotExact extends Error {
}
/** Lowest degree d <= MAX_DEGREE whose interpolation through the first d+1 samples fits them all. */
function degreeOf(xs, ys) {
    for (let d = 0; d <= MAX_DEGREE; d++) {
        const samples = ys.slice(0, d + 1).map((y) => (y === 0 ? new Map() : new Map([['0', q(BigInt(y))]])));
        const p = interpolate(samples, 0, xs[0], 1);
        if (xs.every((x, k) => { const v = polyEval(p, [BigInt(x)]); return v.d === 1n && v.n === BigInt(ys[k]); }))
            return d;
    }
    return undefined;
}
function toTerms(p, dims) {
    const terms = [...p].map(([key, v]) => {
        const pw = key.split(',').map(Number);
        return {
            numerator: v.n.toString(),
            denominator: v.d.toString(),
            powers: Object.fromEntries(dims.flatMap((d, i) => (pw[i] > 0 ? [[d, pw[i]]] : []))),
            order: pw.reduce((s, e) => s + e, 0),
            key,
        };
    });
    // Constant first, then by total degree, then by dim order.
    terms.sort((a, b) => a.order - b.order || (a.key < b.key ? 1 : a.key > b.key ? -1 : 0));
    return terms.map(({ numerator, denominator, powers }) => ({ numerator, denominator, powers }));
}
function describe(dims, at) {
    return dims.map((d, i) => `${d}=${at[i]}`).join(', ');
}
/** Value of a formula at a binding, exactly (a BigInt when the value is an integer, else undefined). */
function evaluateFormula(terms, at) {
    let sum = ZERO;
    for (const t of terms) {
        let v = q(BigInt(t.numerator), BigInt(t.denominator));
        for (const [d, e] of Object.entries(t.powers)) {
            const x = at[d];
            if (x === undefined)
                return undefined;
            v = mul(v, q(BigInt(x) ** BigInt(e)));
        }
        sum = add(sum, v);
    }
    return sum.d === 1n ? sum.n : undefined;
}
/** Formula names of the metrics as the text output shows them. */
const FORMULA_LABELS = {
    macs: 'MACs', flops: 'FLOPs', memoryBytes: 'memory access', peakActivationBytes: 'peak activations',
};


/***/ }),

/***/ 1375:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Do: () => (/* binding */ resolveHardware),
/* harmony export */   Sv: () => (/* binding */ HardwareOptionError),
/* harmony export */   qV: () => (/* binding */ HARDWARE_PRESETS),
/* harmony export */   wS: () => (/* binding */ hardwarePreset)
/* harmony export */ });
/* harmony import */ var _graph_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5875);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5764);
/**
 * Hardware presets for the roofline estimate, and custom `--peak-flops` / `--bandwidth` values
 * (read by profile/units.ts, the one unit parser). FLOPS here always means hardware speed (operations per second); model
 * size is counted in FLOPs (operations), never FLOPS.
 *
 * Each preset names one precision: the roofline only makes sense against the peak of the
 * arithmetic the model would actually run. The default ids are FP32 dense (no structured
 * sparsity); `-fp16` ids use the dense FP16 tensor-core peak. Where a datasheet gives no FLOPS
 * figure, the comment shows how the number was derived from the datasheet's core count and clock.
 */


const T = 1e12;
const G = 1e9;
const HARDWARE_PRESETS = [
    {
        // NVIDIA A100 Tensor Core GPU datasheet: A100 80GB SXM, FP32 19.5 TFLOPS, HBM2e 2,039 GB/s.
        id: 'a100', name: 'NVIDIA A100 80GB SXM (FP32)', kind: 'gpu', precision: 'fp32',
        peakFlops: 19.5 * T, bandwidth: 2039 * G,
        source: 'NVIDIA A100 Tensor Core GPU datasheet (A100 80GB SXM)',
    },
    {
        // Same datasheet: FP16 Tensor Core 312 TFLOPS dense (624 with sparsity).
        id: 'a100-fp16', name: 'NVIDIA A100 80GB SXM (FP16 tensor core, dense)', kind: 'gpu', precision: 'fp16',
        peakFlops: 312 * T, bandwidth: 2039 * G,
        source: 'NVIDIA A100 Tensor Core GPU datasheet (A100 80GB SXM)',
    },
    {
        // NVIDIA H100 Tensor Core GPU datasheet: H100 SXM, FP32 67 TFLOPS, HBM3 3.35 TB/s.
        id: 'h100', name: 'NVIDIA H100 SXM (FP32)', kind: 'gpu', precision: 'fp32',
        peakFlops: 67 * T, bandwidth: 3.35 * T,
        source: 'NVIDIA H100 Tensor Core GPU datasheet (H100 SXM)',
    },
    {
        // Same datasheet: FP16 Tensor Core 1,979 TFLOPS is quoted with sparsity; dense is half.
        id: 'h100-fp16', name: 'NVIDIA H100 SXM (FP16 tensor core, dense)', kind: 'gpu', precision: 'fp16',
        peakFlops: 989.5 * T, bandwidth: 3.35 * T,
        source: 'NVIDIA H100 Tensor Core GPU datasheet (H100 SXM; 1,979 TFLOPS sparse / 2)',
    },
    {
        // NVIDIA T4 Tensor Core GPU datasheet: FP32 8.1 TFLOPS, GDDR6 320+ GB/s.
        id: 't4', name: 'NVIDIA T4 (FP32)', kind: 'gpu', precision: 'fp32',
        peakFlops: 8.1 * T, bandwidth: 320 * G,
        source: 'NVIDIA T4 Tensor Core GPU datasheet',
    },
    {
        // Same datasheet: mixed precision (FP16/FP32) 65 TFLOPS.
        id: 't4-fp16', name: 'NVIDIA T4 (FP16 tensor core)', kind: 'gpu', precision: 'fp16',
        peakFlops: 65 * T, bandwidth: 320 * G,
        source: 'NVIDIA T4 Tensor Core GPU datasheet',
    },
    {
        // NVIDIA L4 Tensor Core GPU datasheet: FP32 30.3 TFLOPS, GDDR6 300 GB/s.
        id: 'l4', name: 'NVIDIA L4 (FP32)', kind: 'gpu', precision: 'fp32',
        peakFlops: 30.3 * T, bandwidth: 300 * G,
        source: 'NVIDIA L4 Tensor Core GPU datasheet',
    },
    {
        // NVIDIA Ada GPU Architecture whitepaper, GeForce RTX 4090: peak FP32 82.6 TFLOPS (non-tensor),
        // GDDR6X 21 Gbps x 384-bit = 1,008 GB/s.
        id: 'rtx4090', name: 'NVIDIA GeForce RTX 4090 (FP32)', kind: 'gpu', precision: 'fp32',
        peakFlops: 82.6 * T, bandwidth: 1008 * G,
        source: 'NVIDIA Ada GPU Architecture whitepaper (GeForce RTX 4090)',
    },
    {
        // NVIDIA Jetson Orin Nano Series datasheet (8GB module): 1024 CUDA cores at up to 625 MHz,
        // 128-bit LPDDR5 at 68 GB/s. FP32 = 1024 cores x 2 FLOPs per FMA x 0.625 GHz = 1.28 TFLOPS.
        id: 'jetson-orin-nano', name: 'NVIDIA Jetson Orin Nano 8GB (GPU, FP32)', kind: 'edge', precision: 'fp32',
        peakFlops: 1.28 * T, bandwidth: 68 * G,
        source: 'NVIDIA Jetson Orin Nano Series datasheet (8GB; FP32 derived from cores x clock)',
    },
    {
        // NVIDIA Jetson Orin Nano Super Developer Kit datasheet (Dec 2024, JetPack 6.1 "super" mode):
        // the same 1024 CUDA cores at up to 1020 MHz, LPDDR5 at 102 GB/s.
        // FP32 = 1024 cores x 2 FLOPs per FMA x 1.02 GHz = 2.089 TFLOPS.
        id: 'jetson-orin-nano-super', name: 'NVIDIA Jetson Orin Nano 8GB, super mode (GPU, FP32)', kind: 'edge', precision: 'fp32',
        peakFlops: 2.08896 * T, bandwidth: 102 * G,
        source: 'NVIDIA Jetson Orin Nano Super Developer Kit datasheet (FP32 derived from cores x clock)',
    },
    {
        // Google Pixel 8 tech specs: Google Tensor G3, 8 GB LPDDR5X. Google publishes no clocks or
        // bandwidth; the shipping clocks (read from devices at launch): 1x Cortex-X3 2.91 GHz,
        // 4x Cortex-A715 2.37 GHz, 4x Cortex-A510 1.70 GHz. FP32 FMA lanes per cycle from Arm's core
        // descriptions: X3 four 128-bit pipes (16 FMAs = 32 FLOPs), A715 two (16 FLOPs), A510 up to two
        // 128-bit pipes shared by a core pair (counted as 8 FLOPs per core):
        // 2.91 x 32 + 4 x 2.37 x 16 + 4 x 1.70 x 8 = 93.12 + 151.68 + 54.4 = 299.2 GFLOPS (all nine cores).
        // Memory: a 64-bit LPDDR5X bus at its fastest JEDEC rate, 8533 MT/s x 8 bytes = 68.3 GB/s. Both
        // figures are upper bounds, so the latency estimated from them stays a lower bound.
        id: 'pixel-8-cpu', name: 'Google Pixel 8 (Tensor G3 CPU, FP32 NEON)', kind: 'edge', precision: 'fp32',
        peakFlops: 299.2 * G, bandwidth: 68.264 * G,
        source: 'Google Pixel 8 tech specs (Tensor G3, LPDDR5X); FP32 and bandwidth derived (cores x clock x FLOPs/cycle; 64-bit LPDDR5X-8533)',
    },
    {
        // Apple newsroom "Apple unveils M2" (June 2022): 10-core GPU up to 3.6 TFLOPS, 100 GB/s
        // unified memory bandwidth.
        id: 'apple-m2', name: 'Apple M2 (10-core GPU, FP32)', kind: 'edge', precision: 'fp32',
        peakFlops: 3.6 * T, bandwidth: 100 * G,
        source: 'Apple newsroom, "Apple unveils M2" (2022-06-06)',
    },
    {
        // AMD EPYC 9654 product page: 96 cores, 2.4 GHz base, 12 channels DDR5-4800 (460.8 GB/s per
        // socket). Zen 4 issues two 256-bit FMAs per cycle: 16 FP32 FMAs = 32 FLOPs per cycle per core;
        // 96 x 2.4 GHz x 32 = 7.3728 TFLOPS at base clock.
        id: 'epyc-9654', name: 'AMD EPYC 9654 (1 socket, FP32 AVX-512)', kind: 'cpu', precision: 'fp32',
        peakFlops: 7.3728 * T, bandwidth: 460.8 * G,
        source: 'AMD EPYC 9654 product page (FP32 derived from cores x base clock x 32 FLOPs/cycle)',
    },
    {
        // Intel ARK, Xeon Platinum 8480+: 56 cores, 2.0 GHz base, 8 channels DDR5-4800 (8 x 38.4 =
        // 307.2 GB/s). Two AVX-512 FMA units: 32 FP32 FMAs = 64 FLOPs per cycle per core;
        // 56 x 2.0 GHz x 64 = 7.168 TFLOPS (AVX-512 clocks under load are lower: an upper bound).
        id: 'xeon-8480', name: 'Intel Xeon Platinum 8480+ (1 socket, FP32 AVX-512)', kind: 'cpu', precision: 'fp32',
        peakFlops: 7.168 * T, bandwidth: 307.2 * G,
        source: 'Intel ARK, Xeon Platinum 8480+ (FP32 derived from cores x base clock x 64 FLOPs/cycle)',
    },
    {
        // Raspberry Pi 5 product brief: BCM2712, 4x Cortex-A76 at 2.4 GHz, LPDDR4X-4267. Cortex-A76 has
        // two 128-bit NEON FMA pipes: 8 FP32 FMAs = 16 FLOPs per cycle per core; 4 x 2.4 GHz x 16 =
        // 153.6 GFLOPS. Memory: 4267 MT/s x 32-bit bus = 17.07 GB/s.
        id: 'rpi5', name: 'Raspberry Pi 5 (Cortex-A76 CPU, FP32 NEON)', kind: 'edge', precision: 'fp32',
        peakFlops: 153.6 * G, bandwidth: 17.068 * G,
        source: 'Raspberry Pi 5 product brief (FP32 derived from cores x clock x 16 FLOPs/cycle)',
    },
];
function hardwarePreset(id) {
    const wanted = id.trim().toLowerCase();
    return HARDWARE_PRESETS.find((h) => h.id === wanted);
}
/** A user-facing problem with a hardware option (unknown preset, unparsable unit). */
class HardwareOptionError extends _graph_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb {
    name = 'HardwareOptionError';
}
/** A unit the option cannot read, as a usage error naming the option. */
function option(name, text, parse) {
    try {
        return parse(text);
    }
    catch (e) {
        if (e instanceof _units_js__WEBPACK_IMPORTED_MODULE_1__/* .UnitError */ .tR)
            throw new HardwareOptionError(`${name}: ${e.message}`);
        throw e;
    }
}
/**
 * The hardware to estimate latency for, or undefined when no option asks for a roofline.
 * A preset with one number overridden keeps the preset's other number; without a preset both
 * numbers are required.
 */
function resolveHardware(options) {
    const { hardware, peakFlops, bandwidth } = options;
    if (hardware === undefined && peakFlops === undefined && bandwidth === undefined)
        return undefined;
    const flops = peakFlops === undefined ? undefined : option('--peak-flops', peakFlops, _units_js__WEBPACK_IMPORTED_MODULE_1__/* .parseFlops */ .ke);
    const bw = bandwidth === undefined ? undefined : option('--bandwidth', bandwidth, _units_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBandwidth */ .pe);
    if (hardware !== undefined) {
        const preset = hardwarePreset(hardware);
        if (!preset) {
            throw new HardwareOptionError(`unknown hardware ${JSON.stringify(hardware)}; known: ${HARDWARE_PRESETS.map((h) => h.id).join(', ')} (or give --peak-flops and --bandwidth)`);
        }
        if (flops === undefined && bw === undefined)
            return preset;
        return {
            ...preset,
            id: `${preset.id}+custom`,
            name: `${preset.name} with custom ${[flops !== undefined ? 'peak FLOPS' : '', bw !== undefined ? 'bandwidth' : ''].filter(Boolean).join(' and ')}`,
            peakFlops: flops ?? preset.peakFlops,
            bandwidth: bw ?? preset.bandwidth,
            source: `${preset.source}, overridden by the user`,
        };
    }
    if (flops === undefined || bw === undefined) {
        throw new HardwareOptionError(`custom hardware needs both --peak-flops and --bandwidth (or pick a preset with --hardware: ${HARDWARE_PRESETS.map((h) => h.id).join(', ')})`);
    }
    return {
        id: 'custom', name: 'custom hardware', kind: 'custom', precision: 'custom',
        peakFlops: flops, bandwidth: bw, source: 'user-supplied',
    };
}


/***/ }),

/***/ 8187:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ roofline),
/* harmony export */   L: () => (/* binding */ nodeRoofline)
/* harmony export */ });
/**
 * Roofline latency estimate: each node runs at the speed of its tighter limit, compute
 * (flops / peak FLOPS) or memory traffic (bytes / bandwidth), and nodes run one after another:
 *   latency = sum over nodes of max(flops / peakFlops, bytes / bandwidth).
 * This ignores overlap between nodes, caches and kernel launch cost: it is a lower bound on real
 * latency for a single stream, meant for comparing two versions of a model, not for predicting
 * wall-clock time.
 */
function nodeRoofline(work, hw) {
    const compute = work.flops / hw.peakFlops;
    const memory = work.bytes / hw.bandwidth;
    if (compute === 0 && memory === 0)
        return { latencySeconds: 0, bound: 'none' };
    return compute >= memory
        ? { latencySeconds: compute, bound: 'compute' }
        : { latencySeconds: memory, bound: 'memory' };
}
function roofline(nodes, hw) {
    let latency = 0;
    let flops = 0;
    let bytes = 0;
    let computeBound = 0;
    let memoryBound = 0;
    const perNode = nodes.map((n) => {
        const r = nodeRoofline(n, hw);
        latency += r.latencySeconds;
        flops += n.flops;
        bytes += n.bytes;
        if (r.bound === 'compute')
            computeBound++;
        else if (r.bound === 'memory')
            memoryBound++;
        return r;
    });
    return {
        latencySeconds: latency,
        arithmeticIntensity: bytes > 0 ? flops / bytes : 0,
        ridgePoint: hw.peakFlops / hw.bandwidth,
        computeBoundNodes: computeBound,
        memoryBoundNodes: memoryBound,
        nodes: perNode,
    };
}


/***/ }),

/***/ 5764:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   ke: () => (/* binding */ parseFlops),
/* harmony export */   lo: () => (/* binding */ parsePercent),
/* harmony export */   pe: () => (/* binding */ parseBandwidth),
/* harmony export */   tR: () => (/* binding */ UnitError),
/* harmony export */   z_: () => (/* binding */ parseBytes),
/* harmony export */   zq: () => (/* binding */ parseCount)
/* harmony export */ });
/* unused harmony exports MAX_TEXT, quoteUnitText */
/* harmony import */ var _graph_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5875);
/**
 * The one parser for the quantities people write: budgets in the config (`25M`, `120MiB`, `2%`),
 * hardware options (`--peak-flops 19.5T`, `--bandwidth 25GB/s`) and latency limits (`8ms`).
 * One grammar for all of them, so a value means the same wherever it is written:
 *
 * - a number: digits with an optional fraction and an optional exponent (`1.5`, `.5`, `2e12`,
 *   `1E9`); no sign, no `NaN`/`Infinity`, at most MAX_TEXT characters; the result must be finite;
 * - SI prefixes, powers of 1000: `k` or `K` (kilo), `M`, `G`, `T`, `P`, `E`. Case matters as in SI
 *   (`m` would be milli, which no count or size has), except that `K` is accepted for kilo;
 * - binary prefixes for bytes, powers of 1024: `Ki`, `Mi`, `Gi`, `Ti`, `Pi`, `Ei`;
 * - bytes end in `B`; a lowercase `b` means bits and is refused rather than read as bytes; a
 *   prefix without `B` (`12M`) is refused for bytes (it could be a count);
 * - FLOPS may end in `FLOPS`, `FLOP/s` or `FLOP` (any case); bandwidth in `/s` or `ps`;
 * - durations need their unit: `ns`, `us` (or `µs`), `ms`, `s`; the value is in seconds;
 * - percentages need their `%`.
 *
 * Whitespace between the number and the unit is allowed. Counts, bytes and percentages may be
 * 0; rates and durations must be positive. Errors are `UnitError` with one line that quotes the
 * text (escaped, shortened) and says what was expected; callers add where the text came from.
 */

/** A quantity that cannot be read; the message quotes the text and says what is expected. */
class UnitError extends _graph_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadInputError */ .Ys {
    name = 'UnitError';
}
/** Longer texts are refused before any matching: no quantity needs more. */
const MAX_TEXT = 64;
const NUMBER = String.raw `(\d+(?:\.\d*)?|\.\d+)(?:[eE]([+-]?\d{1,4}))?`;
const DECIMAL_PREFIX = '[kKMGTPE]';
const COUNT_RE = new RegExp(`^${NUMBER}\\s*(${DECIMAL_PREFIX}?)$`);
const FLOPS_RE = new RegExp(`^${NUMBER}\\s*(${DECIMAL_PREFIX}?)(?:flops|flop/s|flop)?$`, 'i');
// The prefix group takes any letters so that `100Mb` or `3xB` get a precise message.
const BYTES_RE = /^(\d+(?:\.\d*)?|\.\d+)(?:[eE]([+-]?\d{1,4}))?\s*(?:([A-Za-z]?i?)([Bb]))?$/;
const BANDWIDTH_SUFFIX = /\s*(?:\/s|ps)$/i;
const DURATION_RE = new RegExp(`^${NUMBER}\\s*(ns|us|µs|μs|ms|s)$`);
const PERCENT_RE = new RegExp(`^${NUMBER}\\s*%$`);
const DECIMAL_EXPONENT = { '': 0, k: 3, K: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const BINARY_EXPONENT = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };
const DURATION_EXPONENT = { ns: -9, us: -6, 'µs': -6, 'μs': -6, ms: -3, s: 0 };
/** The text as it may appear in a message: JSON-quoted (control characters escaped), shortened. */
function quoteUnitText(text) {
    const s = String(text);
    return JSON.stringify(s.length > 32 ? `${s.slice(0, 32)}…` : s);
}
const EXPECTED = {
    count: 'use K/M/G/T',
    'byte size': 'use B, kB/MB/GB/TB or KiB/MiB/GiB/TiB',
    'FLOPS rate': 'use a number with K/M/G/T/P, e.g. 19.5T or 312 TFLOPS',
    bandwidth: 'use bytes per second, e.g. 25GB/s, 900 GB/s or 1.5TiB/s',
    duration: 'use ns, us, ms or s, e.g. 8ms',
    percentage: 'write e.g. 2%',
};
function notA(text, kind, why) {
    return new UnitError(`${quoteUnitText(text)} is not a ${kind} (${why ?? EXPECTED[kind]})`);
}
/** Decimal digits scaled by a power of ten, rounded once (`0.1e12` is exact where 0.1 * 1e12 is not). */
function decimal(digits, exponent, shift) {
    return Number(`${digits}e${Number(exponent ?? 0) + shift}`);
}
/** The value, or an error when it is not finite or not allowed to be 0. */
function checked(value, text, kind, positive) {
    if (!Number.isFinite(value))
        throw notA(text, kind, 'too large');
    if (positive && value <= 0)
        throw notA(text, kind, 'must be greater than 0');
    return value;
}
/** A YAML number or a string within the length cap, trimmed; anything else is refused. */
function textOf(text, kind, numbersAllowed, positive) {
    if (typeof text === 'number') {
        if (!numbersAllowed || Number.isNaN(text) || text < 0)
            throw notA(text, kind);
        return checked(text, text, kind, positive);
    }
    if (typeof text !== 'string')
        throw notA(String(text), kind);
    if (text.length > MAX_TEXT)
        throw notA(text, kind, `longer than ${MAX_TEXT} characters`);
    return text.trim();
}
/** `25M` -> 25,000,000; `1.5T`, `2k`, `1e9`; a bare number is a plain count. */
function parseCount(text) {
    const t = textOf(text, 'count', true, false);
    if (typeof t === 'number')
        return t;
    const m = COUNT_RE.exec(t);
    if (!m)
        throw notA(text, 'count');
    return checked(decimal(m[1], m[2], DECIMAL_EXPONENT[m[3]]), text, 'count', false);
}
/** `120MiB` -> 125,829,120, `100MB` -> 100,000,000; a bare number is bytes. */
function parseBytes(text) {
    return bytesOf(text, 'byte size', false);
}
function bytesOf(text, kind, positive) {
    const t = textOf(text, kind, true, positive);
    if (typeof t === 'number')
        return t;
    const body = kind === 'bandwidth' ? t.replace(BANDWIDTH_SUFFIX, '') : t;
    const m = BYTES_RE.exec(body);
    if (!m)
        throw notA(text, kind);
    const [, digits, exponent, prefix = '', unit] = m;
    if (unit === 'b')
        throw notA(text, kind, "'b' means bits; write B for bytes");
    let value;
    if (prefix in BINARY_EXPONENT)
        value = decimal(digits, exponent, 0) * 2 ** BINARY_EXPONENT[prefix];
    else if (prefix in DECIMAL_EXPONENT)
        value = decimal(digits, exponent, DECIMAL_EXPONENT[prefix]);
    else
        throw notA(text, kind);
    return checked(value, text, kind, positive);
}
/** A hardware peak compute rate in FLOP per second: `19.5T`, `312 TFLOPS`, `1.2e13`. */
function parseFlops(text) {
    const t = textOf(text, 'FLOPS rate', true, true);
    if (typeof t === 'number')
        return t;
    const m = FLOPS_RE.exec(t);
    // The case-insensitive match lets `19.5t` through; SI prefixes are case-sensitive.
    const shift = m ? DECIMAL_EXPONENT[m[3]] : undefined;
    if (!m || shift === undefined)
        throw notA(text, 'FLOPS rate');
    return checked(decimal(m[1], m[2], shift), text, 'FLOPS rate', true);
}
/** Memory bandwidth in bytes per second: `25GB/s`, `900 GBps`, `1.5TiB/s`, `2e12`. */
function parseBandwidth(text) {
    return bytesOf(text, 'bandwidth', true);
}
/** A duration in seconds: `8ms` -> 0.008, `250us`, `1.5s`. The unit is required. */
function parseDuration(text) {
    const t = textOf(text, 'duration', false, true);
    const m = DURATION_RE.exec(t);
    if (!m)
        throw notA(text, 'duration');
    return checked(decimal(m[1], m[2], DURATION_EXPONENT[m[3]]), text, 'duration', true);
}
/** `2%` -> 2 (percent). The `%` is required. */
function parsePercent(text) {
    const t = textOf(text, 'percentage', false, false);
    const m = PERCENT_RE.exec(t);
    if (!m)
        throw notA(text, 'percentage');
    return checked(decimal(m[1], m[2], 0), text, 'percentage', false);
}


/***/ })

};
